import type { Construct } from 'constructs';
import * as iam from '../aws-iam';
import type * as kms from '../aws-kms';
import type * as s3 from '../aws-s3';
import { Annotations, ArnFormat, CfnResource, Stack, Token, ValidationError } from '../core';
import { Code, CodeConfig, ResourceBindOptions } from './code';

/** How Lambda stores code that lives in S3. */
export enum S3ObjectStorageMode {
  /** Lambda copies the object into its own storage when the function is created or updated (the default). */
  COPY = 'COPY',
  /**
   * Lambda reads the object from your bucket: the object must be versioned, and Lambda's service principal needs
   * read access to it (added to the bucket's policy when the bucket is defined in this app).
   */
  REFERENCE = 'REFERENCE',
}

/** Optional parameters for `Code.fromBucketV2`. */
export interface BucketOptions {
  /**
   * The version of the object (without one, new uploads do not update the function).
   * @default - the latest version at deployment
   */
  readonly objectVersion?: string;

  /**
   * The KMS key that encrypts the code archive.
   * @default - S3's default encryption
   */
  readonly sourceKMSKey?: kms.IKey;

  /**
   * How Lambda stores the code.
   * @default - S3ObjectStorageMode.COPY (not rendered)
   */
  readonly s3ObjectStorageMode?: S3ObjectStorageMode;
}

const OBJECT_VERSION_WARNING = '@aws-cdk/aws-lambda:codeFromBucketObjectVersionNotSpecified';

/** Lambda code from an S3 archive. */
export class S3Code extends Code {
  /** Determines whether this Code is inline code or not. */
  public readonly isInline = false;
  private readonly bucketName: string;

  constructor(bucket: s3.IBucket, private readonly key: string, private readonly objectVersion?: string) {
    super();
    this.bucketName = requireBucketName(bucket);
    if (!objectVersion) {
      warnAboutMissingObjectVersion(bucket, 'Code.fromBucket()', 'the objectVersion argument');
    }
  }

  public bind(_scope: Construct): CodeConfig {
    return { s3Location: { bucketName: this.bucketName, objectKey: this.key, objectVersion: this.objectVersion } };
  }
}

/** Lambda code from an S3 archive, with a KMS key and a storage mode. */
export class S3CodeV2 extends Code {
  /** Determines whether this Code is inline code or not. */
  public readonly isInline = false;
  private readonly bucketName: string;

  constructor(private readonly bucket: s3.IBucket, private readonly key: string, private readonly options: BucketOptions = {}) {
    super();
    this.bucketName = requireBucketName(bucket);
    if (options.s3ObjectStorageMode === S3ObjectStorageMode.REFERENCE && !options.objectVersion) {
      throw new ValidationError(`Code.fromBucketV2('${key}'): S3ObjectStorageMode.REFERENCE needs options.objectVersion, `
        + 'because Lambda reads a fixed version of the object from the bucket', bucket);
    }
    if (!options.objectVersion) {
      warnAboutMissingObjectVersion(bucket, 'Code.fromBucketV2()', 'options.objectVersion');
    }
  }

  public bind(_scope: Construct): CodeConfig {
    return {
      s3Location: { bucketName: this.bucketName, objectKey: this.key, objectVersion: this.options.objectVersion },
      sourceKMSKeyArn: this.options.sourceKMSKey?.keyArn,
      s3ObjectStorageMode: this.options.s3ObjectStorageMode,
    };
  }

  /** With `REFERENCE` storage, give Lambda's service principal read access to the object (and its bucket's key). */
  public override bindToResource(resource: CfnResource, _options?: ResourceBindOptions): void {
    if (this.options.s3ObjectStorageMode !== S3ObjectStorageMode.REFERENCE) { return; }
    grantLambdaReadOfReferencedObject(resource, this.bucket, this.key);
  }
}

function requireBucketName(bucket: s3.IBucket): string {
  if (!bucket.bucketName) {
    throw new ValidationError('The bucket given as Lambda code has no bucketName: import it with a name '
      + '(e.g. Bucket.fromBucketName) to use it as code', bucket);
  }
  return bucket.bucketName;
}

