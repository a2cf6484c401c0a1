import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/** With target partitions set, an env-agnostic Insights mapping lists only their regions; versions hash the layers. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'InsightsPartitions');
  stack.node.setContext('@aws-cdk/core:target-partitions', ['aws', 'aws-cn']);
  const fn = new lambda.Function(stack, 'Fn', {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => 1;'),
    insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_317_0,
    environment: { STAGE: 'prod' },
  });
  new cdk.CfnOutput(stack, 'Version', { value: fn.currentVersion.version });
  const aws = new cdk.Stack(app, 'InsightsAwsOnly');
  aws.node.setContext('@aws-cdk/core:target-partitions', ['aws']);
  new lambda.Function(aws, 'Fn', {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => 1;'),
    architecture: lambda.Architecture.ARM_64,
    insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_404_0,
  });
}
