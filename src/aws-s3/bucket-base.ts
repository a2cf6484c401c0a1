import { Construct } from 'constructs';
import * as iam from '../aws-iam';
import type * as kms from '../aws-kms';
import { IResource, Resource, ResourceProps, Stack } from '../core';
import { BucketGrants } from './bucket-grants';
import { BucketPolicy } from './bucket-policy';
import type { BucketReference, IBucketRef } from './s3.generated';

/** Options for `virtualHostedUrlForObject`. */
export interface VirtualHostedStyleUrlOptions {
  /**
   * Whether to use the regional endpoint (`<bucket>.s3.<region>.<suffix>`) rather than the global one.
   * @default true
   */
  readonly regional?: boolean;
}

/** Options for `transferAccelerationUrlForObject`. */
export interface TransferAccelerationUrlOptions {
  /**
   * Whether to use the dual-stack (IPv4 and IPv6) accelerate endpoint.
   * @default false
   */
  readonly dualStack?: boolean;
}

/** An S3 bucket, created here or imported. */
export interface IBucket extends IResource, IBucketRef {
  /**
   * The ARN of the bucket.
   * @attribute
   */
  readonly bucketArn: string;

  /**
   * The name of the bucket.
   * @attribute
   */
  readonly bucketName: string;

  /**
   * The URL of the static website.
   * @attribute
   */
  readonly bucketWebsiteUrl: string;

  /**
   * The domain of the static website.
   * @attribute
   */
  readonly bucketWebsiteDomainName: string;

  /**
   * The IPv4 DNS name of the bucket.
   * @attribute
   */
  readonly bucketDomainName: string;

  /**
   * The IPv6 DNS name of the bucket.
   * @attribute
   */
  readonly bucketDualStackDomainName: string;

  /**
   * The regional domain name of the bucket.
   * @attribute
   */
  readonly bucketRegionalDomainName: string;

  /**
   * Whether the bucket is configured for static website hosting.
   * @default false
   */
  readonly isWebsite?: boolean;

  /**
   * The customer managed KMS key that encrypts the bucket.
   * @default - no customer managed key
   */
  readonly encryptionKey?: kms.IKey;

  /** The resource policy of the bucket, once there is one. */
  policy?: BucketPolicy;

  /**
   * Adds a statement to the bucket policy. A bucket created in this app gets a `BucketPolicy` on the first call;
   * for an imported bucket nothing is added (`statementAdded` is false).
   */
  addToResourcePolicy(permission: iam.PolicyStatement): iam.AddToResourcePolicyResult;

  /** The https URL of an object (path style), or of the bucket when no key is given. */
  urlForObject(key?: string): string;

  /** The https URL of an object on the virtual-hosted-style endpoint, or of the bucket when no key is given. */
  virtualHostedUrlForObject(key?: string, options?: VirtualHostedStyleUrlOptions): string;

  /** The https URL of an object on the Transfer Acceleration endpoint, or of the bucket when no key is given. */
  transferAccelerationUrlForObject(key?: string, options?: TransferAccelerationUrlOptions): string;

  /** The S3 URL (`s3://bucket/key`) of an object, or of the bucket when no key is given. */
  s3UrlForObject(key?: string): string;

  /** The ARN of the objects matching a key pattern (`<bucketArn>/<pattern>`). */
  arnForObjects(keyPattern: string): string;

  /** Grant read permissions on the bucket and its objects (and decryption with its key). */
  grantRead(identity: iam.IGrantable, objectsKeyPattern?: any): iam.Grant;

  /** Grant write permissions (delete and put) on the bucket and its objects (and encryption with its key). */
  grantWrite(identity: iam.IGrantable, objectsKeyPattern?: any, allowedActionPatterns?: string[]): iam.Grant;

  /** Grant permissions to put objects (and encryption with the bucket's key). */
  grantPut(identity: iam.IGrantable, objectsKeyPattern?: any): iam.Grant;

  /** Grant permissions to set the ACL of objects. */
  grantPutAcl(identity: iam.IGrantable, objectsKeyPattern?: string): iam.Grant;

  /** Grant permissions to delete objects. */
  grantDelete(identity: iam.IGrantable, objectsKeyPattern?: any): iam.Grant;

  /** Grant read and write permissions on the bucket and its objects (and use of its key). */
  grantReadWrite(identity: iam.IGrantable, objectsKeyPattern?: any): iam.Grant;

  /** Let anyone on the internet perform the given actions (default `s3:GetObject`) on objects under the prefix. */
  grantPublicAccess(keyPrefix?: string, ...allowedActions: string[]): iam.Grant;
}

