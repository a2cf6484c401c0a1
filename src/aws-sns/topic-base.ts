import { Construct } from 'constructs';
import * as cloudwatch from '../aws-cloudwatch';
import * as iam from '../aws-iam';
import type * as kms from '../aws-kms';
import { IResource, Resource, ResourceProps, Token, ValidationError } from '../core';
import { TopicPolicy } from './policy';
import type { ITopicRef, TopicReference } from './sns.generated';
import type { ITopicSubscription } from './subscriber';
import { Subscription } from './subscription';
import { TopicGrants } from './topic-grants';

/** An SNS topic, created here or imported. */
export interface ITopic extends IResource, ITopicRef {
  /**
   * The ARN of the topic.
   * @attribute
   */
  readonly topicArn: string;

  /**
   * The name of the topic.
   * @attribute
   */
  readonly topicName: string;

  /**
   * The KMS key that encrypts the topic.
   * @default - the topic is not encrypted
   */
  readonly masterKey?: kms.IKey;

  /** Whether content-based deduplication is enabled (FIFO topics only). */
  readonly contentBasedDeduplication: boolean;

  /** Whether this is a FIFO topic. */
  readonly fifo: boolean;

  /** Subscribe an endpoint (a queue, a function, a URL...) to this topic. */
  addSubscription(subscription: ITopicSubscription): Subscription;

  /**
   * Adds a statement to the topic's resource policy. A topic created in this app gets a `TopicPolicy` on the first
   * call; for an imported topic nothing is added (`statementAdded` is false).
   */
  addToResourcePolicy(statement: iam.PolicyStatement): iam.AddToResourcePolicyResult;

  /** Grant permission to publish to this topic (and to use its key when it is encrypted). */
  grantPublish(identity: iam.IGrantable): iam.Grant;

  /** Grant permission to subscribe to this topic. */
  grantSubscribe(identity: iam.IGrantable): iam.Grant;

