import { Construct } from 'constructs';
import * as iam from '../aws-iam';
import * as kms from '../aws-kms';
import { ArnFormat, Fn, RemovalPolicy, Stack, Token, UnscopedValidationError, ValidationError } from '../core';
import { BucketAccessControl, ObjectOwnership } from './access-control';
import { BlockPublicAccess } from './block-public-access';
import { BucketBase, IBucket } from './bucket-base';
import { BucketEncryption } from './bucket-encryption';
import { BucketPolicy } from './bucket-policy';
import { staticWebsiteEndpointOf, urlSuffixOf } from './private/region-facts';
import { bucketNameErrors } from './private/validate-bucket-name';
import { CfnBucket } from './s3.generated';

/** Construction properties for a bucket. */
export interface BucketProps {
  /**
   * The physical name of the bucket (S3 naming rules apply).
   * @default - CloudFormation generates a unique name
   */
  readonly bucketName?: string;

  /**
   * Whether objects keep all their versions.
   * @default false
   */
  readonly versioned?: boolean;

  /**
   * The default encryption of objects. Giving `encryptionKey` implies `BucketEncryption.KMS`.
   * @default - KMS when `encryptionKey` is given, else none configured (S3 applies SSE-S3)
   */
  readonly encryption?: BucketEncryption;

  /**
   * The customer managed KMS key for KMS or DSSE encryption.
   * @default - a new key when encryption is KMS or DSSE
   */
  readonly encryptionKey?: kms.IKey;

  /**
   * Whether S3 Bucket Keys are used to reduce KMS requests (KMS, DSSE and S3 managed encryption only).
   * @default - not set
   */
  readonly bucketKeyEnabled?: boolean;

  /**
   * What happens to the bucket when it leaves the stack.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;

  /**
   * Which kinds of public access to block.
   * @default - no public access block configuration (S3 blocks all public access by default)
   */
  readonly blockPublicAccess?: BlockPublicAccess;

  /**
   * Whether the bucket policy denies requests that do not use TLS.
   * @default false
   */
  readonly enforceSSL?: boolean;

  /**
   * The lowest TLS version accepted (needs `enforceSSL`).
   * @default - no minimum
   */
  readonly minimumTLSVersion?: number;

  /**
   * Whether everyone may read the objects (needs a `blockPublicAccess` that allows public policies).
   * @default false
   */
  readonly publicReadAccess?: boolean;

  /**
   * Who owns uploaded objects.
   * @default - S3's default; ObjectWriter when a canned ACL other than Private is given
   */
  readonly objectOwnership?: ObjectOwnership;

  /**
   * A canned ACL for the bucket.
   * @default - no ACL set
   */
  readonly accessControl?: BucketAccessControl;

  /**
   * Whether Transfer Acceleration is enabled.
   * @default false
   */
  readonly transferAcceleration?: boolean;

  /**
   * Whether to empty the bucket with a custom resource when it is deleted. Not supported by lambda-cdk yet.
   * @default false
   */
  readonly autoDeleteObjects?: boolean;
}

/** The attributes of a bucket defined elsewhere. Give at least its name or its ARN. */
export interface BucketAttributes {
  /**
   * The ARN of the bucket.
   * @default - `arn:<partition>:s3:::<bucketName>`
   */
  readonly bucketArn?: string;

  /**
   * The name of the bucket.
   * @default - the last part of the ARN
   */
  readonly bucketName?: string;

  /**
   * The IPv4 DNS name of the bucket.
   * @default - `<bucketName>.s3.<urlSuffix>`
   */
  readonly bucketDomainName?: string;

  /**
   * The website URL of the bucket.
   * @default - `http://<bucketName>.<website endpoint of the region>`
   */
  readonly bucketWebsiteUrl?: string;

  /**
   * The regional domain name of the bucket.
   * @default - `<bucketName>.s3.<region>.<urlSuffix>`
   */
  readonly bucketRegionalDomainName?: string;

  /**
   * The IPv6 DNS name of the bucket.
   * @default - `<bucketName>.s3.dualstack.<region>.<urlSuffix>`
   */
  readonly bucketDualStackDomainName?: string;

