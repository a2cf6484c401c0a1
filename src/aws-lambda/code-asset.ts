import type { Construct } from 'constructs';
import type { Asset, AssetOptions } from '../aws-s3-assets';
import { CfnResource, Stack, ValidationError } from '../core';
import { Code, CodeConfig, ResourceBindOptions } from './code';
import { s3AssetClass } from './private/asset-modules';

/**
 * Lambda code from a local directory (zipped at deployment) or a `.zip` file, uploaded to the bootstrap bucket as an
 * asset. The asset is created on the first bind, under the function, and reused by later binds in the same stack.
 */
export class AssetCode extends Code {
  /** Determines whether this Code is inline code or not. */
  public readonly isInline = false;
  private asset?: Asset;

  /**
   * @param path The path to the asset file or directory.
   * @param options How the asset is fingerprinted, bundled and uploaded.
   */
  constructor(public readonly path: string, private readonly options: AssetOptions = {}) {
    super();
  }

  public bind(scope: Construct): CodeConfig {
    if (!this.asset) {
      const Asset = s3AssetClass();
      this.asset = new Asset(scope, 'Code', { path: this.path, deployTime: true, ...this.options });
    } else if (Stack.of(this.asset) !== Stack.of(scope)) {
      throw new ValidationError(`The code asset '${this.path}' is already used in stack ${Stack.of(this.asset).node.path}; `
        + 'an AssetCode belongs to one stack: call Code.fromAsset() again for each stack', scope);
    }
    if (!this.asset.isZipArchive) {
      throw new ValidationError(`Lambda code asset '${this.path}' must be a directory or a .zip file`, scope);
    }
    return {
      s3Location: { bucketName: this.asset.s3BucketName, objectKey: this.asset.s3ObjectKey },
      sourceKMSKeyArn: this.options.sourceKMSKey?.keyRef.keyArn,
    };
  }

  /** Record where the code of `resource` comes from, for tools such as the SAM CLI (asset metadata). */
  public override bindToResource(resource: CfnResource, options: ResourceBindOptions = {}): void {
    if (!this.asset) {
      throw new ValidationError('AssetCode.bindToResource() was called before bind(): bind the code to the function first', resource);
    }
    this.asset.addResourceMetadata(resource, options.resourceProperty ?? 'Code');
  }
}