  /** A CloudWatch metric of this topic (namespace AWS/SNS, dimension TopicName). */
  metric(metricName: string, props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** The size of the messages published (Average over 5 minutes). */
  metricPublishSize(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** The number of messages published (Sum over 5 minutes). */
  metricNumberOfMessagesPublished(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** The number of messages delivered to subscribers (Sum over 5 minutes). */
  metricNumberOfNotificationsDelivered(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** The number of messages SNS failed to deliver (Sum over 5 minutes). */
  metricNumberOfNotificationsFailed(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** The number of messages rejected by filter policies (Sum over 5 minutes). */
  metricNumberOfNotificationsFilteredOut(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** The number of messages rejected by filter policies for lack of attributes (Sum over 5 minutes). */
  metricNumberOfNotificationsFilteredOutNoMessageAttributes(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** The number of messages rejected by filter policies for invalid attributes (Sum over 5 minutes). */
  metricNumberOfNotificationsFilteredOutInvalidAttributes(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** The SMS spending this month, in USD (Maximum over 5 minutes). */
  metricSMSMonthToDateSpentUSD(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** The rate of successful SMS deliveries (Sum over 5 minutes). */
  metricSMSSuccessRate(props?: cloudwatch.MetricOptions): cloudwatch.Metric;
}

/** What topics created here and imported topics share: subscriptions, the resource policy and the grants. */
export abstract class TopicBase extends Resource implements ITopic {
  public abstract readonly topicArn: string;
  public abstract readonly topicName: string;
  public abstract readonly masterKey?: kms.IKey;
  public abstract readonly contentBasedDeduplication: boolean;
  public abstract readonly fifo: boolean;

  /** The grant methods of this topic. */
  public readonly grants: TopicGrants;

  /** Whether `addToResourcePolicy` may create a `TopicPolicy` (only for topics created in this app). */
  protected abstract readonly autoCreatePolicy: boolean;

  /** Whether the topic policy denies publishing without TLS. */
  protected enforceSSL?: boolean;

  private policy?: TopicPolicy;

  constructor(scope: Construct, id: string, props: ResourceProps = {}) {
    super(scope, id, props);
    this.grants = TopicGrants.fromTopic(this);
    this.node.addValidation({ validate: () => this.policy?.document.validateForResourcePolicy() ?? [] });
  }

  /** A reference to this topic. */
  public get topicRef(): TopicReference {
    return { topicArn: this.topicArn };
  }

  public addSubscription(topicSubscription: ITopicSubscription): Subscription {
    const config = topicSubscription.bind(this);
    const scope = config.subscriberScope ?? this;
    const id = Token.isUnresolved(config.subscriberId) ? nextTokenSubscriptionId(scope) : config.subscriberId;
    if (scope.node.tryFindChild(id)) {
      throw new ValidationError(`A subscription with id "${id}" already exists under the scope ${scope.node.path}`, this);
    }
    const subscription = new Subscription(scope as Construct, id, { topic: this, ...config });
    if (config.subscriptionDependency) {
      subscription.node.addDependency(config.subscriptionDependency);
    }
    return subscription;
  }

  public addToResourcePolicy(statement: iam.PolicyStatement): iam.AddToResourcePolicyResult {
    this.createPolicyIfAllowed();
    if (this.policy) {
      this.policy.document.addStatements(statement);
      return { statementAdded: true, policyDependable: this.policy };
    }
    return { statementAdded: false };
  }

  public grantPublish(grantee: iam.IGrantable): iam.Grant {
    return this.grants.publish(grantee);
  }

  public grantSubscribe(grantee: iam.IGrantable): iam.Grant {
    return this.grants.subscribe(grantee);
  }

  public metric(metricName: string, props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return new cloudwatch.Metric({
      namespace: 'AWS/SNS',
      metricName,
      dimensionsMap: { TopicName: this.topicName },
      ...props,
    }).attachTo(this);
  }

  public metricPublishSize(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('PublishSize', { statistic: 'Average', ...props });
  }

  public metricNumberOfMessagesPublished(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('NumberOfMessagesPublished', { statistic: 'Sum', ...props });
  }

  public metricNumberOfNotificationsDelivered(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('NumberOfNotificationsDelivered', { statistic: 'Sum', ...props });
  }

  public metricNumberOfNotificationsFailed(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('NumberOfNotificationsFailed', { statistic: 'Sum', ...props });
  }

  public metricNumberOfNotificationsFilteredOut(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('NumberOfNotificationsFilteredOut', { statistic: 'Sum', ...props });
  }

  public metricNumberOfNotificationsFilteredOutNoMessageAttributes(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('NumberOfNotificationsFilteredOut-NoMessageAttributes', { statistic: 'Sum', ...props });
  }

  public metricNumberOfNotificationsFilteredOutInvalidAttributes(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('NumberOfNotificationsFilteredOut-InvalidAttributes', { statistic: 'Sum', ...props });
  }

  public metricSMSMonthToDateSpentUSD(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('SMSMonthToDateSpentUSD', { statistic: 'Maximum', ...props });
  }

  public metricSMSSuccessRate(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('SMSSuccessRate', { statistic: 'Sum', ...props });
  }

  /** Creates the topic policy now (with the TLS-only statement when `enforceSSL` is set). */
  protected createPolicyIfAllowed(): void {
    if (!this.policy && this.autoCreatePolicy) {
      this.policy = new TopicPolicy(this, 'Policy', { topics: [this], enforceSSL: this.enforceSSL });
    }
  }
}

/** Subscribers whose id is a token get `TokenSubscription:<n>`, numbered within their scope. */
function nextTokenSubscriptionId(scope: { node: { tryFindChild(id: string): unknown } }): string {
  let index = 1;
  while (scope.node.tryFindChild(`TokenSubscription:${index}`)) { index++; }
  return `TokenSubscription:${index}`;
}