/** What buckets created here and imported buckets share: URLs, the bucket policy and the grants. */
export abstract class BucketBase extends Resource implements IBucket {
  public abstract readonly bucketArn: string;
  public abstract readonly bucketName: string;
  public abstract readonly bucketDomainName: string;
  public abstract readonly bucketWebsiteUrl: string;
  public abstract readonly bucketWebsiteDomainName: string;
  public abstract readonly bucketRegionalDomainName: string;
  public abstract readonly bucketDualStackDomainName: string;
  public abstract readonly encryptionKey?: kms.IKey;
  public abstract readonly isWebsite?: boolean;

  /** The resource policy of the bucket, once there is one. */
  public abstract policy?: BucketPolicy;

  /** The grant methods of this bucket. */
  public readonly grants: BucketGrants;

  /** Whether `addToResourcePolicy` may create a `BucketPolicy` (only for buckets created in this app). */
  protected abstract autoCreatePolicy: boolean;

  /**
   * Whether the bucket blocks public policies, so public access cannot be granted.
   * @internal
   */
  public _disallowPublicAccess?: boolean;

  constructor(scope: Construct, id: string, props: ResourceProps = {}) {
    super(scope, id, props);
    this.grants = BucketGrants.fromBucket(this);
    this.node.addValidation({ validate: () => this.policy?.document.validateForResourcePolicy() ?? [] });
  }

  /** A reference to this bucket. */
  public get bucketRef(): BucketReference {
    return { bucketName: this.bucketName, bucketArn: this.bucketArn };
  }

  public addToResourcePolicy(permission: iam.PolicyStatement): iam.AddToResourcePolicyResult {
    if (!this.policy && this.autoCreatePolicy) {
      this.policy = new BucketPolicy(this, 'Policy', { bucket: this });
    }
    if (this.policy) {
      this.policy.document.addStatements(permission);
      return { statementAdded: true, policyDependable: this.policy };
    }
    return { statementAdded: false };
  }

  public urlForObject(key?: string): string {
    const stack = Stack.of(this);
    const prefix = `https://s3.${this.env.region}.${stack.urlSuffix}/`;
    return urlJoin(prefix, this.bucketName, key);
  }

  public virtualHostedUrlForObject(key?: string, options?: VirtualHostedStyleUrlOptions): string {
    const domainName = options?.regional ?? true ? this.bucketRegionalDomainName : this.bucketDomainName;
    return urlJoin(`https://${domainName}`, key);
  }

  public transferAccelerationUrlForObject(key?: string, options?: TransferAccelerationUrlOptions): string {
    const dualStack = options?.dualStack ? '.dualstack' : '';
    return urlJoin(`https://${this.bucketName}.s3-accelerate${dualStack}.amazonaws.com`, key);
  }

  public s3UrlForObject(key?: string): string {
    return urlJoin(`s3://${this.bucketName}`, key);
  }

  public arnForObjects(keyPattern: string): string {
    return `${this.bucketArn}/${keyPattern}`;
  }

  public grantRead(identity: iam.IGrantable, objectsKeyPattern: any = '*'): iam.Grant {
    return this.grants.read(identity, objectsKeyPattern);
  }

  public grantWrite(identity: iam.IGrantable, objectsKeyPattern: any = '*', allowedActionPatterns: string[] = []): iam.Grant {
    return this.grants.write(identity, objectsKeyPattern, allowedActionPatterns);
  }

  public grantPut(identity: iam.IGrantable, objectsKeyPattern: any = '*'): iam.Grant {
    return this.grants.put(identity, objectsKeyPattern);
  }

  public grantPutAcl(identity: iam.IGrantable, objectsKeyPattern: string = '*'): iam.Grant {
    return this.grants.putAcl(identity, objectsKeyPattern);
  }

  public grantDelete(identity: iam.IGrantable, objectsKeyPattern: any = '*'): iam.Grant {
    return this.grants.delete(identity, objectsKeyPattern);
  }

  public grantReadWrite(identity: iam.IGrantable, objectsKeyPattern: any = '*'): iam.Grant {
    return this.grants.readWrite(identity, objectsKeyPattern);
  }

  public grantPublicAccess(keyPrefix: string = '*', ...allowedActions: string[]): iam.Grant {
    return this.grants.publicAccess(keyPrefix, ...allowedActions);
  }
}

/** Joins URL parts with single slashes (the parts' own leading and trailing slashes are dropped); skips absent parts. */
function urlJoin(first: string, ...rest: Array<string | undefined>): string {
  const parts = [first, ...rest].filter((part): part is string => part !== undefined);
  return parts
    .map((part, i) => {
      let p = part;
      if (i > 0) { p = p.replace(/^\/+/, ''); }
      if (i < parts.length - 1) { p = p.replace(/\/+$/, ''); }
      return p;
    })
    .join('/');
}
