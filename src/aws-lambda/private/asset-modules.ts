/* eslint-disable @typescript-eslint/no-require-imports */
// lambda-cdk/aws-s3-assets and lambda-cdk/aws-ecr-assets are not written yet. These are the parts of their API that
// aws-lambda uses, as aws-cdk-lib documents them; the modules are loaded on first use, so code that does not touch
// assets works without them. When the modules land, import their types instead and delete this file.
import type { IConstruct } from 'constructs';
import type * as iam from '../../aws-iam';
import type * as kms from '../../aws-kms';
import type { CfnResource } from '../../core';
import { UnscopedValidationError } from '../../core';

/** Options of an S3 file asset (as `aws-s3-assets.AssetOptions`). */
export interface AssetOptions {
  /**
   * Glob patterns to exclude from the copy.
   * @default - nothing is excluded
   */
  readonly exclude?: string[];
  /**
   * A strategy for how to handle symlinks.
   * @default - never follow symlinks
   */
  readonly followSymlinks?: string;
  /**
   * The ignore behavior to use for `exclude` patterns.
   * @default - GLOB
   */
  readonly ignoreMode?: string;
  /**
   * Specify a custom hash for this asset.
   * @default - based on `assetHashType`
   */
  readonly assetHash?: string;
  /**
   * Specifies the type of hash to calculate for this asset.
   * @default - SOURCE, or OUTPUT with bundling
   */
  readonly assetHashType?: string;
  /**
   * Bundle the asset by executing a command in a Docker container or a custom bundling provider.
   * @default - uploaded as-is to S3 if the asset is a regular file or a .zip file, archived into a .zip file otherwise
   */
  readonly bundling?: { readonly [key: string]: unknown };
  /**
   * A list of principals that should be able to read this asset from S3.
   * @default - No principals that can read file asset.
   */
  readonly readers?: iam.IGrantable[];
  /**
   * The ARN of the KMS key used to encrypt the handler code.
   * @default - the default server-side encryption with Amazon S3 managed keys (SSE-S3) key will be used.
   */
  readonly sourceKMSKey?: kms.IKey;
  /**
   * A display name for this asset.
   * @default - the construct path of the asset
   */
  readonly displayName?: string;
  /**
   * Whether or not the asset needs to exist beyond deployment time.
   * @default false
   */
  readonly deployTime?: boolean;
}

/** Options of a Docker image asset (as `aws-ecr-assets.DockerImageAssetOptions`). */
export interface DockerImageAssetOptions {
  /**
   * Build args to pass to the `docker build` command.
   * @default - no build args are passed
   */
  readonly buildArgs?: { [key: string]: string };
  /**
   * Path to the Dockerfile (relative to the directory).
   * @default 'Dockerfile'
   */
  readonly file?: string;
  /**
   * Docker target to build to.
   * @default - no target
   */
  readonly target?: string;
  /**
   * Platform to build for (`aws-ecr-assets.Platform`).
   * @default - no platform specified (the current machine architecture will be used)
   */
  readonly platform?: { readonly platform: string };
  /**
   * Glob patterns to exclude from the copy.
   * @default - nothing is excluded
   */
  readonly exclude?: string[];
  /**
   * A display name for this asset.
   * @default - the construct path of the asset
   */
  readonly displayName?: string;
}

/** The S3 asset construct, as aws-lambda uses it. */
export interface S3Asset extends IConstruct {
  readonly s3BucketName: string;
  readonly s3ObjectKey: string;
  readonly isZipArchive: boolean;
  addResourceMetadata(resource: CfnResource, resourceProperty: string): void;
}

/** The Docker image asset construct, as aws-lambda uses it. */
export interface DockerImageAsset extends IConstruct {
  readonly imageUri: string;
  readonly repository: { grantPull(grantee: iam.IGrantable): iam.Grant };
  addResourceMetadata(resource: CfnResource, resourceProperty: string): void;
}

interface S3AssetsModule {
  Asset: new (scope: IConstruct, id: string, props: AssetOptions & { path: string }) => S3Asset;
}

interface EcrAssetsModule {
  DockerImageAsset: new (scope: IConstruct, id: string, props: DockerImageAssetOptions & { directory: string }) => DockerImageAsset;
  Platform: { custom(platform: string): { readonly platform: string } };
}

/** Load lambda-cdk/aws-s3-assets. */
export function s3AssetsModule(): S3AssetsModule {
  return load('../../aws-s3-assets', 'aws-s3-assets') as S3AssetsModule;
}

/** Load lambda-cdk/aws-ecr-assets. */
export function ecrAssetsModule(): EcrAssetsModule {
  return load('../../aws-ecr-assets', 'aws-ecr-assets') as EcrAssetsModule;
}

function load(path: string, name: string): unknown {
  try {
    return require(path);
  } catch (e) {
    if ((e as { code?: string }).code === 'MODULE_NOT_FOUND') {
      throw new UnscopedValidationError(`This lambda-cdk build has no ${name} module yet: asset code (Code.fromAsset, `
        + 'Code.fromAssetImage, DockerImageCode.fromImageAsset) is not available');
    }
    throw e;
  }
}
