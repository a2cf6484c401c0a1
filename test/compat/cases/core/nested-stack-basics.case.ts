import * as cdk from 'aws-cdk-lib';

/** A nested stack's resource in its parent: parameters, timeout, notifications, removal policy, tags, stackId and stackName. */
export function build(app: cdk.App): void {
  const parent = new cdk.Stack(app, 'NestedBasics');
  const child = new cdk.NestedStack(parent, 'Child', {
    parameters: { Color: 'blue' },
    timeout: cdk.Duration.minutes(10),
    notificationArns: ['arn:aws:sns:us-east-1:123456789012:events'],
    description: 'the child',
  });
  child.setParameter('Size', 'large');
  new cdk.CfnParameter(child, 'Color');
  new cdk.CfnParameter(child, 'Size');
  new cdk.CfnResource(child, 'Topic', { type: 'AWS::SNS::Topic', properties: { Region: cdk.Stack.of(child).region, Self: child.stackName } });

  const kept = new cdk.NestedStack(parent, 'Kept', { removalPolicy: cdk.RemovalPolicy.RETAIN });
  new cdk.CfnResource(kept, 'Queue', { type: 'AWS::SQS::Queue' });
  kept.addDependency(child);
  cdk.Tags.of(parent).add('team', 'platform');

  new cdk.CfnOutput(parent, 'ChildId', { value: child.stackId });
  new cdk.CfnOutput(parent, 'ChildName', { value: child.stackName });
}
