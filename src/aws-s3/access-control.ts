/** Canned ACLs that can be set on a bucket. */
export enum BucketAccessControl {
  /** The owner gets full control; nobody else has access. */
  PRIVATE = 'Private',
  /** The owner gets full control; everyone gets read access. */
  PUBLIC_READ = 'PublicRead',
  /** The owner gets full control; everyone gets read and write access. */
  PUBLIC_READ_WRITE = 'PublicReadWrite',
  /** The owner gets full control; authenticated AWS users get read access. */
  AUTHENTICATED_READ = 'AuthenticatedRead',
  /** The LogDelivery group gets write and read-ACP access. */
  LOG_DELIVERY_WRITE = 'LogDeliveryWrite',
  /** The object owner gets full control; the bucket owner gets read access. */
  BUCKET_OWNER_READ = 'BucketOwnerRead',
  /** The object owner and the bucket owner get full control. */
  BUCKET_OWNER_FULL_CONTROL = 'BucketOwnerFullControl',
  /** The owner gets full control; EC2 gets read access to AMI bundles. */
  AWS_EXEC_READ = 'AwsExecRead',
}

/** Who owns the objects uploaded to a bucket. */
export enum ObjectOwnership {
  /** ACLs are disabled; the bucket owner owns every object. */
  BUCKET_OWNER_ENFORCED = 'BucketOwnerEnforced',
  /** The bucket owner owns objects uploaded with the bucket-owner-full-control ACL. */
  BUCKET_OWNER_PREFERRED = 'BucketOwnerPreferred',
  /** The uploading account owns the object. */
  OBJECT_WRITER = 'ObjectWriter',
}
