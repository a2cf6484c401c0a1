import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/** Insights, ADOT and Parameters and Secrets together: layer order after user layers, environment order, the version. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'AllExtensions');
  const user = lambda.LayerVersion.fromLayerVersionArn(stack, 'UserLayer', 'arn:aws:lambda:us-east-1:123456789012:layer:user:1');
  const fn = new lambda.Function(stack, 'Fn', {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => 1;'),
    layers: [user],
    environment: { STAGE: 'prod' },
    insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_333_0,
    adotInstrumentation: {
      layerVersion: lambda.AdotLayerVersion.fromJavaScriptSdkLayerVersion(lambda.AdotLambdaLayerJavaScriptSdkVersion.V1_18_1),
      execWrapper: lambda.AdotLambdaExecWrapper.REGULAR_HANDLER,
    },
    paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersion(lambda.ParamsAndSecretsVersions.V1_0_103),
  });
  fn.addEnvironment('LATER', 'yes');
  new cdk.CfnOutput(stack, 'Version', { value: fn.currentVersion.version });

  const sorted = new cdk.Stack(app, 'AllExtensionsSorted', { env: { region: 'eu-central-1' } });
  sorted.node.setContext('@aws-cdk/aws-lambda:recognizeLayerVersion', true);
  new lambda.Function(sorted, 'Fn', {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => 1;'),
    layers: [lambda.LayerVersion.fromLayerVersionArn(sorted, 'ZLayer', 'arn:aws:lambda:eu-central-1:123456789012:layer:z:1')],
    insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_391_0,
    paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersion(lambda.ParamsAndSecretsVersions.V1_0_103),
  });
}
