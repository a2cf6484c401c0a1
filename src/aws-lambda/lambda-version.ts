import type { Construct } from 'constructs';
import { Fn, Lazy, RemovalPolicy, Token, ValidationError } from '../core';
import type { Alias, AliasOptions } from './alias';
import { Architecture } from './architecture';
import type { EventInvokeConfigOptions } from './event-invoke-config';
import { IFunction, QualifiedFunctionBase } from './function-base';
import { CfnVersion, CfnVersionProps, IVersionRef, VersionReference } from './lambda.generated';
import { addAlias } from './private/add-alias';
import { validateProvisionedConcurrency } from './private/provisioned-concurrency';
import { lazyModule } from '../core/lazy-module';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const functionModule = lazyModule(() => require('./function') as typeof import('./function'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const importedVersionModule = lazyModule(() => require('./private/imported-version') as typeof import('./private/imported-version'));

/** A published version of a function, or `$LATEST`. */
export interface IVersion extends IFunction, IVersionRef {
  /**
   * The version number (or `$LATEST`).
   * @attribute
   */
  readonly version: string;

  /** The function it is a version of. */
  readonly lambda: IFunction;

  /**
   * The qualified ARN Lambda@Edge needs: using it checks that the function can run at the edge.
   * @attribute
   */
  readonly edgeArn: string;

  /**
   * Define an alias for this version (a child construct named `Alias<aliasName>`).
   * @deprecated the alias is replaced whenever the version is; use `fn.addAlias()` or `new Alias()`
   * @param aliasName The name of the alias
   * @param options Alias options
   */
  addAlias(aliasName: string, options?: AliasOptions): Alias;
}

/** Options of a published version (also the `currentVersionOptions` of a function). */
export interface VersionOptions extends EventInvokeConfigOptions {
  /**
   * Publish only when the function's code has this SHA-256 (base64): a guard against publishing other code.
   * @default - no check
   */
  readonly codeSha256?: string;

  /**
   * The description of the version.
   * @default - the function's description
   */
  readonly description?: string;

  /**
   * How many execution environments Lambda keeps initialized for this version (at least 1).
   * @default - no provisioned concurrency
   */
  readonly provisionedConcurrentExecutions?: number;

  /**
   * What happens to the version when it is replaced or removed from the stack. Keep (RETAIN) old versions that
   * aliases or other services still use.
   * @default RemovalPolicy.DESTROY (not rendered)
   */
  readonly removalPolicy?: RemovalPolicy;

  /**
   * The fewest execution environments Lambda Managed Instances keeps for this version.
   * @default - no minimum
   */
  readonly minExecutionEnvironments?: number;

  /**
   * The most execution environments Lambda Managed Instances may provision for this version.
   * @default - no maximum
   */
  readonly maxExecutionEnvironments?: number;
}

/** Properties of a published version. */
export interface VersionProps extends VersionOptions {
  /** The function to publish a version of. */
  readonly lambda: IFunction;
}

/** What is known about a version defined outside this app. */
export interface VersionAttributes {
  /** The version number. */
  readonly version: string;

  /** The function it is a version of. */
  readonly lambda: IFunction;
}

/** A function that can be checked for Lambda@Edge (a `Function`). */
interface EdgeCheckable {
  /** From now on, render the function without its `removeInEdge` environment variables. */
  _prepareForEdge(): void;
  /** Fail when the function has environment variables Lambda@Edge does not allow. */
  _checkEdgeCompatibility(): void;
}

const EXECUTION_ENVIRONMENT_PROPS = ['minExecutionEnvironments', 'maxExecutionEnvironments'] as const;

/**
 * A published, immutable version of a function: a snapshot of its code and configuration at deployment time.
 *
 * The version does not follow later changes of the function: use `fn.currentVersion`, whose logical ID changes
 * whenever the function's configuration does, to publish a new version for each change.
 *
 * @resource AWS::Lambda::Version
 */
export class Version extends QualifiedFunctionBase implements IVersion {
  /** Uniquely identifies this class. */
  public static readonly PROPERTY_INJECTION_ID: string = 'aws-cdk-lib.aws-lambda.Version';

  /**
   * Reference a version defined outside this app by its qualified ARN
   * (`arn:<partition>:lambda:<region>:<account>:function:<name>:<version>`). The function is imported next to it,
   * as `<id>Function`.
   */
  public static fromVersionArn(scope: Construct, id: string, versionArn: string): IVersion {
    const { Function } = functionModule();
    const lambda = Function.fromFunctionArn(scope, `${id}Function`, extractLambdaFunctionArn(versionArn));
    const { ImportedVersion } = importedVersionModule();
    return new ImportedVersion(scope, id, {
      lambda,
      version: extractQualifierFromArn(versionArn),
      functionArn: versionArn,
      functionName: `${lambda.functionName}:${extractQualifierFromArn(versionArn)}`,
    });
  }

  /** Reference a version defined outside this app by its function and version number. */
  public static fromVersionAttributes(scope: Construct, id: string, attrs: VersionAttributes): IVersion {
    const { ImportedVersion } = importedVersionModule();
    return new ImportedVersion(scope, id, {
      lambda: attrs.lambda,
      version: attrs.version,
      functionArn: `${attrs.lambda.functionArn}:${attrs.version}`,
      functionName: `${attrs.lambda.functionName}:${attrs.version}`,
    });
  }

  /** The version number (a `GetAtt Version` token). */
  public readonly version: string;
  /** The function this is a version of. */
  public readonly lambda: IFunction;
  /** The qualified ARN of the version (its `Ref`). */
  public readonly functionArn: string;
  /** `<function name>:<version>`. */
  public readonly functionName: string;
  /** The architecture of the function. */
  public readonly architecture: Architecture;

  protected readonly qualifier: string;
  protected readonly canCreatePermissions = true;

  constructor(scope: Construct, id: string, props: VersionProps) {
    super(scope, id);
    this.lambda = props.lambda;
    this.architecture = props.lambda.architecture;

    const resource = new VersionResource(this, 'Resource', {
      codeSha256: props.codeSha256,
      description: props.description,
      functionName: props.lambda.functionName,
      provisionedConcurrencyConfig: this.renderProvisionedConcurrency(props.provisionedConcurrentExecutions),
      functionScalingConfig: this.renderFunctionScalingConfig(props),
    });
    if (props.removalPolicy) {
      resource.applyRemovalPolicy(props.removalPolicy, { default: RemovalPolicy.DESTROY });
    }
    // Moving a version between constructs would publish a new one: refactoring tools must leave it where it is.
    resource.addMetadata('aws:cdk:do-not-refactor', true);

    this.version = resource.attrVersion;
    this.functionArn = resource.ref;
    this.functionName = `${this.lambda.functionName}:${this.version}`;
    this.qualifier = resource.attrVersion;

    if (props.onFailure || props.onSuccess || props.maxEventAge || props.retryAttempts !== undefined) {
      this.configureAsyncInvoke({
        onFailure: props.onFailure,
        onSuccess: props.onSuccess,
        maxEventAge: props.maxEventAge,
        retryAttempts: props.retryAttempts,
      });
    }
  }

  /** The principal the function runs as. */
  public get grantPrincipal() {
    return this.lambda.grantPrincipal;
  }

  /** The execution role of the function. */
  public get role() {
    return this.lambda.role;
  }

  /** A reference to this version, as L1 properties accept it. */
  public get versionRef(): VersionReference {
    return { functionArn: this.functionArn };
  }

  /**
   * The qualified ARN to use with Lambda@Edge. When the ARN is used, the function is checked for Lambda@Edge:
   * environment variables marked `removeInEdge` are dropped, any other one is an error.
   */
  public get edgeArn(): string {
    const lambda = this.lambda as IFunction & Partial<EdgeCheckable>;
    if (typeof lambda._prepareForEdge !== 'function' || typeof lambda._checkEdgeCompatibility !== 'function') {
      return this.functionArn;
    }
    // From now on the function renders without its removeInEdge variables (its version hash too); whatever else
    // Lambda@Edge does not allow fails once the ARN is used.
    lambda._prepareForEdge();
    return Lazy.uncachedString({
      produce: () => {
        lambda._checkEdgeCompatibility!();
        return this.functionArn;
      },
    });
  }

  /**
   * Define an alias for this version (a child construct named `Alias<aliasName>`).
   * @deprecated the alias is replaced whenever the version is; use `fn.addAlias()` or `new Alias()`
   */
  public addAlias(aliasName: string, options: AliasOptions = {}): Alias {
    return addAlias(this, this, aliasName, options);
  }

  /** A version whose logical ID is named by `produce` (the hash of `fn.currentVersion`). @internal */
  public _nameLogicalIdBy(produce: (pathBasedId: string) => string): void {
    (this.node.defaultChild as VersionResource)._logicalIdProducer = produce;
  }

  private renderProvisionedConcurrency(value: number | undefined): CfnVersion.ProvisionedConcurrencyConfigurationProperty | undefined {
    // 0 means "none", as in aws-cdk-lib.
    if (!value) { return undefined; }
    validateProvisionedConcurrency(this, value);
    return { provisionedConcurrentExecutions: value };
  }

  private renderFunctionScalingConfig(props: VersionOptions): CfnVersion.FunctionScalingConfigProperty | undefined {
    const { minExecutionEnvironments: min, maxExecutionEnvironments: max } = props;
    if (min === undefined && max === undefined) { return undefined; }
    for (const name of EXECUTION_ENVIRONMENT_PROPS) {
      const value = props[name];
      if (value !== undefined && !Token.isUnresolved(value) && value < 0) {
        throw new ValidationError(`${name} must be 0 or more, got ${value}`, this);
      }
    }
    if (min !== undefined && max !== undefined && !Token.isUnresolved(min) && !Token.isUnresolved(max) && min > max) {
      throw new ValidationError(`minExecutionEnvironments (${min}) must not be more than maxExecutionEnvironments (${max})`, this);
    }
    return { minExecutionEnvironments: min, maxExecutionEnvironments: max };
  }
}

/**
 * The AWS::Lambda::Version of a `Version`. Its logical ID can be named by a producer that runs when the ID is
 * needed (during synthesis, once the function is complete): `fn.currentVersion` appends the function's hash.
 *
 * The name is fixed when the template renders this resource (cross-stack references then resolve as in the template,
 * and the function no longer changes), so that the rest of the synthesis (later references, construct metadata, the
 * tree) uses that same name without hashing again. Each synthesis starts afresh (at validation).
 */
class VersionResource extends CfnVersion {
  /** @internal */
  public _logicalIdProducer?: (pathBasedId: string) => string;
  private renderedLogicalId?: string;

  constructor(scope: Construct, id: string, props: CfnVersionProps) {
    super(scope, id, props);
    this.node.addValidation({
      validate: () => {
        this.renderedLogicalId = undefined;
        return [];
      },
    });
  }

  public override get resolvedLogicalId(): string {
    const pathBased = super.resolvedLogicalId;
    if (!this._logicalIdProducer || this._logicalIdIsOverridden) { return pathBased; }
    return this.renderedLogicalId ?? this._logicalIdProducer(pathBased);
  }

  /** @internal */
  public override _toCloudFormation(): object {
    // Only the template renderer calls this.
    this.renderedLogicalId = undefined;
    if (this._logicalIdProducer && !this._logicalIdIsOverridden) {
      this.renderedLogicalId = this._logicalIdProducer(super.resolvedLogicalId);
    }
    return super._toCloudFormation();
  }
}

/**
 * The qualifier (version or alias name) of a qualified function ARN: its 8th colon-separated part.
 * @param arn `arn:<partition>:lambda:<region>:<account>:function:<name>:<qualifier>`
 */
export function extractQualifierFromArn(arn: string): string {
  return Fn.select(7, Fn.split(':', arn));
}

/**
 * The unqualified function ARN of a qualified one: its first 7 colon-separated parts.
 * @param arn `arn:<partition>:lambda:<region>:<account>:function:<name>:<qualifier>`
 */
export function extractLambdaFunctionArn(arn: string): string {
  if (!Token.isUnresolved(arn)) { return arn.split(':').slice(0, 7).join(':'); }
  const parts = Fn.split(':', arn);
  return Fn.join(':', [0, 1, 2, 3, 4, 5, 6].map(i => Fn.select(i, parts)));
}
