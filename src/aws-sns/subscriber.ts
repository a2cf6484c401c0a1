import type { IConstruct, IDependable } from 'constructs';
import type { SubscriptionOptions } from './subscription';
import type { ITopic } from './topic-base';

/** What a subscriber (a queue, a function, an endpoint) tells the topic when it subscribes. */
export interface TopicSubscriptionConfig extends SubscriptionOptions {
  /**
   * The id of the `Subscription` construct; unique within `subscriberScope`.
   */
  readonly subscriberId: string;

  /**
   * The scope in which the `Subscription` construct is created.
   * @default - the topic
   */
  readonly subscriberScope?: IConstruct;

  /**
   * Something the subscription must be created after (for example the permission that lets SNS call the subscriber).
   * @default - no dependency
   */
  readonly subscriptionDependency?: IDependable;
}

/** A subscriber that can be added to a topic with `topic.addSubscription`. */
export interface ITopicSubscription {
  /** Returns the configuration of the subscription to create for the given topic. */
  bind(topic: ITopic): TopicSubscriptionConfig;
}
