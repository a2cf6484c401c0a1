import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/** Active and PassThrough tracing render TracingConfig and the X-Ray statement; Disabled renders nothing. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'Tracing');
  const code = lambda.Code.fromInline('exports.handler = function(event, ctx, cb) { return cb(null, "hi"); }');
  for (const [id, tracing] of [['Active', lambda.Tracing.ACTIVE], ['PassThrough', lambda.Tracing.PASS_THROUGH], ['Disabled', lambda.Tracing.DISABLED]] as const) {
    new lambda.Function(stack, id, { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code, tracing });
  }
}