function warnAboutMissingObjectVersion(bucket: s3.IBucket, api: string, what: string): void {
  Annotations.of(bucket).addWarningV2(OBJECT_VERSION_WARNING,
    `${api} is used without ${what}: CloudFormation does not see changes to the object, so the function is not `
    + 'updated when new code is uploaded under the same key. Give an object version, or use Code.fromAsset().');
}

/**
 * Allow Lambda (for functions or layers of this account) to read the referenced object, through the bucket policy and,
 * when the bucket is encrypted with a customer key, the key policy; the resource waits for both policies.
 */
function grantLambdaReadOfReferencedObject(resource: CfnResource, bucket: s3.IBucket, key: string): void {
  const stack = Stack.of(resource);
  const sourceArn = referencingResourceArnPattern(resource);
  const lambdaPrincipal = new iam.ServicePrincipal('lambda.amazonaws.com');

  const bucketResult = bucket.addToResourcePolicy(new iam.PolicyStatement({
    actions: ['s3:GetObject', 's3:GetObjectVersion'],
    principals: [lambdaPrincipal],
    resources: [bucket.arnForObjects(key)],
    conditions: {
      StringEquals: { 'aws:SourceAccount': stack.account },
      ArnLike: { 'aws:SourceArn': sourceArn },
    },
  }));
  if (bucketResult.statementAdded && bucketResult.policyDependable) {
    resource.node.addDependency(bucketResult.policyDependable);
  } else {
    Annotations.of(resource).addWarningV2('@aws-cdk/aws-lambda:s3ObjectStorageModeReferenceImportedBucketPolicy',
      `The policy of bucket ${bucket.node.path} cannot be changed here (it is imported): allow the lambda.amazonaws.com `
      + `service principal s3:GetObject and s3:GetObjectVersion on '${key}' yourself, `
      + 'see https://docs.aws.amazon.com/lambda/latest/dg/configuration-self-managed-storage.html');
  }

  const encryptionKey = bucket.encryptionKey;
  if (!encryptionKey) { return; }
  const keyResult = encryptionKey.addToResourcePolicy(new iam.PolicyStatement({
    actions: ['kms:Decrypt'],
    principals: [lambdaPrincipal],
    resources: ['*'],
    conditions: {
      StringEquals: { 'aws:SourceAccount': stack.account, 'kms:ViaService': `s3.${stack.region}.amazonaws.com` },
      ArnLike: { 'aws:SourceArn': sourceArn },
    },
  }), true);
  if (keyResult.statementAdded && keyResult.policyDependable) {
    resource.node.addDependency(keyResult.policyDependable);
  } else {
    Annotations.of(resource).addWarningV2('@aws-cdk/aws-lambda:s3ObjectStorageModeReferenceImportedKeyPolicy',
      `The policy of key ${encryptionKey.node.path} (which encrypts the code bucket) cannot be changed here: allow the `
      + 'lambda.amazonaws.com service principal kms:Decrypt via S3 yourself');
  }
}

/**
 * The ARN (or ARN pattern) of the function or layer that references the object. Only a literal name can be used:
 * a reference to the resource itself would make the bucket policy and the resource depend on each other.
 */
function referencingResourceArnPattern(resource: CfnResource): string {
  const isLayer = resource.cfnResourceType === 'AWS::Lambda::LayerVersion';
  const props = resource as unknown as { functionName?: string; layerName?: string };
  const name = isLayer ? props.layerName : props.functionName;
  const literalName = name !== undefined && !Token.isUnresolved(name) ? name : undefined;
  if (literalName === undefined) {
    const kind = isLayer ? 'layer' : 'function';
    Annotations.of(resource).addWarningV2('@aws-cdk/aws-lambda:s3ObjectStorageModeReferenceWildcardSourceArn',
      `The ${kind} has no literal name, so the code bucket policy allows every Lambda ${kind} of this account `
      + `(aws:SourceArn ends with '*'; aws:SourceAccount still limits it to this account). Give the ${kind} a `
      + `${isLayer ? 'layerVersionName' : 'functionName'} to scope it down.`);
  }
  return Stack.of(resource).formatArn({
    service: 'lambda',
    resource: isLayer ? 'layer' : 'function',
    resourceName: literalName ?? '*',
    arnFormat: ArnFormat.COLON_RESOURCE_NAME,
  });
}
