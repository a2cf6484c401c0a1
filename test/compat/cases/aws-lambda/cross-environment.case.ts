import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/** A named function referenced from another account renders its ARN and name as literals there. */
export function build(app: cdk.App): void {
  const producer = new cdk.Stack(app, 'Producer', { env: { account: '123456789012', region: 'us-east-1' } });
  const fn = new lambda.Function(producer, 'Fn', {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('foo'), functionName: 'shared-fn',
  });
  const consumer = new cdk.Stack(app, 'Consumer', { env: { account: '999999999999', region: 'us-east-1' } });
  new cdk.CfnOutput(consumer, 'Arn', { value: fn.functionArn });
  new cdk.CfnOutput(consumer, 'Name', { value: fn.functionName });
  const sameEnv = new cdk.Stack(app, 'SameEnv', { env: { account: '123456789012', region: 'us-east-1' } });
  new cdk.CfnOutput(sameEnv, 'Arn', { value: fn.functionArn });
}
