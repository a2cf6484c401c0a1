import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';

/** A destination whose binding adds a statement to the function's role (after the tracing statement). */
class PolicyAddingDestination implements lambda.IDestination {
  public bind(_scope: Construct, fn: lambda.IFunction): lambda.DestinationConfig {
    fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['arn:aws:sqs:us-east-1:123456789012:failures'] }));
    return { destination: 'arn:aws:sqs:us-east-1:123456789012:failures' };
  }
}

/** The X-Ray statement ADOT turns on sits where the tracing statement does: after DLQ, before async destinations. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'AdotPolicyOrder');
  new lambda.Function(stack, 'Fn', {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => 1;'),
    initialPolicy: [new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::bucket/*'] })],
    deadLetterQueueEnabled: true,
    onFailure: new PolicyAddingDestination(),
    adotInstrumentation: {
      layerVersion: lambda.AdotLayerVersion.fromJavaScriptSdkLayerVersion(lambda.AdotLambdaLayerJavaScriptSdkVersion.V1_7_0),
      execWrapper: lambda.AdotLambdaExecWrapper.REGULAR_HANDLER,
    },
  });
  // An imported (mutable) role: the X-Ray statement goes to a policy attached to it; the Insights policy is skipped.
  new lambda.Function(stack, 'WithImportedRole', {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => 1;'),
    role: iam.Role.fromRoleArn(stack, 'ImportedRole', 'arn:aws:iam::123456789012:role/existing'),
    insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_275_0,
    adotInstrumentation: {
      layerVersion: lambda.AdotLayerVersion.fromJavaScriptSdkLayerVersion(lambda.AdotLambdaLayerJavaScriptSdkVersion.V1_16_0),
      execWrapper: lambda.AdotLambdaExecWrapper.PROXY_HANDLER,
    },
  });
}
