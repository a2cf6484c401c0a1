import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sns from 'aws-cdk-lib/aws-sns';

/** Topic properties: FIFO names, archive policy, throughput scope and delivery status logging. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'TopicProperties');
  new sns.Topic(stack, 'Standard', { topicName: 'standard', fifo: false });
  new sns.Topic(stack, 'FifoNamed', {
    topicName: 'orders',
    fifo: true,
    contentBasedDeduplication: true,
    messageRetentionPeriodInDays: 7,
    fifoThroughputScope: sns.FifoThroughputScope.MESSAGE_GROUP,
  });
  new sns.Topic(stack, 'FifoSuffixed', { topicName: 'payments.fifo', fifo: true });
  new sns.Topic(stack, 'FifoTokenName', { topicName: cdk.Fn.importValue('TopicBaseName'), fifo: true });

  const role = new iam.Role(stack, 'LoggingRole', { assumedBy: new iam.ServicePrincipal('sns.amazonaws.com') });
  const logged = new sns.Topic(stack, 'Logged', {
    loggingConfigs: [{ protocol: sns.LoggingProtocol.SQS, failureFeedbackRole: role, successFeedbackRole: role, successFeedbackSampleRate: 50 }],
  });
  logged.addLoggingConfig({ protocol: sns.LoggingProtocol.LAMBDA, failureFeedbackRole: role });
}
