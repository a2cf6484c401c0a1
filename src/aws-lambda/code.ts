/* eslint-disable @typescript-eslint/no-require-imports */
// The factories load their subclasses on first use: the subclasses extend Code, so importing them here at load
// time would be a cycle, and most apps touch one or two kinds of code only.
import type { SpawnSyncOptions } from 'child_process';
import type { Construct } from 'constructs';
import type * as ecr from '../aws-ecr';
import type * as s3 from '../aws-s3';
import type { AssetOptions } from '../aws-s3-assets';
import { CfnResource, DockerBuildOptions, DockerImage, UnscopedValidationError } from '../core';
import { Handler } from './handler';
import { Runtime } from './runtime';
import type { AssetCode } from './code-asset';
import type { CfnParametersCode, CfnParametersCodeProps } from './code-cfn-parameters';
import type { AssetImageCode, AssetImageCodeProps, EcrImageCode, EcrImageCodeProps } from './code-image';
import type { InlineCode } from './code-inline';
import type { BucketOptions, S3Code, S3CodeV2, S3ObjectStorageMode } from './code-s3';

/** Options for `Code.fromCustomCommand`. */
export interface CustomCommandOptions extends AssetOptions {
  /**
   * Options for `child_process.spawnSync`, which runs the command (e.g. `cwd`, `env`).
   * @default - none
   */
  readonly commandOptions?: { [options: string]: any };
}

/** Options for `Code.fromDockerBuild`: how to build the image, and where the code is in it. */
export interface DockerBuildAssetOptions extends DockerBuildOptions {
  /**
   * Where the code is in the built image; its content is copied out.
   * @default /asset
   */
  readonly imagePath?: string;

  /**
   * The local directory the code is copied to (`docker cp` creates it when its parent exists).
   * @default - a new temporary directory
   */
  readonly outputPath?: string;
}

/** The code of a Lambda function or layer: where it lives and how it is handed to CloudFormation. */
export abstract class Code {
  /**
   * Code in a zip archive in S3.
   * @param bucket The bucket holding the archive
   * @param key The key of the archive
   * @param objectVersion The version of the object (without one, new uploads do not update the function)
   */
  public static fromBucket(bucket: s3.IBucket, key: string, objectVersion?: string): S3Code {
    const { S3Code: S3CodeClass } = require('./code-s3') as typeof import('./code-s3');
    return new S3CodeClass(bucket, key, objectVersion);
  }

  /**
   * Code in a zip archive in S3, with its version, the KMS key that encrypts it and how Lambda stores it.
   * @param bucket The bucket holding the archive
   * @param key The key of the archive
   * @param options Version, key and storage mode
   */
  public static fromBucketV2(bucket: s3.IBucket, key: string, options?: BucketOptions): S3CodeV2 {
    const { S3CodeV2: S3CodeV2Class } = require('./code-s3') as typeof import('./code-s3');
    return new S3CodeV2Class(bucket, key, options);
  }

  /**
   * Code written into the template (`ZipFile`); only runtimes with `supportsInlineCode` accept it.
   * @param code The source of the handler
   */
  public static fromInline(code: string): InlineCode {
    const { InlineCode: InlineCodeClass } = require('./code-inline') as typeof import('./code-inline');
    return new InlineCodeClass(code);
  }

  /**
   * Code from a local directory (zipped) or `.zip` file, uploaded as an asset.
   * @param path The directory or the .zip file
   */
  public static fromAsset(path: string, options?: AssetOptions): AssetCode {
    const { AssetCode: AssetCodeClass } = require('./code-asset') as typeof import('./code-asset');
    return new AssetCodeClass(path, options);
  }

  /**
   * Code built by a command you give, run now (when this method is called); its output is used as asset code.
   * @param output The directory or .zip file the command writes
   * @param command The program and its arguments, e.g. `['node', 'build.js']`
   * @param options Options for running the command and for the asset
   */
  public static fromCustomCommand(output: string, command: string[], options: CustomCommandOptions = {}): AssetCode {
    const { runCustomCommand } = require('./private/custom-command') as typeof import('./private/custom-command');
    runCustomCommand(command, options.commandOptions as SpawnSyncOptions | undefined);
    const { commandOptions: _ignored, ...assetOptions } = options;
    return Code.fromAsset(output, assetOptions);
  }

  /**
   * Code copied out of a Docker image built now (from `imagePath`, `/asset` by default), used as asset code.
   * @param path The directory with the Dockerfile
   * @param options Build options and where the code is in the image
   */
  public static fromDockerBuild(path: string, options: DockerBuildAssetOptions = {}): AssetCode {
    // All the options name the image (imagePath and outputPath included), as aws-cdk-lib names it.
    const image = DockerImage.fromBuild(path, options);
    return Code.fromAsset(image.cp(directoryContent(options.imagePath ?? '/asset'), options.outputPath));
  }

  /**
   * Code in S3 whose bucket and key are CloudFormation parameters, given at deployment (e.g. by a pipeline).
   * @param props the parameters to use (created under the function when not given)
   */
  public static fromCfnParameters(props?: CfnParametersCodeProps): CfnParametersCode {
    const { CfnParametersCode: CfnParametersCodeClass } = require('./code-cfn-parameters') as typeof import('./code-cfn-parameters');
    return new CfnParametersCodeClass(props);
  }

