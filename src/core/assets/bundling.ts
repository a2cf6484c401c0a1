import type { DockerImage } from './docker-image';

/** How the bundling output is turned into the asset. */
export enum BundlingOutput {
  /**
   * The output directory holds a single archive file (`.zip`, `.jar`, `.tar`, `.tgz`, `.tar.gz`),
   * which is uploaded as it is.
   */
  ARCHIVED = 'archived',
  /** The output directory is zipped and the zip is uploaded. */
  NOT_ARCHIVED = 'not-archived',
  /** A single archive file is used as it is; anything else is zipped (the default). */
  AUTO_DISCOVER = 'auto-discover',
  /** The output directory holds a single file, which is uploaded as it is (not zipped). */
  SINGLE_FILE = 'single-file',
}

/** How the asset source and the bundling output reach the bundling container. */
export enum BundlingFileAccess {
  /**
   * Through Docker volumes the files are copied into and out of (for remote Docker daemons and
   * Docker-in-Docker, where bind mounts do not see the local files).
   */
  VOLUME_COPY = 'VOLUME_COPY',
  /** Through bind mounts of the local folders (the default). */
  BIND_MOUNT = 'BIND_MOUNT',
}

/** Consistency guarantees of a Docker volume mount (meaningful on macOS). */
export enum DockerVolumeConsistency {
  /** The container and the host see the same content at all times. */
  CONSISTENT = 'consistent',
  /** The container's view is authoritative: updates may reach the host later. */
  DELEGATED = 'delegated',
  /** The host's view is authoritative: updates may reach the container later. */
  CACHED = 'cached',
}

/** A Docker volume mounted into a container. */
export interface DockerVolume {
  /** The path of the file or directory on the host. */
  readonly hostPath: string;
  /** Where it is mounted in the container. */
  readonly containerPath: string;
  /**
   * The consistency of the mount.
   * @default DockerVolumeConsistency.DELEGATED
   */
  readonly consistency?: DockerVolumeConsistency;
}

/** A cache source or destination of `docker build` (`--cache-from` / `--cache-to`). */
export interface DockerCacheOption {
  /** The cache type, such as `registry`, `local`, `inline`, `gha` or `s3`. */
  readonly type: string;
  /**
   * Parameters of the cache, rendered as `type=<type>,<key>=<value>,...`.
   * @default - no parameters
   */
  readonly params?: { [key: string]: string };
}

/** Options for `docker run`. */
export interface DockerRunOptions {
  /**
   * The entrypoint to run in the container.
   * @default - the entrypoint of the image
   */
  readonly entrypoint?: string[];
  /**
   * The command to run in the container.
   * @default - the command of the image
   */
  readonly command?: string[];
  /**
   * Docker volumes to mount.
   * @default - no volumes are mounted
   */
  readonly volumes?: DockerVolume[];
  /**
   * Containers whose volumes are mounted too (`--volumes-from`).
   * @default - none
   */
  readonly volumesFrom?: string[];
  /**
   * Environment variables of the container.
   * @default - no environment variables
   */
  readonly environment?: { [key: string]: string };
  /**
   * The working directory in the container.
   * @default - the working directory of the image
   */
  readonly workingDirectory?: string;
  /**
   * The user to run as (`name|uid[:group|gid]`).
   * @default - the user of the image
   */
  readonly user?: string;
  /**
   * Security options (`--security-opt`).
   * @default - none
   */
  readonly securityOpt?: string;
  /**
   * The network the container joins (`--network`).
   * @default - the Docker default network
   */
  readonly network?: string;
  /**
   * The platform to run on (`--platform`), such as `linux/amd64`.
   * @default - the platform of the Docker host
   */
  readonly platform?: string;
}

/** Options for building a Docker image. */
export interface DockerBuildOptions {
  /**
   * Build arguments (`--build-arg`).
   * @default - no build arguments
   */
  readonly buildArgs?: { [key: string]: string };
  /**
   * The Dockerfile, relative to the build directory.
   * @default 'Dockerfile'
   */
  readonly file?: string;
  /**
   * The platform to build for (`--platform`).
   * @default - the platform of the Docker host
   */
  readonly platform?: string;
  /**
   * The build stage to build (`--target`).
   * @default - the last stage
   */
  readonly targetStage?: string;
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
   * Build without the cache (`--no-cache`).
   * @default false
   */
  readonly cacheDisabled?: boolean;
  /**
   * The network used by the RUN instructions of the build (`--network`).
   * @default - the Docker default network
   */
  readonly network?: string;
}

/** Bundling done on the local machine instead of in Docker. */
export interface ILocalBundling {
  /**
   * Bundles the asset into `outputDir`.
   * @param outputDir the directory the bundled asset must be written to
   * @param options the bundling options of the asset
   * @returns true when the asset was bundled, false to fall back to Docker
   */
  tryBundle(outputDir: string, options: BundlingOptions): boolean;
}

/** How to bundle an asset: in a Docker container (the source at `/asset-input`, the output at `/asset-output`), or locally. */
export interface BundlingOptions {
  /** The Docker image the bundling command runs in. */
  readonly image: DockerImage;
  /**
   * The entrypoint of the container.
   * @default - the entrypoint of the image
   */
  readonly entrypoint?: string[];
  /**
   * The command that bundles the asset: it reads `/asset-input` and writes `/asset-output`.
   * @default - the command of the image
   */
  readonly command?: string[];
  /**
   * More Docker volumes to mount.
   * @default - no extra volumes
   */
  readonly volumes?: DockerVolume[];
  /**
   * Containers whose volumes are mounted too (`--volumes-from`).
   * @default - none
   */
  readonly volumesFrom?: string[];
  /**
   * Environment variables of the container.
   * @default - no environment variables
   */
  readonly environment?: { [key: string]: string };
  /**
   * The working directory in the container.
   * @default /asset-input
   */
  readonly workingDirectory?: string;
  /**
   * The user the command runs as.
   * @default - the uid:gid of the current user, or 1000:1000 on Windows
   */
  readonly user?: string;
  /**
   * Local bundling, tried before Docker.
   * @default - bundling runs in Docker only
   */
  readonly local?: ILocalBundling;
  /**
   * How the output is turned into the asset.
   * @default BundlingOutput.AUTO_DISCOVER
   */
  readonly outputType?: BundlingOutput;
  /**
   * Security options of the container (`--security-opt`).
   * @default - none
   */
  readonly securityOpt?: string;
  /**
   * The network the container joins (`--network`).
   * @default - the Docker default network
   */
  readonly network?: string;
  /**
   * How the source and output reach the container.
   * @default BundlingFileAccess.BIND_MOUNT
   */
  readonly bundlingFileAccess?: BundlingFileAccess;
  /**
   * The platform the container runs on (`--platform`).
   * @default - the platform of the Docker host
   */
  readonly platform?: string;
}