  /**
   * Whether the website URL uses a period (true) or a dash (false) between `s3-website` and the region.
   * @default - the style of the region
   * @deprecated Give the bucket `region` instead; the style follows from it.
   */
  readonly bucketWebsiteNewUrlFormat?: boolean;

  /**
   * The KMS key that encrypts the bucket.
   * @default - no customer managed key
   */
  readonly encryptionKey?: kms.IKey;

  /**
   * Whether the bucket hosts a static website.
   * @default false
   */
  readonly isWebsite?: boolean;

  /**
   * The account the bucket belongs to.
   * @default - the account of the stack
   */
  readonly account?: string;

  /**
   * The region the bucket is in.
   * @default - the region of the stack
   */
  readonly region?: string;
}

/** An S3 bucket (`AWS::S3::Bucket`). */
export class Bucket extends BucketBase {
  /** Import a bucket by its ARN (`arn:<partition>:s3:::<name>`). */
  public static fromBucketArn(scope: Construct, id: string, bucketArn: string): IBucket {
    return Bucket.fromBucketAttributes(scope, id, { bucketArn });
  }

  /** Import a bucket by its name. */
  public static fromBucketName(scope: Construct, id: string, bucketName: string): IBucket {
    return Bucket.fromBucketAttributes(scope, id, { bucketName });
  }

  /** Import a bucket from its attributes. */
  public static fromBucketAttributes(scope: Construct, id: string, attrs: BucketAttributes): IBucket {
    return new ImportedBucket(scope, id, attrs);
  }

  /**
   * Throws when a bucket name breaks S3's naming rules (tokens are not checked).
   * @param allowLegacyBucketNaming also accept the uppercase letters and underscores of old us-east-1 buckets
   */
  public static validateBucketName(physicalName: string, allowLegacyBucketNaming: boolean = false): void {
    const errors = bucketNameErrors(physicalName, allowLegacyBucketNaming);
    if (errors.length > 0) {
      throw new UnscopedValidationError(`Invalid S3 bucket name (value: ${physicalName})\n${errors.join('\n')}`);
    }
  }

  public readonly bucketArn: string;
  public readonly bucketName: string;
  public readonly bucketDomainName: string;
  public readonly bucketWebsiteUrl: string;
  public readonly bucketWebsiteDomainName: string;
  public readonly bucketRegionalDomainName: string;
  public readonly bucketDualStackDomainName: string;
  public readonly encryptionKey?: kms.IKey;
  public readonly isWebsite?: boolean;
  public policy?: BucketPolicy;
  protected autoCreatePolicy = true;