  /**
   * A container image in an ECR repository (Lambda is allowed to pull it).
   * @param repository the repository of the image
   * @param props which image, and how to run it
   */
  public static fromEcrImage(repository: ecr.IRepository, props?: EcrImageCodeProps): EcrImageCode {
    const { EcrImageCode: EcrImageCodeClass } = require('./code-image') as typeof import('./code-image');
    return new EcrImageCodeClass(repository, props);
  }

  /**
   * A container image built from a local directory and published as an asset.
   * @param directory the directory with the Dockerfile
   * @param props build options, and how to run the image
   */
  public static fromAssetImage(directory: string, props: AssetImageCodeProps = {}): AssetImageCode {
    const { AssetImageCode: AssetImageCodeClass } = require('./code-image') as typeof import('./code-image');
    return new AssetImageCodeClass(directory, props);
  }

  /**
   * Called once per function or layer using the code, before its resource exists: create what the code needs (an
   * asset, parameters) under `scope` and say where the code is.
   * @param scope the function or layer (use it only as a construct scope)
   */
  public abstract bind(scope: Construct): CodeConfig;

  /**
   * Called with the function or layer resource once it exists: assets record their origin on it (for tools such as
   * the SAM CLI), and S3 REFERENCE code adds the policies Lambda needs.
   */
  public bindToResource(_resource: CfnResource, _options?: ResourceBindOptions): void {
    return;
  }
}

/** `docker cp` copies a directory's content, not the directory itself, when its source path ends in `/.`. */
function directoryContent(imagePath: string): string {
  if (imagePath.endsWith('/.')) { return imagePath; }
  return imagePath.endsWith('/') ? `${imagePath}.` : `${imagePath}/.`;
}

/** Where bound code lives: exactly one of an S3 location, inline code and an image. */
export interface CodeConfig {
  /**
   * The S3 object holding the code.
   * @default - the code is not in S3
   */
  readonly s3Location?: s3.Location;

  /**
   * The source of inline code.
   * @default - the code is not inline
   */
  readonly inlineCode?: string;

  /**
   * The container image and how to run it.
   * @default - the code is not an image
   */
  readonly image?: CodeImageConfig;

  /**
   * The KMS key that encrypts the code archive.
   * @default - S3's default encryption
   */
  readonly sourceKMSKeyArn?: string;

  /**
   * How Lambda stores the code: a copy (COPY) or a reference to the S3 object (REFERENCE).
   * @default - COPY (not rendered)
   */
  readonly s3ObjectStorageMode?: S3ObjectStorageMode;
}

/** A container image as function code. */
export interface CodeImageConfig {
  /** The URI of the image. */
  readonly imageUri: string;

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

/** Optional parameters for `Code.bindToResource`. */
export interface ResourceBindOptions {
  /**
   * The property of the resource that holds the code (named in asset metadata).
   * @default Code
   */
  readonly resourceProperty?: string;
}

/** What `verifyCodeConfig` needs to know about the function the code is bound to. */
export interface CodeVerificationProps {
  /** The function's handler. */
  readonly handler: string;
  /** The function's runtime. */
  readonly runtime: Runtime;
}

/**
 * Check that bound code is usable by a function: exactly one kind of code; image code exactly when the handler and
 * runtime are `FROM_IMAGE`; inline code only for runtimes that support it.
 */
export function verifyCodeConfig(code: CodeConfig, props: CodeVerificationProps): void {
  const kinds = [code.inlineCode, code.s3Location, code.image].filter(kind => kind !== undefined && kind !== null && kind !== '');
  if (kinds.length !== 1) {
    throw new UnscopedValidationError(`The bound lambda.Code must give exactly one of inlineCode, s3Location or image, got ${kinds.length}`);
  }
  const isImage = code.image !== undefined;
  if (isImage && props.handler !== Handler.FROM_IMAGE) {
    throw new UnscopedValidationError(`handler must be Handler.FROM_IMAGE when the code is a container image, got '${props.handler}'`);
  }
  if (!isImage && props.handler === Handler.FROM_IMAGE) {
    throw new UnscopedValidationError('handler is Handler.FROM_IMAGE but the code is not a container image: '
      + 'use Code.fromEcrImage or Code.fromAssetImage, or name the handler in the code (e.g. index.handler)');
  }
  if (isImage && props.runtime !== Runtime.FROM_IMAGE) {
    throw new UnscopedValidationError(`runtime must be Runtime.FROM_IMAGE when the code is a container image, got '${props.runtime.name}'`);
  }
  if (!isImage && props.runtime === Runtime.FROM_IMAGE) {
    throw new UnscopedValidationError('runtime is Runtime.FROM_IMAGE but the code is not a container image: '
      + 'use Code.fromEcrImage or Code.fromAssetImage, or choose a runtime such as Runtime.NODEJS_LATEST');
  }
  if (code.inlineCode !== undefined && !props.runtime.supportsInlineCode) {
    const allowed = Runtime.ALL.filter(r => r.supportsInlineCode).map(r => r.name);
    throw new UnscopedValidationError(`Inline code is not supported by runtime '${props.runtime.name}'; `
      + `runtimes that take inline code: ${[...new Set(allowed)].join(', ')}`);
  }
}
