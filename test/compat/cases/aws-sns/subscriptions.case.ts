import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';

/** Subscriptions: filter policies, dead-letter queues, delivery policies, subscriber scopes and dependencies. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'Subscriptions');
  const topic = new sns.Topic(stack, 'Topic');

  new sns.Subscription(stack, 'Https', {
    topic,
    protocol: sns.SubscriptionProtocol.HTTPS,
    endpoint: 'https://example.com/hook',
    rawMessageDelivery: true,
    deliveryPolicy: {
      healthyRetryPolicy: { minDelayTarget: cdk.Duration.seconds(5), numRetries: 10, backoffFunction: sns.BackoffFunction.EXPONENTIAL },
      throttlePolicy: { maxReceivesPerSecond: 10 },
      requestPolicy: { headerContentType: 'application/json' },
    },
  });

  const dlq = new sqs.Queue(stack, 'DeadLetters');
  new sns.Subscription(stack, 'Filtered', {
    topic,
    protocol: sns.SubscriptionProtocol.LAMBDA,
    endpoint: 'arn:aws:lambda:us-east-1:123456789012:function:handler',
    region: 'us-east-1',
    deadLetterQueue: dlq,
    filterPolicy: {
      color: sns.SubscriptionFilter.stringFilter({ allowlist: ['red', 'orange'], matchPrefixes: ['bl'], matchSuffixes: ['ue'] }),
      size: sns.SubscriptionFilter.stringFilter({ denylist: ['small', 'medium'] }),
      price: sns.SubscriptionFilter.numericFilter({ between: { start: 100, stop: 200 }, greaterThan: 300, allowlist: [42] }),
      store: sns.SubscriptionFilter.existsFilter(),
      discount: sns.SubscriptionFilter.notExistsFilter(),
    },
  });

  new sns.Subscription(stack, 'BodyFiltered', {
    topic,
    protocol: sns.SubscriptionProtocol.SQS,
    endpoint: 'arn:aws:sqs:us-east-1:123456789012:queue',
    filterPolicyWithMessageBody: {
      background: sns.FilterOrPolicy.policy({
        color: sns.FilterOrPolicy.filter(sns.SubscriptionFilter.stringFilter({ allowlist: ['red'] })),
      }),
      size: sns.FilterOrPolicy.filter(sns.SubscriptionFilter.numericFilter({ lessThanOrEqualTo: 10, betweenStrict: { start: 1, stop: 5 } })),
    },
  });

  const owner = new iam.Role(stack, 'Owner', { assumedBy: new iam.ServicePrincipal('sns.amazonaws.com') });
  topic.addSubscription({
    bind: () => ({
      subscriberId: 'ViaScope',
      subscriberScope: owner,
      subscriptionDependency: owner,
      endpoint: 'ops@example.com',
      protocol: sns.SubscriptionProtocol.EMAIL,
    }),
  });
  topic.addSubscription({
    bind: () => ({ subscriberId: 'OnTopic', endpoint: '+15555550100', protocol: sns.SubscriptionProtocol.SMS }),
  });
  topic.addSubscription({
    bind: () => ({ subscriberId: cdk.Fn.importValue('SubscriberId'), endpoint: 'a@example.com', protocol: sns.SubscriptionProtocol.EMAIL_JSON }),
  });

  const imported = sns.Topic.fromTopicArn(stack, 'Imported', 'arn:aws:sns:us-east-1:123456789012:external');
  imported.addSubscription({
    bind: () => ({ subscriberId: 'External', endpoint: 'arn:aws:sqs:us-east-1:123456789012:q', protocol: sns.SubscriptionProtocol.SQS }),
  });
}
