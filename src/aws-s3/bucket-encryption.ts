/** How the objects of a bucket are encrypted at rest by default. */
export enum BucketEncryption {
  /**
   * No default encryption configured.
   * @deprecated S3 applies SSE-S3 to every bucket without a default encryption configuration.
   */
  UNENCRYPTED = 'UNENCRYPTED',
  /** Server-side encryption with the AWS managed KMS key for S3. */
  KMS_MANAGED = 'KMS_MANAGED',
  /** Server-side encryption with S3 managed keys (SSE-S3). */
  S3_MANAGED = 'S3_MANAGED',
  /** Server-side encryption with a customer managed KMS key: the one given, or a new one. */
  KMS = 'KMS',
  /** Dual-layer server-side encryption with the AWS managed KMS key. */
  DSSE_MANAGED = 'DSSE_MANAGED',
  /** Dual-layer server-side encryption with a customer managed KMS key: the one given, or a new one. */
  DSSE = 'DSSE',
}
