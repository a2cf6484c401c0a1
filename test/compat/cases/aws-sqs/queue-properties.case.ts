import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sqs from 'aws-cdk-lib/aws-sqs';

/** Queue properties, a dead-letter queue, FIFO inference, redrive allow policies, removal policies and enforceSSL. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'QueueProperties');
  const dlq = new sqs.Queue(stack, 'DeadLetters', {
    retentionPeriod: cdk.Duration.days(14),
    redriveAllowPolicy: { redrivePermission: sqs.RedrivePermission.ALLOW_ALL },
  });
  const main = new sqs.Queue(stack, 'Main', {
    queueName: 'main-queue',
    visibilityTimeout: cdk.Duration.minutes(5),
    deliveryDelay: cdk.Duration.seconds(10),
    maxMessageSizeBytes: 2048,
    receiveMessageWaitTime: cdk.Duration.seconds(20),
    deadLetterQueue: { queue: dlq, maxReceiveCount: 3 },
  });
  new sqs.Queue(stack, 'ByQueue', { redriveAllowPolicy: { sourceQueues: [main] } });
  new sqs.Queue(stack, 'DenyAll', { redriveAllowPolicy: { redrivePermission: sqs.RedrivePermission.DENY_ALL } });

  new sqs.Queue(stack, 'Fifo', { fifo: true, contentBasedDeduplication: true });
  new sqs.Queue(stack, 'FifoByName', { queueName: 'orders.fifo' });
  new sqs.Queue(stack, 'FifoByScope', {
    deduplicationScope: sqs.DeduplicationScope.MESSAGE_GROUP,
    fifoThroughputLimit: sqs.FifoThroughputLimit.PER_MESSAGE_GROUP_ID,
  });
  new sqs.Queue(stack, 'StandardExplicit', { fifo: false });

  new sqs.Queue(stack, 'Retained', { removalPolicy: cdk.RemovalPolicy.RETAIN });
  const ssl = new sqs.Queue(stack, 'Ssl', { enforceSSL: true });
  ssl.addToResourcePolicy(new iam.PolicyStatement({
    actions: ['sqs:SendMessage'],
    principals: [new iam.ServicePrincipal('sns.amazonaws.com')],
    resources: [ssl.queueArn],
  }));

  new cdk.CfnOutput(stack, 'Url', { value: main.queueUrl });
  new cdk.CfnOutput(stack, 'Name', { value: main.queueName });
  new cdk.CfnOutput(stack, 'Arn', { value: main.queueArn });
}
