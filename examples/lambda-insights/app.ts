// Seed example "Lambda Insights": CloudWatch Lambda Insights by version, and by layer ARN.
import * as cdk from 'lambda-cdk';
import * as lambda from 'lambda-cdk/aws-lambda';

const app = new cdk.App();
const stack = new cdk.Stack(app, 'LambdaInsights');
const code = lambda.Code.fromInline('exports.handler = function(event, ctx, cb) { return cb(null, "hi"); }');

// A published version: the stack has no region, so the layer ARN comes from a per-region mapping.
new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_LATEST,
  handler: 'index.handler',
  code,
  insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_98_0,
});

// A version this library does not list yet: give the layer ARN directly.
const layerArn = 'arn:aws:lambda:us-east-1:580247275435:layer:LambdaInsightsExtension:14';
new lambda.Function(stack, 'MyFunctionByArn', {
  runtime: lambda.Runtime.NODEJS_LATEST,
  handler: 'index.handler',
  code,
  insightsVersion: lambda.LambdaInsightsVersion.fromInsightVersionArn(layerArn),
});

app.synth();
