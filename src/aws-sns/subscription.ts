import { Construct } from 'constructs';
import { PolicyStatement, ServicePrincipal } from '../aws-iam';
import type { IQueue } from '../aws-sqs';
import { Resource, ValidationError } from '../core';
import { DeliveryPolicy } from './delivery-policy';
import { FilterOrPolicy } from './filter-or-policy';
import { renderDeliveryPolicy } from './private/render-delivery-policy';
import { CfnSubscription } from './sns.generated';
import { SubscriptionFilter } from './subscription-filter';
import type { ITopic } from './topic-base';

/** The protocols a topic can deliver with. */
export enum SubscriptionProtocol {
  /** JSON-encoded message is POSTed to an HTTP URL. */
  HTTP = 'http',
  /** JSON-encoded message is POSTed to an HTTPS URL. */
  HTTPS = 'https',
  /** Notifications are sent by email. */
  EMAIL = 'email',
  /** JSON-encoded notifications are sent by email. */
  EMAIL_JSON = 'email-json',
  /** Notifications are sent by SMS. */
  SMS = 'sms',
  /** Notifications are enqueued into an SQS queue. */
  SQS = 'sqs',
  /** JSON-encoded notifications are sent to a mobile app endpoint. */
  APPLICATION = 'application',
  /** Notifications trigger a Lambda function. */
  LAMBDA = 'lambda',
  /** Notifications are put into a Firehose delivery stream. */
  FIREHOSE = 'firehose',
}

/** Options for a subscription: how and where a topic delivers. */
export interface SubscriptionOptions {
  /** The delivery protocol. */
  readonly protocol: SubscriptionProtocol;

  /** The endpoint to deliver to (an ARN, a URL, an address, a phone number, depending on the protocol). */
  readonly endpoint: string;

  /**
   * Whether to deliver the raw message instead of the JSON envelope (HTTP, HTTPS, SQS and Firehose only).
   * @default false
   */
  readonly rawMessageDelivery?: boolean;

  /**
   * Which messages to deliver, by their message attributes (at most 5 attributes, 150 value combinations).
   * @default - all messages are delivered
   */
  readonly filterPolicy?: { [attribute: string]: SubscriptionFilter };

  /**
   * Which messages to deliver, by their body. Ignored when `filterPolicy` is given.
   * @default - all messages are delivered
   */
  readonly filterPolicyWithMessageBody?: { [attribute: string]: FilterOrPolicy };

  /**
   * The region of the endpoint, for a subscriber in another region than the topic.
   * @default - the topic's region
   */
  readonly region?: string;

  /**
   * A queue for the messages that cannot be delivered.
   * @default - no dead-letter queue
   */
  readonly deadLetterQueue?: IQueue;

  /**
   * The role SNS assumes to deliver to Firehose (required for the Firehose protocol).
   * @default - no role
   */
  readonly subscriptionRoleArn?: string;

  /**
   * How deliveries are retried and throttled (HTTP and HTTPS only).
   * @default - SNS's default delivery policy
   */
  readonly deliveryPolicy?: DeliveryPolicy;
}

/** Construction properties for a subscription. */
export interface SubscriptionProps extends SubscriptionOptions {
  /** The topic to subscribe to. */
  readonly topic: ITopic;
}

const RAW_DELIVERY_PROTOCOLS: ReadonlySet<string> = new Set([
  SubscriptionProtocol.HTTP, SubscriptionProtocol.HTTPS, SubscriptionProtocol.SQS, SubscriptionProtocol.FIREHOSE,
]);
const MAX_FILTER_ATTRIBUTES = 5;
const MAX_FILTER_COMBINATIONS = 150;

/** A subscription of an endpoint to a topic (`AWS::SNS::Subscription`). */
export class Subscription extends Resource {
  /** The dead-letter queue, when there is one. */
  public readonly deadLetterQueue?: IQueue;

  /** The attribute filter policy, when there is one. */
  public readonly filterPolicy?: { [attribute: string]: any[] };

  /** The message-body filter policy, when there is one. */
  public readonly filterPolicyWithMessageBody?: { [attribute: string]: FilterOrPolicy };

