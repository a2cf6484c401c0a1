import type { FileFingerprintOptions } from '../core';
import type { NetworkMode } from './network-mode';
import type { Platform } from './platform';

/** Which options take part in the hash (and so the tag) of a Docker image asset. */
export interface DockerImageAssetInvalidationOptions {
  /**
   * Whether `extraHash` changes the image.
   * @default true
   */
  readonly extraHash?: boolean;
  /**
   * Whether `buildArgs` change the image.
   * @default true
   */
  readonly buildArgs?: boolean;
  /**
   * Whether `buildContexts` change the image.
   * @default true
   */
  readonly buildContexts?: boolean;
  /**
   * Whether `buildSecrets` change the image.
   * @default true
   */
  readonly buildSecrets?: boolean;
  /**
   * Whether `buildSsh` changes the image.
   * @default true
   */
  readonly buildSsh?: boolean;
  /**
   * Whether `target` changes the image.
   * @default true
   */
  readonly target?: boolean;
  /**
   * Whether `file` changes the image.
   * @default true
   */
  readonly file?: boolean;
  /**
   * Whether the repository name changes the image.
   * @default true
   */
  readonly repositoryName?: boolean;
  /**
   * Whether `networkMode` changes the image.
   * @default true
   */
  readonly networkMode?: boolean;
  /**
   * Whether `platform` changes the image.
   * @default true
   */
  readonly platform?: boolean;
  /**
   * Whether `outputs` change the image.
   * @default true
   */
  readonly outputs?: boolean;
}

/** A cache source or destination of `docker build` (`--cache-from` / `--cache-to`). */
export interface DockerCacheOption {
  /** The cache type, such as `registry`, `local`, `inline`, `gha` or `s3`. */
  readonly type: string;
  /**
   * Parameters of the cache (`type=<type>,<key>=<value>,...`).
   * @default - no parameters
   */
  readonly params?: { [key: string]: string };
}

/** Options of a Docker image asset. */
export interface DockerImageAssetOptions extends FileFingerprintOptions {
  /**
   * A name for the asset that stays the same across its revisions (needed by the
   * AppScopedStagingSynthesizer).
   * @default - no asset name
   */
  readonly assetName?: string;
  /**
   * Build arguments (`--build-arg`); tokens are not allowed, the image is built before deployment.
   * @default - no build arguments
   */
  readonly buildArgs?: { [key: string]: string };
  /**
   * Named build contexts (`--build-context name=location`).
   * @default - no extra build contexts
   */
  readonly buildContexts?: { [key: string]: string };
  /**
   * Build secrets (`--secret id=<key>,<value>`), for example `DockerBuildSecret.fromSrc(file)`.
   * @default - no build secrets
   */
  readonly buildSecrets?: { [key: string]: string };
  /**
   * SSH agent socket or keys (`--ssh`).
   * @default - no SSH
   */
  readonly buildSsh?: string;
  /**
   * Build without the cache (`--no-cache`).
   * @default - the cache is used
   */
  readonly cacheDisabled?: boolean;
  /**
   * Caches to import layers from (`--cache-from`).
   * @default - no cache sources
   */
  readonly cacheFrom?: DockerCacheOption[];
  /**
   * Where to export the build cache (`--cache-to`).
   * @default - the cache is not exported
   */
  readonly cacheTo?: DockerCacheOption;
  /**
   * The name shown for the asset by the CLI while it builds and publishes assets.
   * @default - the construct path of the asset, relative to its stack
   */
  readonly displayName?: string;
  /**
   * The Dockerfile, relative to `directory`.
   * @default 'Dockerfile'
   */
  readonly file?: string;
  /**
   * Which options take part in the image hash.
   * @default - all of them
   */
  readonly invalidation?: DockerImageAssetInvalidationOptions;
  /**
   * The network the RUN instructions use (`--network`).
   * @default - the Docker daemon's default network
   */
  readonly networkMode?: NetworkMode;
  /**
   * Build outputs (`--output`).
   * @default - no outputs
   */
  readonly outputs?: string[];
  /**
   * The platform to build for (`--platform`).
   * @default - the platform of the machine that builds
   */
  readonly platform?: Platform;
  /**
   * The build stage to build (`--target`).
   * @default - the last stage
   */
  readonly target?: string;
}

/** Properties of a Docker image asset. */
export interface DockerImageAssetProps extends DockerImageAssetOptions {
  /** The build context: a directory with the Dockerfile. */
  readonly directory: string;
}