  constructor(scope: Construct, id: string, props: BucketProps = {}) {
    super(scope, id, { physicalName: props.bucketName });
    if (props.bucketName !== undefined) {
      const errors = bucketNameErrors(props.bucketName, false);
      if (errors.length > 0) {
        throw new ValidationError(`Invalid S3 bucket name (value: ${props.bucketName})\n${errors.join('\n')}`, this);
      }
    }
    if (props.autoDeleteObjects) {
      throw new ValidationError('autoDeleteObjects is not supported by lambda-cdk yet (it needs a custom resource); empty the bucket another way', this);
    }
    if (props.minimumTLSVersion !== undefined && !props.enforceSSL) {
      throw new ValidationError(`enforceSSL must be enabled for minimumTLSVersion (${props.minimumTLSVersion}) to be applied`, this);
    }

    const encryption = this.renderEncryption(props);
    this.encryptionKey = encryption.key;
    this._disallowPublicAccess = props.blockPublicAccess?.blockPublicPolicy === true;

    const resource = new CfnBucket(this, 'Resource', {
      bucketName: this.physicalName,
      bucketEncryption: encryption.configuration,
      versioningConfiguration: props.versioned ? { status: 'Enabled' } : undefined,
      publicAccessBlockConfiguration: props.blockPublicAccess && {
        blockPublicAcls: props.blockPublicAccess.blockPublicAcls,
        blockPublicPolicy: props.blockPublicAccess.blockPublicPolicy,
        ignorePublicAcls: props.blockPublicAccess.ignorePublicAcls,
        restrictPublicBuckets: props.blockPublicAccess.restrictPublicBuckets,
      },
      accessControl: props.accessControl,
      ownershipControls: renderOwnershipControls(props),
      accelerateConfiguration: props.transferAcceleration ? { accelerationStatus: 'Enabled' } : undefined,
    });
    resource.applyRemovalPolicy(props.removalPolicy, { default: RemovalPolicy.RETAIN });

    this.bucketArn = this.getResourceArnAttribute(resource.attrArn, {
      region: '',
      account: '',
      service: 's3',
      resource: this.physicalName,
    });
    this.bucketName = this.getResourceNameAttribute(resource.ref);
    this.bucketDomainName = resource.attrDomainName;
    this.bucketWebsiteUrl = resource.attrWebsiteUrl;
    this.bucketWebsiteDomainName = Fn.select(2, Fn.split('/', this.bucketWebsiteUrl));
    this.bucketDualStackDomainName = resource.attrDualStackDomainName;
    this.bucketRegionalDomainName = resource.attrRegionalDomainName;
    this.isWebsite = false;

    if (props.enforceSSL) {
      this.addToResourcePolicy(this.denyStatement({ Bool: { 'aws:SecureTransport': 'false' } }));
      if (props.minimumTLSVersion !== undefined) {
        this.addToResourcePolicy(this.denyStatement({ NumericLessThan: { 's3:TlsVersion': props.minimumTLSVersion } }));
      }
    }
    if (props.publicReadAccess) {
      if (props.blockPublicAccess === undefined) {
        throw new ValidationError("Cannot use publicReadAccess on a bucket without allowing bucket-level public access through the 'blockPublicAccess' property", this);
      }
      this.grantPublicAccess();
    }
  }

  /** Denies every S3 action on the bucket and its objects under the given condition. */
  private denyStatement(conditions: Record<string, Record<string, unknown>>): iam.PolicyStatement {
    return new iam.PolicyStatement({
      actions: ['s3:*'],
      conditions,
      effect: iam.Effect.DENY,
      resources: [this.bucketArn, this.arnForObjects('*')],
      principals: [new iam.AnyPrincipal()],
    });
  }

  private renderEncryption(props: BucketProps): { key?: kms.IKey; configuration?: CfnBucket.BucketEncryptionProperty } {
    const type = props.encryption ?? (props.encryptionKey ? BucketEncryption.KMS : BucketEncryption.UNENCRYPTED);
    if (props.encryptionKey && type !== BucketEncryption.KMS && type !== BucketEncryption.DSSE) {
      throw new ValidationError(`encryptionKey is given, so encryption must be BucketEncryption.KMS or DSSE, got ${type}`, this);
    }
    if (props.bucketKeyEnabled !== undefined && (type === BucketEncryption.UNENCRYPTED)) {
      throw new ValidationError(`bucketKeyEnabled is given, so encryption must be KMS, DSSE or S3 managed, got ${type}`, this);
    }
    const rule = (sseAlgorithm: string, kmsMasterKeyId?: string): CfnBucket.BucketEncryptionProperty => ({
      serverSideEncryptionConfiguration: [{
        bucketKeyEnabled: props.bucketKeyEnabled,
        serverSideEncryptionByDefault: { sseAlgorithm, kmsMasterKeyId },
      }],
    });
    switch (type) {
      case BucketEncryption.UNENCRYPTED:
        return {};
      case BucketEncryption.S3_MANAGED:
        return { configuration: rule('AES256') };
      case BucketEncryption.KMS_MANAGED:
        return { configuration: rule('aws:kms') };
      case BucketEncryption.DSSE_MANAGED:
        return { configuration: rule('aws:kms:dsse') };
      case BucketEncryption.KMS:
      case BucketEncryption.DSSE: {
        const dsse = type === BucketEncryption.DSSE;
        const key = props.encryptionKey ?? new kms.Key(this, 'Key', {
          description: `Created by ${this.node.path}`,
          enableKeyRotation: dsse ? undefined : true,
        });
        return { key, configuration: rule(dsse ? 'aws:kms:dsse' : 'aws:kms', key.keyArn) };
      }
      default:
        throw new ValidationError(`encryption must be one of ${Object.values(BucketEncryption).join(', ')}, got '${type}'`, this);
    }
  }
}

