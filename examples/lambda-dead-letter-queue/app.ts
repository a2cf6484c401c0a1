// Seed example "Lambda with DLQ": a dead-letter queue created for the function, or one given to it.
import * as cdk from 'lambda-cdk';
import * as lambda from 'lambda-cdk/aws-lambda';
import * as sqs from 'lambda-cdk/aws-sqs';

const app = new cdk.App();
const stack = new cdk.Stack(app, 'LambdaDeadLetterQueue');

new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_LATEST,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = function(event, ctx, cb) { return cb(null, "hi"); }'),
  deadLetterQueueEnabled: true,
});

const dlq = new sqs.Queue(stack, 'DLQ');
new lambda.Function(stack, 'MyFunctionWithQueue', {
  runtime: lambda.Runtime.NODEJS_LATEST,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = function(event, ctx, cb) { return cb(null, "hi"); }'),
  deadLetterQueue: dlq,
});

app.synth();
