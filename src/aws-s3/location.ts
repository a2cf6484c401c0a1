/** Where an object is in S3. */
export interface Location {
  /** The name of the bucket. */
  readonly bucketName: string;

  /** The key of the object. */
  readonly objectKey: string;

  /**
   * The version of the object.
   * @default - the latest version
   */
  readonly objectVersion?: string;
}
