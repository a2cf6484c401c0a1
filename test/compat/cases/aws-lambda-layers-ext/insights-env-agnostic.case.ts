import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/** Lambda Insights without a region: a mapping over every region (shared by functions), Fn::Join for arm64, roles. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'InsightsAgnostic');
  const code = lambda.Code.fromInline('exports.handler = async () => 1;');
  const role = new iam.Role(stack, 'SharedRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  for (const id of ['One', 'Two']) {
    new lambda.Function(stack, id, {
      runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code, role,
      insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_98_0,
    });
  }
  new lambda.Function(stack, 'Arm', {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code, architecture: lambda.Architecture.ARM_64,
    insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_135_0,
  });
  new lambda.Function(stack, 'Newest', {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code,
    insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_498_0,
  });
  new lambda.Function(stack, 'ImportedRole', {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code,
    role: iam.Role.fromRoleArn(stack, 'Imported', 'arn:aws:iam::123456789012:role/existing'),
    insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_98_0,
  });
  new cdk.CfnOutput(stack, 'InsightsArn', { value: lambda.LambdaInsightsVersion.VERSION_1_0_119_0.layerVersionArn });
}