  constructor(scope: Construct, id: string, props: SubscriptionProps) {
    super(scope, id);
    validateSubscription(this, props);

    if (props.filterPolicy) {
      this.filterPolicy = renderAttributeFilterPolicy(this, props.filterPolicy);
    } else if (props.filterPolicyWithMessageBody) {
      checkAttributeCount(this, props.filterPolicyWithMessageBody);
      this.filterPolicyWithMessageBody = props.filterPolicyWithMessageBody;
    }
    this.deadLetterQueue = props.deadLetterQueue && this.allowTopicToUseDeadLetterQueue(props.topic, props.deadLetterQueue);

    new CfnSubscription(this, 'Resource', {
      endpoint: props.endpoint,
      protocol: props.protocol,
      topicArn: props.topic.topicArn,
      rawMessageDelivery: props.rawMessageDelivery,
      filterPolicy: this.filterPolicy ?? (this.filterPolicyWithMessageBody && renderBodyFilterPolicy(this.filterPolicyWithMessageBody)),
      filterPolicyScope: this.filterPolicyWithMessageBody ? 'MessageBody' : undefined,
      region: props.region,
      redrivePolicy: this.deadLetterQueue && { deadLetterTargetArn: this.deadLetterQueue.queueArn },
      subscriptionRoleArn: props.subscriptionRoleArn,
      deliveryPolicy: props.deliveryPolicy && renderDeliveryPolicy(this, props.deliveryPolicy),
    });
  }

  private allowTopicToUseDeadLetterQueue(topic: ITopic, queue: IQueue): IQueue {
    queue.addToResourcePolicy(new PolicyStatement({
      resources: [queue.queueArn],
      actions: ['sqs:SendMessage'],
      principals: [new ServicePrincipal('sns.amazonaws.com')],
      conditions: { ArnEquals: { 'aws:SourceArn': topic.topicArn } },
    }));
    return queue;
  }
}

function validateSubscription(scope: Construct, props: SubscriptionProps): void {
  if (props.rawMessageDelivery && !RAW_DELIVERY_PROTOCOLS.has(props.protocol)) {
    throw new ValidationError(`rawMessageDelivery can only be enabled for HTTP, HTTPS, SQS and Firehose subscriptions, got protocol '${props.protocol}'`, scope);
  }
  if (props.protocol === SubscriptionProtocol.FIREHOSE && !props.subscriptionRoleArn) {
    throw new ValidationError('subscriptionRoleArn is required for a subscription with the Firehose protocol', scope);
  }
  if (props.deliveryPolicy && props.protocol !== SubscriptionProtocol.HTTP && props.protocol !== SubscriptionProtocol.HTTPS) {
    throw new ValidationError(`deliveryPolicy is only supported for HTTP and HTTPS subscriptions, got protocol '${props.protocol}'`, scope);
  }
}

function checkAttributeCount(scope: Construct, policy: object): void {
  const count = Object.keys(policy).length;
  if (count > MAX_FILTER_ATTRIBUTES) {
    throw new ValidationError(`A filter policy can have at most ${MAX_FILTER_ATTRIBUTES} attribute names, got ${count}`, scope);
  }
}

function renderAttributeFilterPolicy(scope: Construct, policy: { [attribute: string]: SubscriptionFilter }): { [attribute: string]: any[] } {
  checkAttributeCount(scope, policy);
  const rendered: { [attribute: string]: any[] } = {};
  let combinations = 1;
  for (const [attribute, filter] of Object.entries(policy)) {
    rendered[attribute] = filter.conditions;
    combinations *= filter.conditions.length;
  }
  if (combinations > MAX_FILTER_COMBINATIONS) {
    throw new ValidationError(`The total combination of filter policy values (${combinations}) must not exceed ${MAX_FILTER_COMBINATIONS}`, scope);
  }
  return rendered;
}

function renderBodyFilterPolicy(policy: { [attribute: string]: FilterOrPolicy }): object {
  const rendered: { [attribute: string]: any } = {};
  for (const [attribute, entry] of Object.entries(policy)) {
    if (entry.isPolicy()) {
      rendered[attribute] = renderBodyFilterPolicy(entry.policyDoc);
    } else if (entry.isFilter()) {
      rendered[attribute] = entry.filterDoc.conditions;
    }
  }
  return rendered;
}
