import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { CfnParameter } from '../cfn/cfn-parameter';
import { CfnRule } from '../cfn/cfn-rule';
import { Fn } from '../cfn/fn';
import { ValidationError } from '../errors';
import { Token } from '../tokens/token';
import type { Stack } from '../stack';
import {
  DockerImageAssetLocation, DockerImageAssetSource, FileAssetLocation, FileAssetPackaging, FileAssetSource,
  ISynthesisSession, ITemplatePreparingSynthesizer,
} from './stack-synthesizer';
import { assemblySchemaVersion } from './schema-version';

/** Configuration properties for DefaultStackSynthesizer. */
export interface DefaultStackSynthesizerProps {
  /**
   * Name of the S3 bucket to hold file assets.
   * @default DefaultStackSynthesizer.DEFAULT_FILE_ASSETS_BUCKET_NAME
   */
  readonly fileAssetsBucketName?: string;
  /**
   * Name of the ECR repository to hold Docker Image assets.
   * @default DefaultStackSynthesizer.DEFAULT_IMAGE_ASSETS_REPOSITORY_NAME
   */
  readonly imageAssetsRepositoryName?: string;
  /**
   * The role to use to publish file assets to the S3 bucket in this environment.
   * @default DefaultStackSynthesizer.DEFAULT_FILE_ASSET_PUBLISHING_ROLE_ARN
   */
  readonly fileAssetPublishingRoleArn?: string;
  /**
   * External ID to use when assuming role for file asset publishing.
   * @default - No external ID
   */
  readonly fileAssetPublishingExternalId?: string;
  /**
   * The role to use to publish image assets to the ECR repository in this environment.
   * @default DefaultStackSynthesizer.DEFAULT_IMAGE_ASSET_PUBLISHING_ROLE_ARN
   */
  readonly imageAssetPublishingRoleArn?: string;
  /**
   * External ID to use when assuming role for image asset publishing.
   * @default - No external ID
   */
  readonly imageAssetPublishingExternalId?: string;
  /**
   * The role to assume to initiate a deployment in this environment.
   * @default DefaultStackSynthesizer.DEFAULT_DEPLOY_ROLE_ARN
   */
  readonly deployRoleArn?: string;
  /**
   * External ID to use when assuming role for cloudformation deployments.
   * @default - No external ID
   */
  readonly deployRoleExternalId?: string;
  /**
   * The role CloudFormation will assume when deploying the Stack.
   * @default DefaultStackSynthesizer.DEFAULT_CLOUDFORMATION_ROLE_ARN
   */
  readonly cloudFormationExecutionRole?: string;
  /**
   * The role to use to look up values from the target AWS account during synthesis.
   * @default DefaultStackSynthesizer.DEFAULT_LOOKUP_ROLE_ARN
   */
  readonly lookupRoleArn?: string;
  /**
   * External ID to use when assuming lookup role.
   * @default - No external ID
   */
  readonly lookupRoleExternalId?: string;
  /**
   * Use the bootstrapped lookup role for (read-only) stack operations.
   * @default true
   */
  readonly useLookupRoleForStackOperations?: boolean;
  /**
   * Qualifier to disambiguate multiple environments in the same account.
   * @default - Value of context key '@aws-cdk/core:bootstrapQualifier' if set, otherwise `DefaultStackSynthesizer.DEFAULT_QUALIFIER`
   */
  readonly qualifier?: string;
  /**
   * Whether to add a Rule to the stack template verifying the bootstrap stack version.
   * @default true
   */
  readonly generateBootstrapVersionRule?: boolean;
  /**
   * bucketPrefix to use while storing S3 Assets.
   * @default - DefaultStackSynthesizer.DEFAULT_FILE_ASSET_PREFIX
   */
  readonly bucketPrefix?: string;
  /**
   * A prefix to use while tagging and uploading Docker images to ECR.
   * @default - DefaultStackSynthesizer.DEFAULT_DOCKER_ASSET_PREFIX
   */
  readonly dockerTagPrefix?: string;
  /**
   * Bootstrap stack version SSM parameter.
   * @default DefaultStackSynthesizer.DEFAULT_BOOTSTRAP_STACK_VERSION_SSM_PARAMETER
   */
  readonly bootstrapStackVersionSsmParameter?: string;
}

