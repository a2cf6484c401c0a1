import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';

/** currentVersion logical IDs of deeply nested and very long construct paths (kept to 223 characters + the hash). */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'HashLongIds');
  const props: lambda.FunctionProps = {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => 1;'),
  };
  const nested = new Construct(new Construct(stack, 'Service'), 'Api');
  void new lambda.Function(nested, 'Handler', props).currentVersion;
  const long = new Construct(stack, 'VeryLongConstructIdentifier'.repeat(5));
  void new lambda.Function(long, 'AnotherQuiteLongFunctionIdentifier'.repeat(4), props).currentVersion;
  void new lambda.Function(stack, 'Fn-with.punctuation_in id', props).currentVersion;
}
