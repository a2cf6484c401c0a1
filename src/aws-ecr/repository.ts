import { Construct } from 'constructs';
import {
  ArnFormat, Annotations, Lazy, RemovalPolicy, Stack, Token, UnscopedValidationError, ValidationError,
} from '../core';
import * as iam from '../aws-iam';
import type * as kms from '../aws-kms';
import { CfnRepository } from './ecr.generated';
import { LifecycleRule } from './lifecycle';
import { renderLifecyclePolicyText, validatedLifecycleRule } from './private/lifecycle-policy';
import { RepositoryAttributes, IRepository, RepositoryBase } from './repository-base';

/** Whether image tags can be overwritten. */
export enum TagMutability {
  /** Tags can be overwritten. */
  MUTABLE = 'MUTABLE',
  /** Tags cannot be overwritten. */
  IMMUTABLE = 'IMMUTABLE',
  /** Tags cannot be overwritten, except those matching the exclusion filters. */
  IMMUTABLE_WITH_EXCLUSION = 'IMMUTABLE_WITH_EXCLUSION',
  /** Tags can be overwritten, except those matching the exclusion filters. */
  MUTABLE_WITH_EXCLUSION = 'MUTABLE_WITH_EXCLUSION',
}

/** How the images of a repository are encrypted at rest. */
export class RepositoryEncryption {
  /** Amazon S3-managed keys (AES-256). */
  public static readonly AES_256 = new RepositoryEncryption('AES256');
  /** AWS KMS keys: the AWS managed key, or `encryptionKey`. */
  public static readonly KMS = new RepositoryEncryption('KMS');
  /** Dual-layer encryption with AWS KMS keys. */
  public static readonly KMS_DSSE = new RepositoryEncryption('KMS_DSSE');

  /** @param value the encryption type as CloudFormation names it */
  protected constructor(public readonly value: string) { }
}

/** Properties of a repository. */
export interface RepositoryProps {
  /**
   * Name for the repository: 2 to 256 lower-case letters, digits and `._-/` separators.
   * @default - CloudFormation generates a name
   */
  readonly repositoryName?: string;

  /**
   * Rules that expire images.
   * @default - no lifecycle rules
   */
  readonly lifecycleRules?: LifecycleRule[];

  /**
   * The AWS account of the registry the lifecycle policy applies to.
   * @default - the default registry of the account
   */
  readonly lifecycleRegistryId?: string;

  /**
   * What happens to the repository when it is removed from the stack or replaced.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;

  /**
   * Whether images are scanned for vulnerabilities when they are pushed.
   * @default - not set (no ImageScanningConfiguration is rendered)
   */
  readonly imageScanOnPush?: boolean;

  /**
   * Whether image tags can be overwritten.
   * @default TagMutability.MUTABLE (by ECR; not rendered)
   */
  readonly imageTagMutability?: TagMutability;

  /**
   * The encryption of images at rest.
   * @default - KMS if `encryptionKey` is given, else AES-256 (not rendered)
   */
  readonly encryption?: RepositoryEncryption;

  /**
   * The KMS key to encrypt images with (implies `RepositoryEncryption.KMS`).
   * @default - the AWS managed key when encryption is KMS
   */
  readonly encryptionKey?: kms.IKey;

  /**
   * Whether deleting the repository deletes its images too (needs `removalPolicy: RemovalPolicy.DESTROY`).
   * @default false
   */
  readonly emptyOnDelete?: boolean;
}

const NAME_PATTERN = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;

/**
 * An ECR repository.
 *
 * @resource AWS::ECR::Repository
 */
export class Repository extends RepositoryBase {
  /** Import a repository by name and ARN (in the environment of the scope's stack). */
  public static fromRepositoryAttributes(scope: Construct, id: string, attrs: RepositoryAttributes): IRepository {
    return new ImportedRepository(scope, id, attrs);
  }

  /** Import a repository by ARN; its name and environment come from the ARN, which must not be a token. */
  public static fromRepositoryArn(scope: Construct, id: string, repositoryArn: string): IRepository {
    if (Token.isUnresolved(repositoryArn)) {
      throw new ValidationError('"repositoryArn" is a late-bound value, and therefore "repositoryName" is required. Use `fromRepositoryAttributes` instead', scope);
    }
    const repositoryName = repositoryNameOfArn(scope, repositoryArn);
    return new ImportedRepository(scope, id, { repositoryName, repositoryArn }, repositoryArn);
  }

  /** Import a repository of the scope's account and region by name. */
  public static fromRepositoryName(scope: Construct, id: string, repositoryName: string): IRepository {
    return new ImportedRepository(scope, id, {
      repositoryName,
      repositoryArn: Repository.arnForLocalRepository(repositoryName, scope),
    });
  }

  /** The ARN of a repository of the scope's region, in the given account. */
  public static arnForLocalRepository(repositoryName: string, scope: Construct, account?: string): string {
    return Stack.of(scope).formatArn({ account, service: 'ecr', resource: 'repository', resourceName: repositoryName });
  }

  /** @attribute */
  public readonly repositoryName: string;
  /** @attribute */
  public readonly repositoryArn: string;

  private readonly lifecycleRules = new Array<LifecycleRule>();
  private readonly policyStatements = new Array<iam.PolicyStatement>();
  private readonly registryId?: string;
  private policyDocument?: iam.PolicyDocument;

