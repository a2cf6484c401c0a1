import * as fs from 'fs';
import * as path from 'path';
import { Construct } from 'constructs';
import * as ecr from '../aws-ecr';
import { CfnResource, DockerImageAssetSource, Stack, Token, UnscopedValidationError, ValidationError } from '../core';
// Until the core index names them (they are core's public API in aws-cdk-lib).
import { IAsset } from '../core/assets/asset-options';
import { addAssetResourceMetadata, stackRelativePath } from '../core/assets/asset-resource-metadata';
import { AssetStaging } from '../core/assets/asset-staging';
import { imageAssetExclusions, imageAssetExtraHash } from './image-asset-hash';
import { DockerImageAssetProps } from './image-asset-options';

/**
 * A Docker image built from a local directory with a Dockerfile. The build context is fingerprinted
 * and staged into the cloud assembly; the CLI builds the image and pushes it to the bootstrap
 * repository at deployment, tagged with the asset hash.
 */
export class DockerImageAsset extends Construct implements IAsset {
  /** The full URI of the image, tag included: for ECS tasks or Lambda image functions. */
  public imageUri: string;
  /** The tag of the image in the repository. */
  public imageTag: string;
  /** The repository the image is pushed to. */
  public repository: ecr.IRepository;
  /** The asset hash: it changes exactly when the build context or the build options change. */
  public readonly assetHash: string;
  /**
   * The asset hash.
   * @deprecated use assetHash
   */
  public readonly sourceHash: string;

  private readonly assetPath: string;
  private readonly props: DockerImageAssetProps;

  constructor(scope: Construct, id: string, props: DockerImageAssetProps) {
    super(scope, id);
    this.props = props;
    const directory = path.resolve(props.directory);
    if (!fs.existsSync(directory)) {
      throw new ValidationError(`Cannot find image directory at ${directory}`, this);
    }
    const dockerfile = path.join(directory, props.file ?? 'Dockerfile');
    if (!fs.existsSync(dockerfile)) {
      throw new ValidationError(`Cannot find file at ${dockerfile}${props.file === undefined ? ' (set `file` when the Dockerfile has another name)' : ''}`, this);
    }
    refuseTokens('buildArgs', props.buildArgs);
    refuseTokens('buildSecrets', props.buildSecrets);
    refuseTokens('buildContexts', props.buildContexts);

    const { exclude, ignoreMode } = imageAssetExclusions(directory, props);
    const staging = new AssetStaging(this, 'Staging', {
      sourcePath: directory,
      exclude,
      ignoreMode,
      follow: props.followSymlinks,
      extraHash: imageAssetExtraHash(props),
    });
    this.assetHash = staging.assetHash;
    this.sourceHash = staging.assetHash;

    const stack = Stack.of(this);
    this.assetPath = staging.relativeStagedPath(stack);
    // assetName and dockerBuildContexts pass through to synthesizers that know them.
    const source: DockerImageAssetSource & { assetName?: string; dockerBuildContexts?: { [key: string]: string } } = {
      sourceHash: staging.assetHash,
      assetName: props.assetName,
      directoryName: this.assetPath,
      dockerBuildArgs: props.buildArgs,
      dockerBuildContexts: props.buildContexts,
      dockerBuildSecrets: props.buildSecrets,
      dockerBuildSsh: props.buildSsh,
      dockerBuildTarget: props.target,
      dockerFile: props.file,
      networkMode: props.networkMode?.mode,
      platform: props.platform?.platform,
      dockerOutputs: props.outputs,
      dockerCacheFrom: props.cacheFrom,
      dockerCacheTo: props.cacheTo,
      dockerCacheDisabled: props.cacheDisabled,
      displayName: props.displayName ?? stackRelativePath(this),
    };
    const location = stack.synthesizer.addDockerImageAsset(source);
    this.repository = ecr.Repository.fromRepositoryName(this, 'Repository', location.repositoryName);
    this.imageUri = location.imageUri;
    this.imageTag = location.imageTag ?? this.assetHash;
  }

  /**
   * Records on `resource` where its image is built from (`aws:asset:*` metadata), for tools such as
   * the SAM CLI. Only done when the context `aws:cdk:enable-asset-metadata` is set, as the CDK CLI does.
   * @param resource the resource that uses the image
   * @param resourceProperty the property of the resource the image is used in
   */
  public addResourceMetadata(resource: CfnResource, resourceProperty: string): void {
    const props = this.props;
    addAssetResourceMetadata(this, resource, {
      'aws:asset:path': this.assetPath,
      'aws:asset:dockerfile-path': props.file ?? 'Dockerfile',
      'aws:asset:docker-build-args': props.buildArgs,
      'aws:asset:docker-build-contexts': props.buildContexts,
      'aws:asset:docker-build-secrets': props.buildSecrets,
      'aws:asset:docker-build-ssh': props.buildSsh,
      'aws:asset:docker-build-target': props.target,
      'aws:asset:property': resourceProperty,
      'aws:asset:docker-outputs': props.outputs,
      'aws:asset:docker-cache-from': props.cacheFrom,
      'aws:asset:docker-cache-to': props.cacheTo,
      'aws:asset:docker-cache-disabled': props.cacheDisabled,
    });
  }
}

/** Build options are used when the image is built, before deployment: deploy-time values cannot be known. */
function refuseTokens(property: string, values: { [key: string]: string } | undefined): void {
  for (const [key, value] of Object.entries(values ?? {})) {
    if (Token.isUnresolved(key) || Token.isUnresolved(value)) {
      throw new UnscopedValidationError(`Cannot use tokens in keys or values of "${property}" since they are needed before deployment (got ${key}=${value})`);
    }
  }
}
