import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';

/** The three dead-letter forms: a created queue, a given queue, a given topic. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'DeadLetterQueue');
  const code = lambda.Code.fromInline('exports.handler = function(event, ctx, cb) { return cb(null, "hi"); }');
  new lambda.Function(stack, 'Enabled', {
    runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code, deadLetterQueueEnabled: true,
  });
  const dlq = new sqs.Queue(stack, 'DLQ');
  new lambda.Function(stack, 'GivenQueue', {
    runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code, deadLetterQueue: dlq,
  });
  new lambda.Function(stack, 'GivenQueueEnabled', {
    runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code, deadLetterQueue: dlq, deadLetterQueueEnabled: true,
  });
  const topic = new sns.Topic(stack, 'DeadLetters');
  new lambda.Function(stack, 'GivenTopic', {
    runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code, deadLetterTopic: topic,
  });
  new lambda.Function(stack, 'Disabled', {
    runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code, deadLetterQueueEnabled: false,
  });
}
