import { AssetHashType } from './asset-hash';
import { BundlingOptions } from './bundling';

/** Options common to all assets: how the asset hash is made, and how the asset is bundled. */
export interface AssetOptions {
  /**
   * A hash chosen by the user. It is hashed again (SHA-256, hex) to make the asset hash. Change it
   * whenever the asset changes, or deployments will not pick the change up.
   * @default - based on `assetHashType`
   */
  readonly assetHash?: string;
  /**
   * What the asset hash is computed from. Must be CUSTOM (or left out) when `assetHash` is given.
   * @default - AssetHashType.CUSTOM when `assetHash` is given, else AssetHashType.SOURCE
   */
  readonly assetHashType?: AssetHashType;
  /**
   * Bundle the asset by running a command in a Docker container (the source mounted at
   * `/asset-input`, the output expected in `/asset-output`) or with a local bundler.
   * @default - the asset is not bundled: a directory is zipped, a file is used as it is
   */
  readonly bundling?: BundlingOptions;
}

/** An asset: something staged into the cloud assembly and published by the CLI. */
export interface IAsset {
  /** A hash of the asset: it changes exactly when the asset (or its build options) changes. */
  readonly assetHash: string;
}
