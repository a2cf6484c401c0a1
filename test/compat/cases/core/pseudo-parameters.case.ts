import * as cdk from 'aws-cdk-lib';

/** The Aws.* pseudo parameters, alone, in strings and in lists. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'Pseudo');
  new cdk.CfnResource(stack, 'Holder', {
    type: 'Custom::Holder',
    properties: {
      AccountId: cdk.Aws.ACCOUNT_ID,
      Region: cdk.Aws.REGION,
      Partition: cdk.Aws.PARTITION,
      UrlSuffix: cdk.Aws.URL_SUFFIX,
      StackName: cdk.Aws.STACK_NAME,
      StackId: cdk.Aws.STACK_ID,
      NotificationArns: cdk.Aws.NOTIFICATION_ARNS,
      NoValue: cdk.Aws.NO_VALUE,
      Concatenated: `${cdk.Aws.ACCOUNT_ID}.${cdk.Aws.REGION}.${cdk.Aws.URL_SUFFIX}`,
      InList: [cdk.Aws.REGION, 'literal', cdk.Aws.PARTITION],
    },
  });
  // ScopedAws resolves the same way as the stack's own pseudo parameters.
  const scoped = new cdk.ScopedAws(stack);
  new cdk.CfnOutput(stack, 'Scoped', { value: `${scoped.accountId}/${scoped.region}/${scoped.stackName}` });
}
