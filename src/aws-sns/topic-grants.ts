import * as iam from '../aws-iam';
import type * as kms from '../aws-kms';
import type { ITopicRef } from './sns.generated';

/** The parts of an L2 topic the grants use beyond its reference. */
interface TopicWithPolicyAndKey extends ITopicRef, iam.IResourceWithPolicy {
  readonly masterKey?: kms.IKey;
}

const KEY_PUBLISH_ACTIONS = ['kms:Decrypt', 'kms:GenerateDataKey*'];

/**
 * The grant methods of a topic. Statements go to the grantee's policy, or to the topic policy when the grantee
 * has none or is in another account; publishing to an encrypted topic also needs its key.
 */
export class TopicGrants {
  /**
   * Creates the grant methods for a topic. For a topic that is not an L2 `Topic` (an L1 `CfnTopic`), statements only
   * go to the grantee's own policy.
   */
  public static fromTopic(resource: ITopicRef): TopicGrants {
    return new TopicGrants(resource);
  }

  /** The topic the grants are for. */
  protected readonly resource: ITopicRef;

  private constructor(resource: ITopicRef) {
    this.resource = resource;
  }

  /** Grant the given actions on this topic (no key permissions). */
  public actions(grantee: iam.IGrantable, ...actions: string[]): iam.Grant {
    const topic = this.resource;
    const resourceArns = [topic.topicRef.topicArn];
    if (!isL2Topic(topic)) {
      return iam.Grant.addToPrincipal({ grantee, actions, resourceArns });
    }
    return iam.Grant.addToPrincipalOrResource({ grantee, actions, resourceArns, resource: topic });
  }

  /** Grant permission to publish to this topic, and to use its key when it is encrypted. */
  public publish(grantee: iam.IGrantable): iam.Grant {
    const grant = this.actions(grantee, 'sns:Publish');
    if (isL2Topic(this.resource)) {
      this.resource.masterKey?.grant(grantee, ...KEY_PUBLISH_ACTIONS);
    }
    return grant;
  }

  /** Grant permission to subscribe to this topic. */
  public subscribe(grantee: iam.IGrantable): iam.Grant {
    return this.actions(grantee, 'sns:Subscribe');
  }
}

function isL2Topic(topic: ITopicRef): topic is TopicWithPolicyAndKey {
  return typeof (topic as Partial<TopicWithPolicyAndKey>).addToResourcePolicy === 'function';
}
