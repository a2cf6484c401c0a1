/* eslint-disable @typescript-eslint/no-require-imports */
// The asset classes are loaded when asset code is first bound, not when lambda-cdk/aws-lambda is loaded: most functions
// use no asset code, and these modules pull in staging, fingerprinting and the ECR repository classes.
import type * as imageAsset from '../../aws-ecr-assets/image-asset';
import type * as platform from '../../aws-ecr-assets/platform';
import type * as s3Asset from '../../aws-s3-assets/asset';

/** The `Asset` class of lambda-cdk/aws-s3-assets. */
export function s3AssetClass(): typeof s3Asset.Asset {
  return (require('../../aws-s3-assets/asset') as typeof s3Asset).Asset;
}

/** The `DockerImageAsset` class of lambda-cdk/aws-ecr-assets. */
export function dockerImageAssetClass(): typeof imageAsset.DockerImageAsset {
  return (require('../../aws-ecr-assets/image-asset') as typeof imageAsset).DockerImageAsset;
}

/** The `Platform` class of lambda-cdk/aws-ecr-assets. */
export function platformClass(): typeof platform.Platform {
  return (require('../../aws-ecr-assets/platform') as typeof platform).Platform;
}