/** A bucket defined elsewhere: its URLs are derived from its name and region. */
class ImportedBucket extends BucketBase {
  public readonly bucketArn: string;
  public readonly bucketName: string;
  public readonly bucketDomainName: string;
  public readonly bucketRegionalDomainName: string;
  public readonly bucketDualStackDomainName: string;
  public readonly encryptionKey?: kms.IKey;
  public readonly isWebsite?: boolean;
  public policy?: BucketPolicy = undefined;
  protected autoCreatePolicy = false;
  private readonly attrs: BucketAttributes;
  private readonly region: string;
  private websiteDomainName?: string;

  constructor(scope: Construct, id: string, attrs: BucketAttributes) {
    super(scope, id, { account: attrs.account, region: attrs.region });
    const stack = Stack.of(scope);
    const region = attrs.region ?? stack.region;
    const urlSuffix = urlSuffixOf(region);
    const bucketName = attrs.bucketName ?? nameOfBucketArn(this, attrs.bucketArn);
    const errors = bucketNameErrors(bucketName, true);
    if (errors.length > 0) {
      throw new ValidationError(`Invalid S3 bucket name (value: ${bucketName})\n${errors.join('\n')}`, this);
    }

    this.bucketName = bucketName;
    this.bucketArn = attrs.bucketArn ?? stack.formatArn({ region: '', account: '', service: 's3', resource: bucketName });
    this.bucketDomainName = attrs.bucketDomainName ?? `${bucketName}.s3.${urlSuffix}`;
    this.bucketRegionalDomainName = attrs.bucketRegionalDomainName ?? `${bucketName}.s3.${region}.${urlSuffix}`;
    this.bucketDualStackDomainName = attrs.bucketDualStackDomainName ?? `${bucketName}.s3.dualstack.${region}.${urlSuffix}`;
    this.isWebsite = attrs.isWebsite ?? false;
    this.encryptionKey = attrs.encryptionKey;
    this.attrs = attrs;
    this.region = region;
  }

  // The website names are worked out on first use: for a token region they add a mapping to the stack, which
  // aws-cdk-lib also only does when they are read (it decides where the Mappings section lands in the template).
  public get bucketWebsiteDomainName(): string {
    if (this.websiteDomainName === undefined) {
      this.websiteDomainName = this.attrs.bucketWebsiteUrl
        ? Fn.select(2, Fn.split('/', this.attrs.bucketWebsiteUrl))
        : `${this.bucketName}.${websiteEndpoint(Stack.of(this), this.region, this.attrs.bucketWebsiteNewUrlFormat)}`;
    }
    return this.websiteDomainName;
  }

  public get bucketWebsiteUrl(): string {
    return this.attrs.bucketWebsiteUrl ?? `http://${this.bucketWebsiteDomainName}`;
  }
}

function websiteEndpoint(stack: Stack, region: string, newUrlFormat: boolean | undefined): string {
  if (newUrlFormat === undefined) { return staticWebsiteEndpointOf(stack, region); }
  return `s3-website${newUrlFormat ? '.' : '-'}${region}.${urlSuffixOf(region)}`;
}

function nameOfBucketArn(scope: Construct, bucketArn: string | undefined): string {
  if (bucketArn === undefined) {
    throw new ValidationError('Bucket.fromBucketAttributes needs bucketName or bucketArn', scope);
  }
  return Stack.of(scope).splitArn(bucketArn, ArnFormat.SLASH_RESOURCE_NAME).resource;
}

/** A canned ACL other than Private needs ACLs enabled, so object ownership defaults to ObjectWriter then. */
function renderOwnershipControls(props: BucketProps): CfnBucket.OwnershipControlsProperty | undefined {
  let ownership = props.objectOwnership;
  if (ownership === undefined && props.accessControl !== undefined && props.accessControl !== BucketAccessControl.PRIVATE
    && !Token.isUnresolved(props.accessControl)) {
    ownership = ObjectOwnership.OBJECT_WRITER;
  }
  return ownership === undefined ? undefined : { rules: [{ objectOwnership: ownership }] };
}