interface FileAssetEntry { readonly source: any; readonly destinations: any; readonly displayName?: string }
interface ImageAssetEntry { readonly source: any; readonly destinations: any; readonly displayName?: string }

const MIN_BOOTSTRAP_STACK_VERSION = 6;
const MIN_LOOKUP_ROLE_BOOTSTRAP_STACK_VERSION = 8;

/**
 * Uses conventionally named roles and asset storage locations: the standard bootstrap contract of `cdk bootstrap`.
 */
export class DefaultStackSynthesizer implements ITemplatePreparingSynthesizer {
  /** Default ARN qualifier. */
  public static readonly DEFAULT_QUALIFIER = 'hnb659fds';
  /** Default CloudFormation role ARN. */
  public static readonly DEFAULT_CLOUDFORMATION_ROLE_ARN = 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-${Qualifier}-cfn-exec-role-${AWS::AccountId}-${AWS::Region}';
  /** Default deploy role ARN. */
  public static readonly DEFAULT_DEPLOY_ROLE_ARN = 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-${Qualifier}-deploy-role-${AWS::AccountId}-${AWS::Region}';
  /** Default asset publishing role ARN for file (S3) assets. */
  public static readonly DEFAULT_FILE_ASSET_PUBLISHING_ROLE_ARN = 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-${Qualifier}-file-publishing-role-${AWS::AccountId}-${AWS::Region}';
  /** Default asset publishing role ARN for image (ECR) assets. */
  public static readonly DEFAULT_IMAGE_ASSET_PUBLISHING_ROLE_ARN = 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-${Qualifier}-image-publishing-role-${AWS::AccountId}-${AWS::Region}';
  /** Default lookup role ARN for missing values. */
  public static readonly DEFAULT_LOOKUP_ROLE_ARN = 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-${Qualifier}-lookup-role-${AWS::AccountId}-${AWS::Region}';
  /** Default image assets repository name. */
  public static readonly DEFAULT_IMAGE_ASSETS_REPOSITORY_NAME = 'cdk-${Qualifier}-container-assets-${AWS::AccountId}-${AWS::Region}';
  /** Default file assets bucket name. */
  public static readonly DEFAULT_FILE_ASSETS_BUCKET_NAME = 'cdk-${Qualifier}-assets-${AWS::AccountId}-${AWS::Region}';
  /** Name of the CloudFormation Export with the asset key name. */
  public static readonly DEFAULT_BOOTSTRAP_STACK_VERSION_SSM_PARAMETER = '/cdk-bootstrap/${Qualifier}/version';
  /** Default file asset prefix. */
  public static readonly DEFAULT_FILE_ASSET_PREFIX = '';
  /** Default Docker asset prefix. */
  public static readonly DEFAULT_DOCKER_ASSET_PREFIX = '';
  /** Default deploy role external ID. */
  public static readonly DEFAULT_DEPLOY_ROLE_EXTERNAL_ID = undefined;

  private _stack?: Stack;
  /** What this synthesizer writes besides assets (the CLI-credentials and bootstrapless variants write less). @internal */
  protected readonly _flavour: SynthesizerFlavour = DEFAULT_FLAVOUR;
  private readonly files = new Map<string, FileAssetEntry>();
  private readonly dockerImages = new Map<string, ImageAssetEntry>();

  constructor(private readonly props: DefaultStackSynthesizerProps = {}) {
    for (const [key, value] of Object.entries(props)) {
      if (typeof value === 'string' && Token.isUnresolved(value)) {
        throw new ValidationError(`DefaultStackSynthesizer property '${key}' cannot contain tokens; only the following placeholder strings are allowed: \${Qualifier}, \${AWS::AccountId}, \${AWS::Region}, \${AWS::Partition}`);
      }
    }
  }

  /** The qualifier used to bootstrap this stack. */
  public get bootstrapQualifier(): string | undefined {
    return this.qualifier;
  }

  /** The stack this synthesizer is bound to. */
  protected get boundStack(): Stack {
    if (!this._stack) { throw new ValidationError('The synthesizer is not bound to a stack yet; call bind() first'); }
    return this._stack;
  }

