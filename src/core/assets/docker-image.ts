import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { UnscopedValidationError } from '../errors';
import { DockerBuildOptions, DockerCacheOption, DockerRunOptions, DockerVolumeConsistency } from './bundling';
import { DockerCommandError, DockerOutput, dockerSucceeds, runDocker } from './docker-cli';
import { fingerprint } from './fingerprint';

/**
 * A Docker image used for asset bundling.
 * @deprecated use DockerImage
 */
export class BundlingDockerImage {
  /**
   * An image from a registry (Docker Hub by default).
   * @param image the image name, with a tag or digest when wanted
   * @deprecated use DockerImage.fromRegistry
   */
  public static fromRegistry(image: string): DockerImage {
    return new DockerImage(image);
  }

  /**
   * An image built from a local directory with a Dockerfile.
   * @param path the build context
   * @param options how to build the image
   * @deprecated use DockerImage.fromBuild
   */
  public static fromAsset(path: string, options: DockerBuildOptions = {}): BundlingDockerImage {
    return DockerImage.fromBuild(path, options);
  }

  /**
   * @param image the name of the image
   * @param _imageHash what the image stands for in asset hashes (the build's fingerprint); the name by default
   */
  protected constructor(public readonly image: string, private readonly _imageHash?: string) { }

  /** What the image contributes when bundling options are written as JSON (for asset hashes). */
  public toJSON(): string {
    return this._imageHash ?? this.image;
  }

  /**
   * Runs the image (`docker run --rm`), its output shown on stderr.
   * @param options what to run and how
   */
  public run(options: DockerRunOptions = {}): void {
    runDocker(dockerRunArguments(this.image, options), DockerOutput.SHOW);
  }

  /**
   * Copies a file or directory out of the image.
   * @param imagePath the path in the image
   * @param outputPath where to put it
   * @returns the destination path (a new temporary directory when `outputPath` is not given)
   */
  public cp(imagePath: string, outputPath?: string): string {
    const containerId = parseContainerId(runDocker(['create', this.image], DockerOutput.CAPTURE), this.image);
    const destination = outputPath ?? fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-docker-cp-'));
    try {
      runDocker(['cp', `${containerId}:${imagePath}`, destination], DockerOutput.SHOW);
      return destination;
    } catch (e) {
      throw new UnscopedValidationError(`Failed to copy ${imagePath} out of image ${this.image} to ${destination}: ${(e as Error).message}`);
    } finally {
      runDocker(['rm', '-v', containerId], DockerOutput.DISCARD);
    }
  }
}

/** A Docker image: from a registry, or built from a local Dockerfile. */
export class DockerImage extends BundlingDockerImage {
  /**
   * An image built from a local directory with a Dockerfile. The image is built at once, unless an
   * image built from the same content and options exists already (it is tagged `cdk-<fingerprint>`).
   * @param path the build context
   * @param options how to build the image
   */
  public static fromBuild(path: string, options: DockerBuildOptions = {}): DockerImage {
    // Named by content and options, so an unchanged build is not run twice.
    const imageHash = fingerprint(path, { extraHash: JSON.stringify(options) });
    const tag = `cdk-${imageHash}`;
    if (!dockerSucceeds(['image', 'inspect', tag])) {
      try {
        runDocker(dockerBuildArguments(tag, path, options), DockerOutput.SHOW);
      } catch (e) {
        const message = e instanceof DockerCommandError ? e.message : String(e);
        throw new UnscopedValidationError(`Failed to build the Docker image in ${path}: ${message}`);
      }
    }
    return new DockerImage(tag, imageHash);
  }

  /**
   * An image from a registry (Docker Hub by default).
   * @param image the image name, with a tag or digest when wanted
   */
  public static override fromRegistry(image: string): DockerImage {
    return new DockerImage(image);
  }

  /**
   * @param image the name of the image
   * @param _imageHash what the image stands for in asset hashes; the name by default
   */
  constructor(image: string, _imageHash?: string) {
    super(image, _imageHash);
  }
}

/** Build secrets for `docker build`. */
export class DockerBuildSecret {
  /**
   * A secret read from a local file (`src=<path>`).
   * @param src the path of the file holding the secret
   */
  public static fromSrc(src: string): string {
    return `src=${src}`;
  }
}

/** The arguments of `docker run` for an image, in the order aws-cdk-lib passes them. */
export function dockerRunArguments(image: string, options: DockerRunOptions): string[] {
  const args = ['run', '--rm'];
  if (options.securityOpt) { args.push('--security-opt', options.securityOpt); }
  if (options.network) { args.push('--network', options.network); }
  if (options.platform) { args.push('--platform', options.platform); }
  if (options.user) { args.push('-u', options.user); }
  for (const from of options.volumesFrom ?? []) { args.push('--volumes-from', from); }
  for (const volume of options.volumes ?? []) {
    args.push('-v', `${volume.hostPath}:${volume.containerPath}:${volume.consistency ?? DockerVolumeConsistency.DELEGATED}`);
  }
  for (const [name, value] of Object.entries(options.environment ?? {})) { args.push('--env', `${name}=${value}`); }
  if (options.workingDirectory) { args.push('-w', options.workingDirectory); }
  const [entrypoint, ...entrypointArgs] = options.entrypoint ?? [];
  if (entrypoint !== undefined) { args.push('--entrypoint', entrypoint); }
  args.push(image, ...entrypointArgs, ...(options.command ?? []));
  return args;
}

/** The arguments of `docker build`, in the order aws-cdk-lib passes them. */
export function dockerBuildArguments(tag: string, buildPath: string, options: DockerBuildOptions): string[] {
  const args = ['build', '-t', tag];
  if (options.file) { args.push('-f', path.join(buildPath, options.file)); }
  if (options.platform) { args.push('--platform', options.platform); }
  if (options.network) { args.push('--network', options.network); }
  if (options.targetStage) { args.push('--target', options.targetStage); }
  for (const cache of options.cacheFrom ?? []) { args.push('--cache-from', dockerCacheFlag(cache)); }
  if (options.cacheTo) { args.push('--cache-to', dockerCacheFlag(options.cacheTo)); }
  if (options.cacheDisabled) { args.push('--no-cache'); }
  for (const [name, value] of Object.entries(options.buildArgs ?? {})) { args.push('--build-arg', `${name}=${value}`); }
  args.push(buildPath);
  return args;
}

/** `type=<type>,<key>=<value>,...`, the value of `--cache-from` and `--cache-to`. */
export function dockerCacheFlag(cache: DockerCacheOption): string {
  const params = Object.entries(cache.params ?? {}).map(([key, value]) => `,${key}=${value}`).join('');
  return `type=${cache.type}${params}`;
}

function parseContainerId(createOutput: string, image: string): string {
  const lines = createOutput.split(/\r?\n/).map(l => l.trim()).filter(l => l !== '');
  const id = lines[lines.length - 1];
  if (id === undefined || !/^[0-9a-f]{12,64}$/.test(id)) {
    throw new UnscopedValidationError(`docker create ${image} did not print a container ID (got ${JSON.stringify(createOutput.slice(0, 200))})`);
  }
  return id;
}
