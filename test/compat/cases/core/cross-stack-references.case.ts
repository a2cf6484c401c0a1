import * as cdk from 'aws-cdk-lib';

/** Ref and GetAtt of a resource in another stack become exports, imports and a stack dependency. */
export function build(app: cdk.App): void {
  const producer = new cdk.Stack(app, 'Producer');
  const topic = new cdk.CfnResource(producer, 'Topic', { type: 'AWS::SNS::Topic' });
  const queue = new cdk.CfnResource(producer, 'Queue', { type: 'AWS::SQS::Queue' });

  const consumer = new cdk.Stack(app, 'Consumer');
  new cdk.CfnResource(consumer, 'Subscription', {
    type: 'AWS::SNS::Subscription',
    properties: {
      TopicArn: topic.ref,
      Protocol: 'sqs',
      Endpoint: queue.getAtt('Arn').toString(),
      // The same reference twice is exported once.
      Region: `${topic.ref}|${queue.getAtt('QueueName')}`,
    },
  });
  new cdk.CfnOutput(consumer, 'QueueUrl', { value: queue.getAtt('QueueUrl').toString() });

  // A second consumer of the same value reuses the producer's export.
  const second = new cdk.Stack(app, 'SecondConsumer');
  new cdk.CfnResource(second, 'Other', { type: 'Custom::Other', properties: { Topic: topic.ref } });
}
