import type { IQueue } from './queue-base';

/** A dead-letter queue: where messages go after too many failed receives. */
export interface DeadLetterQueue {
  /** The queue that receives the failed messages. */
  readonly queue: IQueue;

  /** How many times a message may be received before it moves to the dead-letter queue (1 or more). */
  readonly maxReceiveCount: number;
}

/** Which source queues may use a queue as their dead-letter queue. */
export enum RedrivePermission {
  /** Any source queue in the same account and region. */
  ALLOW_ALL = 'allowAll',
  /** No source queue. */
  DENY_ALL = 'denyAll',
  /** Only the source queues listed in `sourceQueues`. */
  BY_QUEUE = 'byQueue',
}

/** The redrive allow policy of a dead-letter queue: which source queues may send it their failed messages. */
export interface RedriveAllowPolicy {
  /**
   * Who may use this queue as a dead-letter queue.
   * @default - RedrivePermission.BY_QUEUE when `sourceQueues` is given, else RedrivePermission.ALLOW_ALL
   */
  readonly redrivePermission?: RedrivePermission;

  /**
   * The source queues allowed to use this queue as their dead-letter queue (only with BY_QUEUE).
   * @default - no source queues
   */
  readonly sourceQueues?: IQueue[];
}
