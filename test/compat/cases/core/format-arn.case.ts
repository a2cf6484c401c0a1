import * as cdk from 'aws-cdk-lib';

function renderArnsOf(stack: cdk.Stack): void {
  new cdk.CfnResource(stack, 'Holder', {
    type: 'Custom::Holder',
    properties: {
      Slash: stack.formatArn({ service: 'lambda', resource: 'function', resourceName: 'my-fn', arnFormat: cdk.ArnFormat.COLON_RESOURCE_NAME }),
      SlashResource: stack.formatArn({ service: 'iam', resource: 'role', resourceName: 'path/name', region: '', arnFormat: cdk.ArnFormat.SLASH_RESOURCE_NAME }),
      NoResourceName: stack.formatArn({ service: 'sqs', resource: 'my-queue' }),
      NoResourceNameFormat: stack.formatArn({ service: 's3', resource: 'bucket', region: '', account: '', arnFormat: cdk.ArnFormat.NO_RESOURCE_NAME }),
      SlashSlash: stack.formatArn({ service: 'apigateway', resource: 'restapis', resourceName: 'abc', arnFormat: cdk.ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME, account: '' }),
      Explicit: stack.formatArn({ partition: 'aws-cn', service: 'sns', region: 'cn-north-1', account: '999999999999', resource: 'topic' }),
      TokenName: stack.formatArn({ service: 'sns', resource: cdk.Aws.STACK_NAME }),
      SplitLiteral: cdk.Arn.split('arn:aws:lambda:us-east-1:123456789012:function:my-fn', cdk.ArnFormat.COLON_RESOURCE_NAME).resourceName,
      ExtractName: cdk.Arn.extractResourceName('arn:aws:iam::123456789012:role/my-role', 'role'),
      SplitToken: cdk.Arn.split(cdk.Fn.importValue('an-arn'), cdk.ArnFormat.SLASH_RESOURCE_NAME).resourceName,
      SplitTokenAccount: cdk.Arn.split(cdk.Fn.importValue('an-arn'), cdk.ArnFormat.SLASH_RESOURCE_NAME).account,
    },
  });
}

/** stack.formatArn with every ArnFormat, in env-agnostic and concrete stacks; Arn.split of tokens. */
export function build(app: cdk.App): void {
  renderArnsOf(new cdk.Stack(app, 'AgnosticArns'));
  renderArnsOf(new cdk.Stack(app, 'ConcreteArns', { env: { account: '123456789012', region: 'us-west-2' } }));
}
