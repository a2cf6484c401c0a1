import type { Construct } from 'constructs';
import type * as ecr from '../aws-ecr';
import type { DockerImageAsset, DockerImageAssetOptions } from '../aws-ecr-assets';
import * as iam from '../aws-iam';
import { CfnResource, Stack, ValidationError } from '../core';
import { Code, CodeConfig, ResourceBindOptions } from './code';
import { dockerImageAssetClass } from './private/asset-modules';

/** Which image of an ECR repository to run, and how. */
export interface EcrImageCodeProps {
  /**
   * The command to run, replacing the image's CMD.
   * @default - the image's CMD
   */
  readonly cmd?: string[];

  /**
   * The entry point, replacing the image's ENTRYPOINT.
   * @default - the image's ENTRYPOINT
   */
  readonly entrypoint?: string[];

  /**
   * The working directory, replacing the image's WORKDIR.
   * @default - the image's WORKDIR
   */
  readonly workingDirectory?: string;

  /**
   * The tag of the image.
   * @default 'latest'
   * @deprecated use `tagOrDigest`
   */
  readonly tag?: string;

  /**
   * The tag of the image, or its digest (`sha256:...`).
   * @default 'latest'
   */
  readonly tagOrDigest?: string;
}

/** Function code that is an image in an ECR repository; binding it allows Lambda to pull from the repository. */
export class EcrImageCode extends Code {
  /** Determines whether this Code is inline code or not. */
  public readonly isInline: boolean = false;

  constructor(private readonly repository: ecr.IRepository, private readonly props: EcrImageCodeProps = {}) {
    super();
  }

  public bind(_scope: Construct): CodeConfig {
    this.repository.grantPull(new iam.ServicePrincipal('lambda.amazonaws.com'));
    return {
      image: {
        imageUri: this.repository.repositoryUriForTagOrDigest(this.props.tagOrDigest ?? this.props.tag ?? 'latest'),
        cmd: this.props.cmd,
        entrypoint: this.props.entrypoint,
        workingDirectory: this.props.workingDirectory,
      },
    };
  }
}

/** How to build an image asset, and how to run the image. */
export interface AssetImageCodeProps extends DockerImageAssetOptions {
  /**
   * The command to run, replacing the image's CMD.
   * @default - the image's CMD
   */
  readonly cmd?: string[];

  /**
   * The entry point, replacing the image's ENTRYPOINT.
   * @default - the image's ENTRYPOINT
   */
  readonly entrypoint?: string[];

  /**
   * The working directory, replacing the image's WORKDIR.
   * @default - the image's WORKDIR
   */
  readonly workingDirectory?: string;
}

/**
 * Function code that is an image built from a local directory and published to the bootstrap ECR repository. The
 * image asset is created on the first bind, under the function, and reused by later binds in the same stack.
 */
export class AssetImageCode extends Code {
  /** Determines whether this Code is inline code or not. */
  public readonly isInline: boolean = false;
  private asset?: DockerImageAsset;

  /**
   * @param directory the directory with the Dockerfile (the build context)
   * @param props how to build the image, and how to run it
   */
  constructor(private readonly directory: string, private readonly props: AssetImageCodeProps) {
    super();
  }

  public bind(scope: Construct): CodeConfig {
    const { cmd, entrypoint, workingDirectory, ...assetProps } = this.props;
    if (!this.asset) {
      const DockerImageAsset = dockerImageAssetClass();
      this.asset = new DockerImageAsset(scope, 'AssetImage', { directory: this.directory, ...assetProps });
      this.asset.repository.grantPull(new iam.ServicePrincipal('lambda.amazonaws.com'));
    } else if (Stack.of(this.asset) !== Stack.of(scope)) {
      throw new ValidationError(`The image asset '${this.directory}' is already used in stack ${Stack.of(this.asset).node.path}; `
        + 'an AssetImageCode belongs to one stack: call Code.fromAssetImage() again for each stack', scope);
    }
    return { image: { imageUri: this.asset.imageUri, cmd, entrypoint, workingDirectory } };
  }

  public override bindToResource(resource: CfnResource, options: ResourceBindOptions = {}): void {
    if (!this.asset) {
      throw new ValidationError('AssetImageCode.bindToResource() was called before bind(): bind the code to the function first', resource);
    }
    this.asset.addResourceMetadata(resource, options.resourceProperty ?? 'Code.ImageUri');
  }
}
