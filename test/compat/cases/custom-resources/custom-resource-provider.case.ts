import * as path from 'path';
import * as cdk from 'aws-cdk-lib';

const HANDLER = path.join(__dirname, '..', '..', '..', 'fixtures', 'staging', 'handler');

/**
 * A CustomResource served by a CustomResourceProvider (one per stack and type). The provider's code
 * asset holds our own `__entrypoint__.js`, so its hash differs from aws-cdk-lib's by design: the case
 * normalizes it by overriding the S3 key of the handler's code with a fixed value on both sides.
 */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'CustomResourceProvider');
  const provider = cdk.CustomResourceProvider.getOrCreateProvider(stack, 'Custom::Echo', {
    codeDirectory: HANDLER,
    runtime: cdk.CustomResourceProviderRuntime.NODEJS_22_X,
    policyStatements: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
    timeout: cdk.Duration.minutes(2),
    environment: { MODE: 'test' },
  });
  provider.addToRolePolicy({ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' });
  const handler = provider.node.findChild('Handler') as cdk.CfnResource;
  handler.addPropertyOverride('Code.S3Key', 'normalized-code-hash.zip');

  const again = cdk.CustomResourceProvider.getOrCreate(stack, 'Custom::Echo', { codeDirectory: HANDLER, runtime: cdk.CustomResourceProviderRuntime.NODEJS_22_X });
  const echo = new cdk.CustomResource(stack, 'Echo', {
    serviceToken: again,
    resourceType: 'Custom::Echo',
    properties: { name: 'hello', nested: { keep: 'case' } },
    pascalCaseProperties: true,
    serviceTimeout: cdk.Duration.minutes(10),
  });
  new cdk.CustomResource(stack, 'Retained', { serviceToken: provider.serviceToken, removalPolicy: cdk.RemovalPolicy.RETAIN });
  new cdk.CfnOutput(stack, 'EchoValue', { value: echo.getAttString('Echo') });
  new cdk.CfnOutput(stack, 'EchoId', { value: echo.ref });
  new cdk.CfnOutput(stack, 'ProviderRole', { value: provider.roleArn });

  // A provider without the response wrapper ships the code directory alone: its hash is aws-cdk-lib's.
  const bare = cdk.CustomResourceProvider.getOrCreateProvider(stack, 'Custom::Bare', {
    codeDirectory: HANDLER, runtime: cdk.CustomResourceProviderRuntime.NODEJS_20_X, useCfnResponseWrapper: false,
  });
  new cdk.CustomResource(stack, 'BareResource', { serviceToken: bare.serviceToken, resourceType: 'Custom::Bare' });
}