  public bind(stack: Stack): void {
    if (this._stack !== undefined) {
      throw new ValidationError(`A DefaultStackSynthesizer can only be used for one Stack; create a new instance for '${stack.node.path}'`, stack);
    }
    this._stack = stack;
  }

  public addFileAsset(asset: FileAssetSource): FileAssetLocation {
    this.assertAssetsAllowed();
    const bucketName = this.specialize(this.props.fileAssetsBucketName ?? DefaultStackSynthesizer.DEFAULT_FILE_ASSETS_BUCKET_NAME);
    const extension = asset.fileName !== undefined ? path.extname(asset.fileName) : '';
    const objectKey = (this.props.bucketPrefix ?? '') + asset.sourceHash + (asset.packaging === FileAssetPackaging.ZIP_DIRECTORY ? '.zip' : extension);
    const destination = this._flavour.publishingRoles ? {
      bucketName,
      objectKey,
      region: this.knownRegion,
      assumeRoleArn: this.specialize(this.props.fileAssetPublishingRoleArn ?? DefaultStackSynthesizer.DEFAULT_FILE_ASSET_PUBLISHING_ROLE_ARN),
      assumeRoleExternalId: this.props.fileAssetPublishingExternalId,
    } : { bucketName, objectKey, region: this.knownRegion };
    addEntry(this.files, asset.sourceHash, {
      source: { path: asset.fileName, executable: asset.executable, packaging: asset.packaging },
      destinations: { [this.destinationId(destination)]: destination },
      displayName: asset.displayName,
    });
    return {
      bucketName: cfnifyPlaceholders(bucketName),
      objectKey,
      httpUrl: cfnifyPlaceholders(`https://s3.${this.specialize('${AWS::Region}')}.\${AWS::URLSuffix}/${bucketName}/${objectKey}`),
      s3ObjectUrl: cfnifyPlaceholders(`s3://${bucketName}/${objectKey}`),
      s3ObjectUrlWithPlaceholders: `s3://${bucketName}/${objectKey}`,
    };
  }

  public addDockerImageAsset(asset: DockerImageAssetSource): DockerImageAssetLocation {
    this.assertAssetsAllowed();
    const repositoryName = this.specialize(this.props.imageAssetsRepositoryName ?? DefaultStackSynthesizer.DEFAULT_IMAGE_ASSETS_REPOSITORY_NAME);
    const imageTag = (this.props.dockerTagPrefix ?? '') + asset.sourceHash;
    const destination = this._flavour.publishingRoles ? {
      repositoryName,
      imageTag,
      region: this.knownRegion,
      assumeRoleArn: this.specialize(this.props.imageAssetPublishingRoleArn ?? DefaultStackSynthesizer.DEFAULT_IMAGE_ASSET_PUBLISHING_ROLE_ARN),
      assumeRoleExternalId: this.props.imageAssetPublishingExternalId,
    } : { repositoryName, imageTag, region: this.knownRegion };
    addEntry(this.dockerImages, asset.assetName ? `${asset.assetName}-${asset.sourceHash}` : asset.sourceHash, {
      source: {
        directory: asset.directoryName,
        executable: asset.executable,
        dockerBuildArgs: asset.dockerBuildArgs,
        dockerBuildContexts: asset.dockerBuildContexts,
        dockerBuildSecrets: asset.dockerBuildSecrets,
        dockerBuildSsh: asset.dockerBuildSsh,
        dockerBuildTarget: asset.dockerBuildTarget,
        dockerFile: asset.dockerFile,
        networkMode: asset.networkMode,
        platform: asset.platform,
        dockerOutputs: asset.dockerOutputs,
        cacheFrom: asset.dockerCacheFrom,
        cacheTo: asset.dockerCacheTo,
        cacheDisabled: asset.dockerCacheDisabled,
      },
      destinations: { [this.destinationId(destination)]: destination },
      displayName: asset.displayName,
    });
    return {
      imageUri: cfnifyPlaceholders(`${this.specialize('${AWS::AccountId}')}.dkr.ecr.${this.specialize('${AWS::Region}')}.\${AWS::URLSuffix}/${repositoryName}:${imageTag}`),
      repositoryName: cfnifyPlaceholders(repositoryName),
      imageTag,
    };
  }