  constructor(scope: Construct, id: string, props: RepositoryProps = {}) {
    super(scope, id, { physicalName: props.repositoryName });

    if (props.repositoryName !== undefined && !Token.isUnresolved(props.repositoryName)) {
      validateRepositoryName(props.repositoryName);
    }
    if (props.emptyOnDelete && props.removalPolicy !== RemovalPolicy.DESTROY) {
      throw new ValidationError("Cannot use 'emptyOnDelete' property on a repository without setting removal policy to 'DESTROY'.", this);
    }

    const resource = new CfnRepository(this, 'Resource', {
      repositoryName: this.physicalName,
      // Both policies are lazy: statements and rules may be added after construction.
      repositoryPolicyText: Lazy.any({ produce: () => this.policyDocument }),
      lifecyclePolicy: Lazy.any({ produce: () => this.renderLifecyclePolicy() }),
      imageScanningConfiguration: props.imageScanOnPush !== undefined ? { scanOnPush: props.imageScanOnPush } : undefined,
      imageTagMutability: props.imageTagMutability,
      encryptionConfiguration: this.renderEncryption(props),
      emptyOnDelete: props.emptyOnDelete,
    });
    resource.applyRemovalPolicy(props.removalPolicy ?? RemovalPolicy.RETAIN);

    this.registryId = props.lifecycleRegistryId;
    for (const rule of props.lifecycleRules ?? []) {
      this.addLifecycleRule(rule);
    }

    this.repositoryName = this.getResourceNameAttribute(resource.ref);
    this.repositoryArn = this.getResourceArnAttribute(resource.attrArn, {
      service: 'ecr', resource: 'repository', resourceName: this.physicalName,
    });

    this.node.addValidation({ validate: () => this.validatePolicyStatements() });
  }

  /**
   * Add a statement to the repository policy. Repository policies apply to the repository itself, so statements
   * with resources earn a warning.
   */
  public addToResourcePolicy(statement: iam.PolicyStatement): iam.AddToResourcePolicyResult {
    if (statement.resources.length > 0) {
      Annotations.of(this).addWarningV2('@aws-cdk/aws-ecr:noResourceStatements', 'ECR resource policy does not allow resource statements.');
    }
    if (!this.policyDocument) {
      this.policyDocument = new iam.PolicyDocument();
    }
    this.policyDocument.addStatements(statement);
    this.policyStatements.push(statement);
    return { statementAdded: true, policyDependable: this.policyDocument };
  }

  /** Add a rule that expires images. */
  public addLifecycleRule(rule: LifecycleRule): void {
    this.lifecycleRules.push(validatedLifecycleRule(this, rule, this.lifecycleRules));
  }

  /**
   * Repository policy statements need actions and principals; they need no resources (the repository is implied),
   * which is why `validateForResourcePolicy` does not fit.
   */
  private validatePolicyStatements(): string[] {
    const errors: string[] = [];
    for (const statement of this.policyStatements) {
      errors.push(...statement.validateForAnyPolicy());
      if (!statement.hasPrincipal) {
        errors.push('A PolicyStatement used in a resource-based policy must specify at least one IAM principal.');
      }
    }
    return errors;
  }

  private renderLifecyclePolicy(): CfnRepository.LifecyclePolicyProperty | undefined {
    if (this.lifecycleRules.length === 0 && this.registryId === undefined) { return undefined; }
    return {
      lifecyclePolicyText: this.lifecycleRules.length > 0 ? renderLifecyclePolicyText(this.lifecycleRules) : undefined,
      registryId: this.registryId,
    };
  }

  private renderEncryption(props: RepositoryProps): CfnRepository.EncryptionConfigurationProperty | undefined {
    const encryption = props.encryption;
    if (props.encryptionKey && encryption !== undefined && encryption !== RepositoryEncryption.KMS) {
      throw new ValidationError(`encryptionKey is specified, so 'encryption' must be set to KMS (value: ${encryption.value})`, this);
    }
    if (encryption === undefined && !props.encryptionKey) { return undefined; }
    if (encryption === RepositoryEncryption.AES_256) { return undefined; }
    if (encryption === RepositoryEncryption.KMS || props.encryptionKey) {
      return { encryptionType: 'KMS', kmsKey: props.encryptionKey?.keyArn };
    }
    // aws-cdk-lib 2.276 rejects the other encryption types too.
    throw new ValidationError(`Unexpected 'encryptionType': ${encryption?.value}`, this);
  }
}

function validateRepositoryName(name: string): void {
  const errors: string[] = [];
  if (name.length < 2 || name.length > 256) {
    errors.push('Repository name must be at least 2 and no more than 256 characters');
  }
  if (!NAME_PATTERN.test(name)) {
    errors.push('Repository name must start with a letter and can only contain lowercase letters, numbers, hyphens, underscores, periods and forward slashes');
  }
  if (errors.length > 0) {
    throw new UnscopedValidationError(`Invalid ECR repository name (value: ${name})\n${errors.join('\n')}`);
  }
}

/** The repository name of a literal repository ARN (`arn:...:repository/NAME`, where NAME may hold slashes). */
function repositoryNameOfArn(scope: Construct, repositoryArn: string): string {
  return Stack.of(scope).splitArn(repositoryArn, ArnFormat.SLASH_RESOURCE_NAME).resourceName!;
}

/** A repository defined outside this app: its policy cannot be changed. */
class ImportedRepository extends RepositoryBase {
  public readonly repositoryName: string;
  public readonly repositoryArn: string;

  constructor(scope: Construct, id: string, attrs: RepositoryAttributes, environmentFromArn?: string) {
    super(scope, id, { environmentFromArn });
    this.repositoryName = attrs.repositoryName;
    this.repositoryArn = attrs.repositoryArn;
  }

  public addToResourcePolicy(_statement: iam.PolicyStatement): iam.AddToResourcePolicyResult {
    return { statementAdded: false };
  }
}
