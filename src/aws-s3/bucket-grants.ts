import * as iam from '../aws-iam';
import type * as kms from '../aws-kms';
import { ValidationError } from '../core';
import * as perms from './private/perms';
import type { IBucketRef } from './s3.generated';

/** The parts of an L2 bucket the grants use beyond its reference. */
interface BucketWithPolicyAndKey extends IBucketRef, iam.IResourceWithPolicy {
  readonly encryptionKey?: kms.IKey;
  /** @internal */
  readonly _disallowPublicAccess?: boolean;
}

/**
 * The grant methods of a bucket. Statements go to the grantee's policy, or to the bucket policy when the grantee has
 * none or is in another account; an encrypted bucket also grants the needed use of its key.
 */
export class BucketGrants {
  /**
   * Creates the grant methods for a bucket. For a bucket that is not an L2 `Bucket` (an L1 `CfnBucket`), statements
   * only go to the grantee's own policy.
   */
  public static fromBucket(resource: IBucketRef): BucketGrants {
    return new BucketGrants(resource);
  }

  /** The bucket the grants are for. */
  protected readonly resource: IBucketRef;

  private constructor(resource: IBucketRef) {
    this.resource = resource;
  }

  /** Grant read permissions on the bucket and its objects (matching the pattern), and decryption with its key. */
  public read(identity: iam.IGrantable, objectsKeyPattern: any = '*'): iam.Grant {
    return this.grantActions(identity, perms.BUCKET_READ_ACTIONS, perms.KEY_READ_ACTIONS,
      this.bucketArn, this.arnForObjects(objectsKeyPattern));
  }

  /**
   * Grant write permissions (delete and put) on the bucket and its objects, and encryption with its key.
   * @param allowedActionPatterns replace the S3 actions granted
   */
  public write(identity: iam.IGrantable, objectsKeyPattern: any = '*', allowedActionPatterns: string[] = []): iam.Grant {
    const actions = allowedActionPatterns.length > 0
      ? allowedActionPatterns : [...perms.BUCKET_DELETE_ACTIONS, ...perms.BUCKET_PUT_ACTIONS];
    return this.grantActions(identity, actions, perms.KEY_WRITE_ACTIONS,
      this.bucketArn, this.arnForObjects(objectsKeyPattern));
  }

  /** Grant permissions to put objects (matching the pattern), and encryption with the bucket's key. */
  public put(identity: iam.IGrantable, objectsKeyPattern: any = '*'): iam.Grant {
    return this.grantActions(identity, perms.BUCKET_PUT_ACTIONS, perms.KEY_WRITE_ACTIONS, this.arnForObjects(objectsKeyPattern));
  }

  /** Grant permissions to set the ACL of objects (matching the pattern). */
  public putAcl(identity: iam.IGrantable, objectsKeyPattern: string = '*'): iam.Grant {
    return this.grantActions(identity, perms.BUCKET_PUT_ACL_ACTIONS, [], this.arnForObjects(objectsKeyPattern));
  }

  /** Grant permissions to delete objects (matching the pattern). */
  public delete(identity: iam.IGrantable, objectsKeyPattern: any = '*'): iam.Grant {
    return this.grantActions(identity, perms.BUCKET_DELETE_ACTIONS, [], this.arnForObjects(objectsKeyPattern));
  }

  /** Grant read and write permissions on the bucket and its objects, and use of its key. */
  public readWrite(identity: iam.IGrantable, objectsKeyPattern: any = '*'): iam.Grant {
    const actions = [...perms.BUCKET_READ_ACTIONS, ...perms.BUCKET_DELETE_ACTIONS, ...perms.BUCKET_PUT_ACTIONS];
    const keyActions = [...new Set([...perms.KEY_READ_ACTIONS, ...perms.KEY_WRITE_ACTIONS])];
    return this.grantActions(identity, actions, keyActions, this.bucketArn, this.arnForObjects(objectsKeyPattern));
  }

  /**
   * Let anyone on the internet perform the given actions (default `s3:GetObject`) on objects under the key prefix,
   * through the bucket policy. Refused when the bucket blocks public policies.
   */
  public publicAccess(keyPrefix: string = '*', ...allowedActions: string[]): iam.Grant {
    const bucket = this.resource;
    if (isL2Bucket(bucket) && bucket._disallowPublicAccess) {
      throw new ValidationError("Cannot grant public access when 'blockPublicPolicy' is enabled", bucket);
    }
    const actions = allowedActions.length > 0 ? allowedActions : ['s3:GetObject'];
    return this.grantActions(new iam.AnyPrincipal(), actions, [], this.arnForObjects(keyPrefix));
  }

  private get bucketArn(): string {
    return this.resource.bucketRef.bucketArn;
  }

  private arnForObjects(keyPattern: string): string {
    return `${this.bucketArn}/${keyPattern}`;
  }

  private grantActions(grantee: iam.IGrantable, actions: string[], keyActions: string[], ...resourceArns: string[]): iam.Grant {
    const bucket = this.resource;
    if (!isL2Bucket(bucket)) {
      return iam.Grant.addToPrincipal({ grantee, actions, resourceArns });
    }
    const grant = iam.Grant.addToPrincipalOrResource({ grantee, actions, resourceArns, resource: bucket });
    if (bucket.encryptionKey && keyActions.length > 0) {
      bucket.encryptionKey.grant(grantee, ...keyActions);
    }
    return grant;
  }
}

function isL2Bucket(bucket: IBucketRef): bucket is BucketWithPolicyAndKey {
  return typeof (bucket as Partial<BucketWithPolicyAndKey>).addToResourcePolicy === 'function';
}