  /** Adds the bootstrap version parameter and the rule that checks it. @internal */
  public _prepareTemplate(): void {
    const stack = this.boundStack;
    if (!this._flavour.bootstrapVersionRule || this.props.generateBootstrapVersionRule === false || stack.node.tryFindChild('BootstrapVersion')) { return; }
    const param = new CfnParameter(stack, 'BootstrapVersion', {
      type: 'AWS::SSM::Parameter::Value<String>',
      description: 'Version of the CDK Bootstrap resources in this environment, automatically retrieved from SSM Parameter Store. [cdk:skip]',
      default: this.bootstrapVersionParameter,
    });
    const oldVersions = Array.from({ length: MIN_BOOTSTRAP_STACK_VERSION - 1 }, (_, i) => `${i + 1}`);
    new CfnRule(stack, 'CheckBootstrapVersion', {
      assertions: [{
        assert: Fn.conditionNot(Fn.conditionContains(oldVersions, param.valueAsString)),
        assertDescription: `CDK bootstrap stack version ${MIN_BOOTSTRAP_STACK_VERSION} required. Please run 'cdk bootstrap' with a recent version of the CDK CLI.`,
      }],
    });
  }

  /** Writes the asset manifest and the stack artifact (the template file is already in the session's outdir). */
  public synthesize(session: ISynthesisSession): void {
    const stack = this.boundStack;
    const deployRoles = {
      assumeRoleArn: this.specialize(this.props.deployRoleArn ?? DefaultStackSynthesizer.DEFAULT_DEPLOY_ROLE_ARN),
      assumeRoleExternalId: this.props.deployRoleExternalId,
      cloudFormationExecutionRoleArn: this.specialize(this.props.cloudFormationExecutionRole ?? DefaultStackSynthesizer.DEFAULT_CLOUDFORMATION_ROLE_ARN),
    };
    if (!this._flavour.assets) {
      (session.assembly as any).addStackArtifact(stack, deployRoles);
      return;
    }

    const templatePath = path.join(session.outdir, stack.templateFile);
    const templateHash = crypto.createHash('sha256').update(fs.readFileSync(templatePath)).digest('hex');
    this.addFileAsset({
      sourceHash: templateHash,
      fileName: stack.templateFile,
      packaging: FileAssetPackaging.FILE,
      displayName: `${stack.stackName} Template`,
    });

    const assetManifestId = `${stack.artifactId}.assets`;
    const assetManifestFile = `${assetManifestId}.json`;
    fs.writeFileSync(path.join(session.outdir, assetManifestFile), JSON.stringify(this.assetManifest(), undefined, 2));

    const ssmParameter = this.bootstrapVersionParameter;
    const requirements = this._flavour.bootstrapRequirements
      ? { requiresBootstrapStackVersion: MIN_BOOTSTRAP_STACK_VERSION, bootstrapStackVersionSsmParameter: ssmParameter }
      : {};
    session.assembly.addArtifact(assetManifestId, {
      type: 'cdk:asset-manifest',
      properties: { file: assetManifestFile, ...requirements },
    });

    const templateDestination = this.files.get(templateHash)!.destinations;
    const dest: any = Object.values(templateDestination)[0];
    const stackTemplateAssetObjectUrl = `s3://${dest.bucketName}/${dest.objectKey}`;
    if (!this._flavour.deployRoles) {
      (session.assembly as any).addStackArtifact(stack, { stackTemplateAssetObjectUrl, additionalDependencies: [assetManifestId] });
      return;
    }
    const useLookupRole = this.props.useLookupRoleForStackOperations ?? true;
    (session.assembly as any).addStackArtifact(stack, {
      ...deployRoles,
      stackTemplateAssetObjectUrl,
      ...requirements,
      additionalDependencies: [assetManifestId],
      lookupRole: useLookupRole ? {
        arn: this.specialize(this.props.lookupRoleArn ?? DefaultStackSynthesizer.DEFAULT_LOOKUP_ROLE_ARN),
        assumeRoleExternalId: this.props.lookupRoleExternalId,
        requiresBootstrapStackVersion: MIN_LOOKUP_ROLE_BOOTSTRAP_STACK_VERSION,
        bootstrapStackVersionSsmParameter: ssmParameter,
      } : undefined,
    });
  }

