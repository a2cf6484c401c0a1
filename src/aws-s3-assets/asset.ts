import * as path from 'path';
import { Construct } from 'constructs';
import type * as iam from '../aws-iam';
import type * as kms from '../aws-kms';
import * as s3 from '../aws-s3';
import { CfnResource, FileAssetPackaging, FileCopyOptions, Stack, ValidationError } from '../core';
// Until the core index names them (they are core's public API in aws-cdk-lib).
import { AssetOptions as CoreAssetOptions, IAsset } from '../core/assets/asset-options';
import { addAssetResourceMetadata, stackRelativePath } from '../core/assets/asset-resource-metadata';
import { AssetStaging } from '../core/assets/asset-staging';

/** Options of a file asset. */
export interface AssetOptions extends FileCopyOptions, CoreAssetOptions {
  /**
   * Principals that may read the asset from S3 (`grantRead` can add more later).
   * @default - no principals
   */
  readonly readers?: iam.IGrantable[];
  /**
   * Whether the asset is only needed while deploying (for example Lambda code, which Lambda copies).
   * Such assets may be deleted from the bucket once the deployment succeeded.
   * @default false
   */
  readonly deployTime?: boolean;
  /**
   * The KMS key the code is encrypted with at rest by the service that copies it (Lambda).
   * @default - the default server-side encryption with Amazon S3 managed keys (SSE-S3)
   */
  readonly sourceKMSKey?: kms.IKeyRef;
  /**
   * The name shown for the asset by the CLI while it builds and publishes assets.
   * @default - the construct path of the asset, relative to its stack
   */
  readonly displayName?: string;
}

/** Properties of a file asset. */
export interface AssetProps extends AssetOptions {
  /**
   * The file or directory to upload: a file (a `.zip` file included) is uploaded as it is, a
   * directory is zipped first.
   */
  readonly path: string;
}

/**
 * A local file or directory that the CLI uploads to the bootstrap bucket at deployment, to be
 * referenced from the template (`s3BucketName`, `s3ObjectKey`, `s3ObjectUrl`, `httpUrl`).
 */
export class Asset extends Construct implements IAsset {
  /** The name of the bucket the asset is uploaded to. */
  public readonly s3BucketName: string;
  /** The key of the asset's S3 object. */
  public readonly s3ObjectKey: string;
  /** The S3 URL of the object (`s3://bucket/key`). */
  public readonly s3ObjectUrl: string;
  /** The HTTP URL of the object. */
  public readonly httpUrl: string;
  /** The bucket the asset is uploaded to. */
  public readonly bucket: s3.IBucket;
  /** The path of the staged asset, relative to the stack's cloud assembly directory (for tools such as SAM). */
  public readonly assetPath: string;
  /** Whether the asset is a single file (uploaded as it is) rather than a zipped directory. */
  public readonly isFile: boolean;
  /** Whether the asset is an archive (a zipped directory, or a `.zip`/`.jar`/... file). */
  public readonly isZipArchive: boolean;
  /** The asset hash: it changes exactly when the asset changes. */
  public readonly assetHash: string;
  /**
   * The asset hash.
   * @deprecated use assetHash
   */
  public readonly sourceHash: string;

  private readonly isBundled: boolean;

  constructor(scope: Construct, id: string, props: AssetProps) {
    super(scope, id);
    if (!props.path) {
      throw new ValidationError(`path must be the file or directory to upload, got ${JSON.stringify(props.path)}`, this);
    }
    this.isBundled = props.bundling !== undefined;

    const staging = new AssetStaging(this, 'Stage', {
      sourcePath: path.resolve(props.path),
      exclude: props.exclude,
      ignoreMode: props.ignoreMode,
      follow: props.followSymlinks,
      assetHash: props.assetHash,
      assetHashType: props.assetHashType,
      bundling: props.bundling,
    });
    this.assetHash = staging.assetHash;
    this.sourceHash = staging.assetHash;

    const stack = Stack.of(this);
    this.assetPath = staging.relativeStagedPath(stack);
    this.isFile = staging.packaging === FileAssetPackaging.FILE;
    this.isZipArchive = staging.isArchive;

    const location = stack.synthesizer.addFileAsset({
      packaging: staging.packaging,
      sourceHash: this.assetHash,
      fileName: this.assetPath,
      deployTime: props.deployTime,
      displayName: props.displayName ?? stackRelativePath(this),
    });
    this.s3BucketName = location.bucketName;
    this.s3ObjectKey = location.objectKey;
    this.s3ObjectUrl = location.s3ObjectUrl;
    this.httpUrl = location.httpUrl;
    this.bucket = s3.Bucket.fromBucketName(this, 'AssetBucket', this.s3BucketName);

    for (const reader of props.readers ?? []) {
      this.grantRead(reader);
    }
  }

  /**
   * Records on `resource` where its local asset is (`aws:asset:*` metadata), for tools such as the
   * SAM CLI that run resources locally. Only done when the context `aws:cdk:enable-asset-metadata`
   * is set, as the CDK CLI does by default.
   * @param resource the resource that uses the asset
   * @param resourceProperty the property of the resource the asset is used in
   */
  public addResourceMetadata(resource: CfnResource, resourceProperty: string): void {
    addAssetResourceMetadata(this, resource, {
      'aws:asset:path': this.assetPath,
      'aws:asset:is-bundled': this.isBundled,
      'aws:asset:property': resourceProperty,
    });
  }

  /**
   * Grants read permissions on the asset (on all objects of the asset bucket) to a principal.
   * @param grantee the principal to grant read access to
   */
  public grantRead(grantee: iam.IGrantable): void {
    this.bucket.grantRead(grantee);
  }
}
