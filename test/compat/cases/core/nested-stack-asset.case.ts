import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/** A Lambda asset inside a nested stack is published with the parent stack (its bucket and key in the nested template). */
export function build(app: cdk.App): void {
  const parent = new cdk.Stack(app, 'NestedAsset');
  const child = new cdk.NestedStack(parent, 'Functions');
  const fn = new lambda.Function(child, 'Handler', {
    runtime: lambda.Runtime.NODEJS_20_X,
    handler: 'index.handler',
    code: lambda.Code.fromAsset(path.join(__dirname, '..', '..', '..', '..', 'examples', 'lambda-aliases', 'lambda-handler')),
  });
  new cdk.CfnOutput(parent, 'FunctionArn', { value: fn.functionArn });
}