  private assertAssetsAllowed() {
    if (!this._flavour.assets) {
      throw new ValidationError(`Cannot add assets to a Stack that uses the ${this.constructor.name}: it deploys without a bootstrap stack to publish them to; use the DefaultStackSynthesizer or the CliCredentialsStackSynthesizer`, this.boundStack);
    }
  }

  private get qualifier(): string {
    return this.props.qualifier ?? this._stack?.node.tryGetContext('@aws-cdk/core:bootstrapQualifier') ?? DefaultStackSynthesizer.DEFAULT_QUALIFIER;
  }

  /** The stack's region when it is known: asset destinations name it, so publishing goes there. */
  private get knownRegion(): string | undefined {
    const region = this.boundStack.region;
    return Token.isUnresolved(region) ? undefined : region;
  }

  private get bootstrapVersionParameter(): string {
    return this.specialize(this.props.bootstrapStackVersionSsmParameter ?? DefaultStackSynthesizer.DEFAULT_BOOTSTRAP_STACK_VERSION_SSM_PARAMETER);
  }

  private assetManifest(): any {
    const render = (entries: Map<string, FileAssetEntry | ImageAssetEntry>) => {
      const out: any = {};
      for (const [hash, entry] of entries) {
        out[hash] = { displayName: entry.displayName, source: entry.source, destinations: entry.destinations };
      }
      return out;
    };
    return JSON.parse(JSON.stringify({ version: assemblySchemaVersion(), files: render(this.files), dockerImages: render(this.dockerImages) }));
  }

  private destinationId(destination: any): string {
    const stack = this.boundStack;
    const account = Token.isUnresolved(stack.account) ? 'current_account' : stack.account;
    const region = Token.isUnresolved(stack.region) ? 'current_region' : stack.region;
    const hash = crypto.createHash('sha256').update(JSON.stringify(destination)).digest('hex').slice(0, 8);
    return `${account}-${region}-${hash}`;
  }

  /** Replace the qualifier and, for a concrete environment, the account and region placeholders. */
  private specialize(s: string): string {
    const stack = this.boundStack;
    let out = s.replace(/\$\{Qualifier\}/g, this.qualifier);
    if (!Token.isUnresolved(stack.account)) { out = out.replace(/\$\{AWS::AccountId\}/g, stack.account); }
    if (!Token.isUnresolved(stack.region)) { out = out.replace(/\$\{AWS::Region\}/g, stack.region); }
    return out;
  }
}

/** What a synthesizer of the DefaultStackSynthesizer family writes. @internal */
export interface SynthesizerFlavour {
  /** Asset destinations name the roles that publish them. */
  readonly publishingRoles: boolean;
  /** The template gets the BootstrapVersion parameter and the rule that checks it. */
  readonly bootstrapVersionRule: boolean;
  /** The manifest says which bootstrap stack version the stack and its assets need. */
  readonly bootstrapRequirements: boolean;
  /** The stack artifact names the deploy, CloudFormation execution and lookup roles. */
  readonly deployRoles: boolean;
  /** Assets (and the template as one) are supported. */
  readonly assets: boolean;
}

const DEFAULT_FLAVOUR: SynthesizerFlavour = { publishingRoles: true, bootstrapVersionRule: true, bootstrapRequirements: true, deployRoles: true, assets: true };

/**
 * Register an asset manifest entry. The same asset added again (same key) keeps its first source and display
 * name and gains any new destinations, as aws-cdk-lib does.
 */
function addEntry(entries: Map<string, { source: any; destinations: any; displayName?: string }>, key: string, entry: { source: any; destinations: any; displayName?: string }) {
  const existing = entries.get(key);
  if (existing) {
    Object.assign(existing.destinations, entry.destinations);
    return;
  }
  entries.set(key, entry);
}

/** A string with `${AWS::...}` placeholders becomes an `Fn::Sub` for the template; a plain string stays one. */
function cfnifyPlaceholders(s: string): string {
  return s.includes('${') ? Fn.sub(s) : s;
}
