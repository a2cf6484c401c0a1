import * as cdk from 'aws-cdk-lib';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/** Lambda Insights in a stack with a region: literal layer ARNs per architecture, the managed policy, image functions. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'InsightsRegion', { env: { account: '123456789012', region: 'eu-west-1' } });
  const code = lambda.Code.fromInline('exports.handler = async () => 1;');
  new lambda.Function(stack, 'X86', {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code,
    insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_98_0,
  });
  new lambda.Function(stack, 'Arm', {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code, architecture: lambda.Architecture.ARM_64,
    insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_498_0,
  });
  new lambda.Function(stack, 'ByArn', {
    runtime: lambda.Runtime.PYTHON_3_12, handler: 'index.handler', code,
    insightsVersion: lambda.LambdaInsightsVersion.fromInsightVersionArn('arn:aws:lambda:eu-west-1:580247275435:layer:LambdaInsightsExtension:14'),
    layers: [lambda.LayerVersion.fromLayerVersionArn(stack, 'Shared', 'arn:aws:lambda:eu-west-1:123456789012:layer:shared:3')],
  });
  // Images carry the extension themselves: no layer, but the role still gets the policy.
  new lambda.DockerImageFunction(stack, 'Image', {
    code: lambda.DockerImageCode.fromEcr(ecr.Repository.fromRepositoryName(stack, 'Repo', 'images')),
    insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_54_0,
  });
  new cdk.CfnOutput(stack, 'InsightsArn', { value: lambda.LambdaInsightsVersion.VERSION_1_0_229_0.layerVersionArn });
}
