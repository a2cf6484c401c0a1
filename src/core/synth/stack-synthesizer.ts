import type { Stack } from '../stack';

/** Packaging modes for file assets. */
export enum FileAssetPackaging {
  /** Upload the given path as a file, as-is. */
  FILE = 'file',
  /** The given path is a directory: zip it and upload. */
  ZIP_DIRECTORY = 'zip',
}

/** Represents the source for a file asset. */
export interface FileAssetSource {
  /** A hash on the content source; used to identify the asset and as the S3 object name. */
  readonly sourceHash: string;
  /**
   * The path, relative to the root of the cloud assembly, in which this asset source resides.
   * @default - Exactly one of `fileName` and `executable` is required
   */
  readonly fileName?: string;
  /**
   * An external command that will produce the packaged asset (its stdout is the path of the file).
   * @default - Exactly one of `fileName` and `executable` is required
   */
  readonly executable?: string[];
  /**
   * Which type of packaging to perform.
   * @default - Required if `fileName` is specified.
   */
  readonly packaging?: FileAssetPackaging;
  /**
   * Whether or not the asset needs to exist beyond deployment time.
   * @default false
   */
  readonly deployTime?: boolean;
  /**
   * A display name for this asset.
   * @default - The asset hash is used to display the asset
   */
  readonly displayName?: string;
}

/** Represents the source for a docker image asset. */
export interface DockerImageAssetSource {
  /** The hash of the contents of the docker build context. */
  readonly sourceHash: string;
  /**
   * The directory where the Dockerfile is stored, relative to the cloud assembly root.
   * @default - Exactly one of `directoryName` and `executable` is required
   */
  readonly directoryName?: string;
  /**
   * An external command that will produce the packaged asset (its stdout is the image name).
   * @default - Exactly one of `directoryName` and `executable` is required
   */
  readonly executable?: string[];
  /** @default - no build args are passed */
  readonly dockerBuildArgs?: { [key: string]: string };
  /** @default - no additional build contexts */
  readonly dockerBuildContexts?: { [key: string]: string };
  /**
   * A name for the asset: the manifest keys the image entry as `<assetName>-<hash>`.
   * @default - the asset hash alone
   */
  readonly assetName?: string;
  /** @default - no build secrets */
  readonly dockerBuildSecrets?: { [key: string]: string };
  /** @default - no ssh arg is passed */
  readonly dockerBuildSsh?: string;
  /** @default - no target */
  readonly dockerBuildTarget?: string;
  /** @default - no file passed; `Dockerfile` in the directory */
  readonly dockerFile?: string;
  /** @default - no networking mode specified */
  readonly networkMode?: string;
  /** @default - no platform specified */
  readonly platform?: string;
  /** @default - no outputs */
  readonly dockerOutputs?: string[];
  /** @default - no cache from args */
  readonly dockerCacheFrom?: Array<{ readonly type: string; readonly params?: { [key: string]: string } }>;
  /** @default - no cache to args */
  readonly dockerCacheTo?: { readonly type: string; readonly params?: { [key: string]: string } };
  /** @default false */
  readonly dockerCacheDisabled?: boolean;
  /** @default - The asset hash is used to display the asset */
  readonly displayName?: string;
}

/** The location of the published file asset. */
export interface FileAssetLocation {
  /** The name of the Amazon S3 bucket. */
  readonly bucketName: string;
  /** The Amazon S3 object key. */
  readonly objectKey: string;
  /** The HTTP URL of this asset on Amazon S3. */
  readonly httpUrl: string;
  /** The S3 URL of this asset on Amazon S3. */
  readonly s3ObjectUrl: string;
  /**
   * The ARN of the KMS key used to encrypt the file asset bucket, if any.
   * @default - Asset bucket is not encrypted, or decryption permissions are defined by a Key Policy.
   */
  readonly kmsKeyArn?: string;
  /**
   * Like `s3ObjectUrl`, but not suitable for CloudFormation consumption.
   * @default - This feature cannot be used
   */
  readonly s3ObjectUrlWithPlaceholders?: string;
}

/** The location of the published docker image. */
export interface DockerImageAssetLocation {
  /** The URI of the image in Amazon ECR (including a tag). */
  readonly imageUri: string;
  /** The name of the ECR repository. */
  readonly repositoryName: string;
  /**
   * The tag of the image in Amazon ECR.
   * @default - the hash of the asset, or the `dockerTagPrefix` concatenated with the asset hash if a `dockerTagPrefix` is specified in the stack synthesizer
   */
  readonly imageTag?: string;
}

/** Represents a single session of synthesis: where the assembly is being written. */
export interface ISynthesisSession {
  /** The output directory for this synthesis session. */
  readonly outdir: string;
  /** Cloud assembly builder: receives the artifacts this session writes. */
  readonly assembly: IAssemblyBuilder;
  /**
   * Whether the stack should be validated after synthesis to check for error metadata.
   * @default - false
   */
  readonly validateOnSynth?: boolean;
}

/** What a synthesizer can add to the cloud assembly being written. */
export interface IAssemblyBuilder {
  /** The directory the assembly is written into. */
  readonly outdir: string;
  /** Add an artifact to the manifest. */
  addArtifact(id: string, manifest: any): void;
  /** Report a context key that was missing (for the CLI to look up). */
  addMissing(missing: any): void;
}

/** Encodes information how a certain Stack should be deployed. */
export interface IStackSynthesizer {
  /**
   * The qualifier used to bootstrap this stack.
   * @default - no qualifier
   */
  readonly bootstrapQualifier?: string;
  /** Bind to the stack this environment is going to be used on. Must be called before any of the other methods are called. */
  bind(stack: Stack): void;
  /** Register a File Asset: returns the parameters that can be used to refer to the asset inside the template. */
  addFileAsset(asset: FileAssetSource): FileAssetLocation;
  /** Register a Docker Image Asset: returns the parameters that can be used to refer to the asset inside the template. */
  addDockerImageAsset(asset: DockerImageAssetSource): DockerImageAssetLocation;
  /** Synthesize the associated stack to the session (the template has been written already). */
  synthesize(session: ISynthesisSession): void;
}

/** A synthesizer that can add elements to the template before it is rendered (bootstrap checks). @internal */
export interface ITemplatePreparingSynthesizer extends IStackSynthesizer {
  _prepareTemplate(): void;
}

export function isTemplatePreparing(s: IStackSynthesizer): s is ITemplatePreparingSynthesizer {
  return typeof (s as any)._prepareTemplate === 'function';
}
