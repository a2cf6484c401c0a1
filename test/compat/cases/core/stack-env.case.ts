import * as cdk from 'aws-cdk-lib';

function renderEnvironmentOf(stack: cdk.Stack): void {
  new cdk.CfnResource(stack, 'Holder', {
    type: 'Custom::Holder',
    properties: {
      Account: stack.account,
      Region: stack.region,
      Partition: stack.partition,
      UrlSuffix: stack.urlSuffix,
      StackName: stack.stackName,
      StackId: stack.stackId,
      NotificationArns: stack.notificationArns,
      Environment: stack.environment,
      AvailabilityZones: stack.availabilityZones,
    },
  });
  new cdk.CfnOutput(stack, 'AccountOut', { value: stack.account });
}

/** How account/region/partition/urlSuffix render for concrete, partial and env-agnostic stacks. */
export function build(app: cdk.App): void {
  renderEnvironmentOf(new cdk.Stack(app, 'Agnostic'));
  renderEnvironmentOf(new cdk.Stack(app, 'Concrete', { env: { account: '123456789012', region: 'eu-west-1' } }));
  renderEnvironmentOf(new cdk.Stack(app, 'China', { env: { account: '123456789012', region: 'cn-north-1' } }));
  renderEnvironmentOf(new cdk.Stack(app, 'GovCloud', { env: { account: '123456789012', region: 'us-gov-west-1' } }));
  renderEnvironmentOf(new cdk.Stack(app, 'RegionOnly', { env: { region: 'us-east-1' } }));
  renderEnvironmentOf(new cdk.Stack(app, 'AccountOnly', { env: { account: '111111111111' } }));
  renderEnvironmentOf(new cdk.Stack(app, 'UnknownRegion', { env: { account: '123456789012', region: 'xx-nowhere-9' } }));
  renderEnvironmentOf(new cdk.Stack(app, 'Named', { stackName: 'my-explicit-name' }));
}
