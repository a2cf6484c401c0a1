import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/** A function with inline code gets a default execution role with AWSLambdaBasicExecutionRole and depends on it. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'FunctionDefaults');
  const fn = new lambda.Function(stack, 'MyFunction', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => "hi";'),
  });
  new cdk.CfnOutput(stack, 'Name', { value: fn.functionName });
  new cdk.CfnOutput(stack, 'Arn', { value: fn.functionArn });
  new cdk.CfnOutput(stack, 'RoleArn', { value: fn.role!.roleArn });
  new lambda.Function(stack, 'Python', {
    runtime: lambda.Runtime.PYTHON_3_12,
    handler: 'index.main',
    code: new lambda.InlineCode('def main(event, context):\n  return 1\n'),
  });
  new lambda.Function(stack, 'Latest', {
    runtime: lambda.Runtime.NODEJS_LATEST,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => 1;'),
  });
}
