/** Whether message deduplication of a FIFO queue happens per message group or for the whole queue. */
export enum DeduplicationScope {
  /** Deduplication within each message group. */
  MESSAGE_GROUP = 'messageGroup',
  /** Deduplication across the whole queue. */
  QUEUE = 'queue',
}

/** Whether the throughput quota of a FIFO queue applies to the whole queue or to each message group. */
export enum FifoThroughputLimit {
  /** The quota applies to the whole queue. */
  PER_QUEUE = 'perQueue',
  /** The quota applies to each message group ID (high throughput FIFO). */
  PER_MESSAGE_GROUP_ID = 'perMessageGroupId',
}
