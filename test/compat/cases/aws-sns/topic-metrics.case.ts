import * as cdk from 'aws-cdk-lib';
import * as sns from 'aws-cdk-lib/aws-sns';

/** Topic metrics (AWS/SNS, TopicName dimension, per-metric statistic), seen through alarms. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'TopicMetrics');
  const topic = new sns.Topic(stack, 'Topic');
  topic.metricNumberOfMessagesPublished().createAlarm(stack, 'Published', { threshold: 1, evaluationPeriods: 1 });
  topic.metricNumberOfNotificationsFailed().createAlarm(stack, 'Failed', { threshold: 1, evaluationPeriods: 1 });
  topic.metricNumberOfNotificationsFilteredOutNoMessageAttributes().createAlarm(stack, 'NoAttributes', { threshold: 1, evaluationPeriods: 1 });
  topic.metricSMSMonthToDateSpentUSD().createAlarm(stack, 'Spent', { threshold: 10, evaluationPeriods: 1 });
  topic.metricPublishSize({ period: cdk.Duration.minutes(1) }).createAlarm(stack, 'Size', { threshold: 100, evaluationPeriods: 1 });
}
