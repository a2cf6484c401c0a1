import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/** reservedConcurrentExecutions is passed through, zero included. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'ReservedConcurrency');
  const code = lambda.Code.fromInline('exports.handler = function(event, ctx, cb) { return cb(null, "hi"); }');
  new lambda.Function(stack, 'MyFunction', {
    runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code, reservedConcurrentExecutions: 100,
  });
  new lambda.Function(stack, 'Paused', {
    runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code, reservedConcurrentExecutions: 0,
  });
}
