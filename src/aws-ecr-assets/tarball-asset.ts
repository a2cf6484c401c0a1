import * as fs from 'fs';
import * as path from 'path';
import { Construct } from 'constructs';
import * as ecr from '../aws-ecr';
import { Stack, ValidationError } from '../core';
import { IAsset } from '../core/assets/asset-options';
import { stackRelativePath } from '../core/assets/asset-resource-metadata';
import { AssetStaging } from '../core/assets/asset-staging';

/** The `sed` expression that keeps the image name from the last line `docker load` prints. */
export const DOCKER_LOAD_OUTPUT_REGEX = 's/Loaded image[^:]*: //g';

/** Properties of a tarball image asset. */
export interface TarballImageAssetProps {
  /** The image tarball, as written by `docker save`. */
  readonly tarballFile: string;
  /**
   * The name shown for the asset by the CLI while it builds and publishes assets.
   * @default - the construct path of the asset, relative to its stack
   */
  readonly displayName?: string;
}

/**
 * A Docker image from a tarball (`docker save`): the CLI loads it with `docker load` at deployment
 * and pushes it to the bootstrap repository, tagged with the asset hash.
 */
export class TarballImageAsset extends Construct implements IAsset {
  /** The full URI of the image, tag included. */
  public imageUri: string;
  /** The tag of the image in the repository. */
  public imageTag: string;
  /** The repository the image is pushed to. */
  public repository: ecr.IRepository;
  /** The asset hash: the fingerprint of the tarball. */
  public readonly assetHash: string;
  /**
   * The asset hash.
   * @deprecated use assetHash
   */
  public readonly sourceHash: string;

  constructor(scope: Construct, id: string, props: TarballImageAssetProps) {
    super(scope, id);
    const tarball = path.resolve(props.tarballFile);
    if (!fs.existsSync(tarball)) {
      throw new ValidationError(`Cannot find file at ${tarball}`, this);
    }
    const staging = new AssetStaging(this, 'Staging', { sourcePath: tarball });
    this.assetHash = staging.assetHash;
    this.sourceHash = staging.assetHash;

    const stack = Stack.of(this);
    const stagedTarball = staging.relativeStagedPath(stack);
    const location = stack.synthesizer.addDockerImageAsset({
      sourceHash: staging.assetHash,
      // The script receives the tarball as $1, so its path needs no quoting inside the command.
      executable: ['sh', '-c', `docker load -i "$1" | tail -n 1 | sed "${DOCKER_LOAD_OUTPUT_REGEX}"`, 'cdk-tarball-image-asset', stagedTarball],
      displayName: props.displayName ?? stackRelativePath(this),
    });
    this.repository = ecr.Repository.fromRepositoryName(this, 'Repository', location.repositoryName);
    this.imageUri = location.imageUri;
    this.imageTag = location.imageTag ?? this.assetHash;
  }
}
