import type { Construct } from 'constructs';
import type * as ecr from '../aws-ecr';
import * as iam from '../aws-iam';
import { CfnResource, ValidationError } from '../core';
import { Code, CodeConfig, ResourceBindOptions } from './code';
import { DockerImageAsset, DockerImageAssetOptions, ecrAssetsModule } from './private/asset-modules';

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

/** Function code that is an image built from a local directory and published to the bootstrap ECR repository. */
export class AssetImageCode extends Code {
  /** Determines whether this Code is inline code or not. */
  public readonly isInline: boolean = false;
  private asset?: DockerImageAsset;

  constructor(private readonly directory: string, private readonly props: AssetImageCodeProps) {
    super();
  }

  public bind(scope: Construct): CodeConfig {
    const { cmd, entrypoint, workingDirectory, ...assetProps } = this.props;
    const asset = new (ecrAssetsModule().DockerImageAsset)(scope, 'AssetImage', { directory: this.directory, ...assetProps });
    asset.repository.grantPull(new iam.ServicePrincipal('lambda.amazonaws.com'));
    this.asset = asset;
    return { image: { imageUri: asset.imageUri, cmd, entrypoint, workingDirectory } };
  }

  public override bindToResource(resource: CfnResource, options: ResourceBindOptions = {}): void {
    if (!this.asset) {
      throw new ValidationError('AssetImageCode.bindToResource() was called before bind(): bind the code to the function first', resource);
    }
    this.asset.addResourceMetadata(resource, options.resourceProperty ?? 'Code.ImageUri');
  }
}
