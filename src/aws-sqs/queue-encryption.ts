/** How the messages of a queue are encrypted at rest. */
export enum QueueEncryption {
  /** Messages are not encrypted. */
  UNENCRYPTED = 'NONE',
  /** Server-side encryption with the AWS managed KMS key for SQS (`alias/aws/sqs`). */
  KMS_MANAGED = 'KMS_MANAGED',
  /** Server-side encryption with a customer managed KMS key: the one given, or a new one. */
  KMS = 'KMS',
  /** Server-side encryption with keys owned by SQS (SSE-SQS). */
  SQS_MANAGED = 'SQS_MANAGED',
}
