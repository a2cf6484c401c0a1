import * as cdk from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';

/** Queue metrics (AWS/SQS, QueueName dimension, per-metric statistic) and the outstanding-messages expression, seen through alarms. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'QueueMetrics');
  const queue = new sqs.Queue(stack, 'Queue');
  queue.metricApproximateAgeOfOldestMessage().createAlarm(stack, 'OldestMessage', { threshold: 300, evaluationPeriods: 1 });
  queue.metricApproximateNumberOfMessagesVisible({ period: cdk.Duration.minutes(1) }).createAlarm(stack, 'Visible', { threshold: 100, evaluationPeriods: 2 });
  queue.metricNumberOfMessagesSent().createAlarm(stack, 'Sent', { threshold: 1, evaluationPeriods: 1 });
  queue.metricSentMessageSize().createAlarm(stack, 'Size', { threshold: 1000, evaluationPeriods: 1 });
  queue.metric('NumberOfMessagesReceived', { statistic: 'Maximum' }).createAlarm(stack, 'Custom', { threshold: 5, evaluationPeriods: 1 });
  queue.metricApproximateNumberOfMessagesOutstanding({ period: cdk.Duration.minutes(1) }).createAlarm(stack, 'Outstanding', { threshold: 10, evaluationPeriods: 3 });
  const imported = sqs.Queue.fromQueueArn(stack, 'Imported', 'arn:aws:sqs:us-east-1:123456789012:other');
  imported.metricNumberOfEmptyReceives().createAlarm(stack, 'ImportedEmpty', { threshold: 10, evaluationPeriods: 1 });
}
