import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/** The seed README's Aliases section (examples/lambda-aliases): currentVersionOptions (retain old versions, one retry), alias "live". */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'LambdaAliases');
  const fn = new lambda.Function(stack, 'MyFunction', {
    currentVersionOptions: {
      removalPolicy: cdk.RemovalPolicy.RETAIN,
      retryAttempts: 1,
    },
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromAsset(path.join(__dirname, '..', '..', '..', '..', 'examples', 'lambda-aliases', 'lambda-handler')),
  });
  fn.currentVersion.addAlias('live');
  fn.addAlias('prod');
}
