import * as iam from '../aws-iam';
import type * as kms from '../aws-kms';
import * as perms from './private/perms';
import type { IQueueRef } from './sqs.generated';

/** The parts of an L2 queue the grants use beyond its reference. */
interface QueueWithPolicyAndKey extends IQueueRef, iam.IResourceWithPolicy {
  readonly encryptionMasterKey?: kms.IKey;
}

/**
 * The grant methods of a queue. Statements go to the grantee's policy, or to the queue policy when the grantee
 * has none or is in another account; an encrypted queue also grants the needed use of its key.
 */
export class QueueGrants {
  /**
   * Creates the grant methods for a queue. For a queue that is not an L2 `Queue` (an L1 `CfnQueue`), statements
   * only go to the grantee's own policy.
   */
  public static fromQueue(resource: IQueueRef): QueueGrants {
    return new QueueGrants(resource);
  }

  /** The queue the grants are for. */
  protected readonly resource: IQueueRef;

  private constructor(resource: IQueueRef) {
    this.resource = resource;
  }

  /** Grant the given actions on this queue (no key permissions). */
  public actions(grantee: iam.IGrantable, ...actions: string[]): iam.Grant {
    const queue = this.resource;
    const resourceArns = [queue.queueRef.queueArn];
    if (!isL2Queue(queue)) {
      return iam.Grant.addToPrincipal({ grantee, actions, resourceArns });
    }
    return iam.Grant.addToPrincipalOrResource({ grantee, actions, resourceArns, resource: queue });
  }

  /**
   * Grant permissions to consume messages (ReceiveMessage, ChangeMessageVisibility, GetQueueUrl, DeleteMessage,
   * GetQueueAttributes), and `kms:Decrypt` on the queue's key when it has one.
   */
  public consumeMessages(grantee: iam.IGrantable): iam.Grant {
    const grant = this.actions(grantee, ...perms.QUEUE_CONSUME_ACTIONS);
    this.keyOf()?.grant(grantee, ...perms.KEY_CONSUME_ACTIONS);
    return grant;
  }

  /**
   * Grant permissions to send messages (SendMessage, GetQueueAttributes, GetQueueUrl), and encrypt/decrypt on the
   * queue's key when it has one.
   */
  public sendMessages(grantee: iam.IGrantable): iam.Grant {
    const grant = this.actions(grantee, ...perms.QUEUE_SEND_ACTIONS);
    this.keyOf()?.grant(grantee, ...perms.KEY_SEND_ACTIONS);
    return grant;
  }

  /** Grant permissions to purge the queue (PurgeQueue, GetQueueAttributes, GetQueueUrl). */
  public purge(grantee: iam.IGrantable): iam.Grant {
    return this.actions(grantee, ...perms.QUEUE_PURGE_ACTIONS);
  }

  private keyOf(): kms.IKey | undefined {
    return isL2Queue(this.resource) ? this.resource.encryptionMasterKey : undefined;
  }
}

function isL2Queue(queue: IQueueRef): queue is QueueWithPolicyAndKey {
  return typeof (queue as Partial<QueueWithPolicyAndKey>).addToResourcePolicy === 'function';
}
