import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';

/** A destination that records how it was bound and points at a fixed ARN. */
class FixedDestination implements lambda.IDestination {
  constructor(private readonly arn: string) { }
  public bind(_scope: Construct, _fn: lambda.IFunction, options?: lambda.DestinationOptions): lambda.DestinationConfig {
    return { destination: `${this.arn}-${options?.type}` };
  }
}

/** Async invocation options: from props, configureAsyncInvoke, a standalone EventInvokeConfig, and on $LATEST. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'AsyncInvoke');
  const code = lambda.Code.fromInline('exports.handler = async () => 1;');
  new lambda.Function(stack, 'FromProps', {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code,
    onSuccess: new FixedDestination('arn:aws:sqs:us-east-1:123456789012:ok'),
    onFailure: new FixedDestination('arn:aws:sqs:us-east-1:123456789012:ko'),
    maxEventAge: cdk.Duration.hours(1),
    retryAttempts: 0,
  });
  const configured = new lambda.Function(stack, 'Configured', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code });
  configured.configureAsyncInvoke({ retryAttempts: 2, maxEventAge: cdk.Duration.minutes(1) });
  const target = new lambda.Function(stack, 'Target', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code });
  new lambda.EventInvokeConfig(stack, 'Standalone', {
    function: target, qualifier: 'live', onFailure: new FixedDestination('arn:aws:sns:us-east-1:123456789012:t'), maxEventAge: cdk.Duration.hours(6),
  });
  target.latestVersion.configureAsyncInvoke({ retryAttempts: 1 });
  const imported = lambda.Function.fromFunctionName(stack, 'Imported', 'imported-fn');
  imported.configureAsyncInvoke({ retryAttempts: 1 });
}
