import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/** Tags on a function reach the function, its role and its dead-letter queue. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'LambdaTags');
  const fn = new lambda.Function(stack, 'Fn', {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('foo'), deadLetterQueueEnabled: true,
  });
  cdk.Tags.of(fn).add('team', 'lambda');
  cdk.Tags.of(stack).add('app', 'compat');
}
