import type { Construct } from 'constructs';
import type * as cloudwatch from '../aws-cloudwatch';
import type * as iam from '../aws-iam';
import { ArnFormat, Fn, Token, ValidationError } from '../core';
import { Architecture } from './architecture';
import type { EventInvokeConfigOptions } from './event-invoke-config';
import { IFunction, QualifiedFunctionBase } from './function-base';
import type { IVersion } from './lambda-version';
import { AliasReference, CfnAlias, IAliasRef } from './lambda.generated';
import { importAliasScalingRole } from './private/alias-scaling-role';
import { validateProvisionedConcurrency } from './private/provisioned-concurrency';
import type { AutoScalingOptions, IScalableFunctionAttribute } from './scalable-attribute-api';
import { lazyModule } from '../core/lazy-module';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const importedAliasModule = lazyModule(() => require('./private/imported-alias') as typeof import('./private/imported-alias'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const aliasScalingModule = lazyModule(() => require('./private/alias-scaling') as typeof import('./private/alias-scaling'));

/** An alias of a function, defined here or imported. */
export interface IAlias extends IFunction, IAliasRef {
  /**
   * The name of the alias.
   * @attribute
   */
  readonly aliasName: string;

  /** The version the alias points at. */
  readonly version: IVersion;
}

/** Options of an alias (also of `fn.addAlias`). */
export interface AliasOptions extends EventInvokeConfigOptions {
  /**
   * The description of the alias.
   * @default - no description
   */
  readonly description?: string;

  /**
   * Other versions that receive part of the traffic (weighted routing, for canary deployments): each weight is
   * between 0 and 1 and together they are at most 1; the alias's own version gets the rest.
   * @default - all traffic goes to `version`
   */
  readonly additionalVersions?: VersionWeight[];

  /**
   * How many execution environments Lambda keeps initialized for the alias (at least 1).
   * @default - no provisioned concurrency
   */
  readonly provisionedConcurrentExecutions?: number;
}

/** Properties of an alias. */
export interface AliasProps extends AliasOptions {
  /** The name of the alias (letters, digits, `-` and `_`, not only digits). */
  readonly aliasName: string;

  /** The version the alias points at (possibly `fn.latestVersion`). */
  readonly version: IVersion;
}

/** What is known about an alias defined outside this app. */
export interface AliasAttributes {
  /** The name of the alias. */
  readonly aliasName: string;

  /** The version the alias points at. */
  readonly aliasVersion: IVersion;
}

/** A version that receives a share of an alias's traffic. */
export interface VersionWeight {
  /** The version. */
  readonly version: IVersion;

  /** The share of the traffic it receives: 0 to 1. */
  readonly weight: number;
}

/**
 * A named pointer to a version of a function: clients invoke the alias, deployments move it from version to version
 * (optionally shifting traffic with `additionalVersions`).
 *
 * @resource AWS::Lambda::Alias
 */
export class Alias extends QualifiedFunctionBase implements IAlias {
  /** Uniquely identifies this class. */
  public static readonly PROPERTY_INJECTION_ID: string = 'aws-cdk-lib.aws-lambda.Alias';

  /** Reference an alias defined outside this app by its name and the version it points at. */
  public static fromAliasAttributes(scope: Construct, id: string, attrs: AliasAttributes): IAlias {
    const { ImportedAlias } = importedAliasModule();
    return new ImportedAlias(scope, id, attrs);
  }

  /** The name of the alias. */
  public readonly aliasName: string;
  /** The function the alias belongs to. */
  public readonly lambda: IFunction;
  /** The version the alias points at. */
  public readonly version: IVersion;
  /** The architecture of the function. */
  public readonly architecture: Architecture;

  protected readonly canCreatePermissions = true;

  private scalableAlias?: IScalableFunctionAttribute;
  /** The service-linked role that scales provisioned concurrency (imported, as aws-cdk-lib does, in the constructor). */
  private readonly scalingRole: iam.IRole;
  /** The alias's resource: its `Ref` (the qualified ARN) gives the ARN, name and qualifier on first use. */
  private readonly resource: CfnAlias;
  private _functionName?: string;
  private _functionArn?: string;
  private _qualifier?: string;

  constructor(scope: Construct, id: string, props: AliasProps) {
    super(scope, id, { physicalName: props.aliasName });
    this.lambda = props.version.lambda;
    this.aliasName = this.physicalName;
    this.version = props.version;
    this.architecture = this.lambda.architecture;

    const resource = new CfnAlias(this, 'Resource', {
      name: this.aliasName,
      description: props.description,
      functionName: this.version.lambda.functionName,
      functionVersion: props.version.version,
      routingConfig: this.renderRoutingConfig(props.additionalVersions),
      provisionedConcurrencyConfig: this.renderProvisionedConcurrency(props.provisionedConcurrentExecutions),
    });

    this.resource = resource;
    this.scalingRole = importAliasScalingRole(this);

    if (props.onFailure || props.onSuccess || props.maxEventAge || props.retryAttempts !== undefined) {
      this.configureAsyncInvoke({
        onFailure: props.onFailure,
        onSuccess: props.onSuccess,
        maxEventAge: props.maxEventAge,
        retryAttempts: props.retryAttempts,
      });
    }
  }

  /** The qualified ARN of the alias (its `Ref`; made on first use). */
  public get functionArn(): string {
    return this._functionArn ??= this.getResourceArnAttribute(this.resource.ref, {
      service: 'lambda',
      resource: 'function',
      resourceName: `${this.lambda.functionName}:${this.physicalName}`,
      arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });
  }

  /**
   * `<function name>:<alias name>`. The 7th part of the alias ARN is the function's name, which CloudFormation knows
   * even when we do not. (Made on first use: most aliases are never asked for it.)
   */
  public get functionName(): string {
    return this._functionName ??= `${Fn.select(6, Fn.split(':', this.functionArn))}:${this.aliasName}`;
  }

  /** The alias name, cut from its ARN (made on first use). */
  protected get qualifier(): string {
    return this._qualifier ??= Fn.select(7, Fn.split(':', this.resource.ref));
  }

  /** The principal the function runs as. */
  public get grantPrincipal(): iam.IPrincipal {
    return this.version.grantPrincipal;
  }

  /** The execution role of the function. */
  public get role(): iam.IRole | undefined {
    return this.version.role;
  }

  /** A reference to this alias, as L1 properties accept it. */
  public get aliasRef(): AliasReference {
    return { aliasArn: this.functionArn };
  }

  /**
   * The named metric of the alias: dimensions `FunctionName` (the function) and `Resource`
   * (`<function name>:<alias name>`), unless `props` gives others.
   */
  public override metric(metricName: string, props: cloudwatch.MetricOptions = {}): cloudwatch.Metric {
    return super.metric(metricName, {
      dimensionsMap: {
        FunctionName: this.lambda.functionName,
        Resource: `${this.lambda.functionName}:${this.aliasName}`,
      },
      ...props,
    });
  }

  /**
   * Scale the provisioned concurrency of the alias with Application Auto Scaling (once per alias); configure how
   * with the returned attribute's `scaleOnUtilization` and `scaleOnSchedule`.
   */
  public addAutoScaling(options: AutoScalingOptions): IScalableFunctionAttribute {
    if (this.scalableAlias) {
      throw new ValidationError(`Auto scaling is already enabled for alias '${this.aliasName}': call addAutoScaling() once `
        + 'and reuse the attribute it returned', this);
    }
    const { scaleAliasProvisionedConcurrency } = aliasScalingModule();
    this.scalableAlias = scaleAliasProvisionedConcurrency(this, this.scalingRole, options);
    return this.scalableAlias;
  }

  private renderRoutingConfig(additionalVersions: VersionWeight[] | undefined): CfnAlias.AliasRoutingConfigurationProperty | undefined {
    if (!additionalVersions || additionalVersions.length === 0) { return undefined; }
    let sum = 0;
    for (const { weight } of additionalVersions) {
      if (Token.isUnresolved(weight)) { continue; }
      if (weight < 0 || weight > 1) {
        throw new ValidationError(`additionalVersions: each weight must be between 0 and 1, got ${weight}`, this);
      }
      sum += weight;
    }
    if (sum > 1) {
      throw new ValidationError(`additionalVersions: the weights add up to ${sum}, but together they may be at most 1 `
        + '(the alias version receives the rest of the traffic)', this);
    }
    return {
      additionalVersionWeights: additionalVersions.map(({ version, weight }) => ({
        functionVersion: version.version,
        functionWeight: weight,
      })),
    };
  }

  private renderProvisionedConcurrency(value: number | undefined): CfnAlias.ProvisionedConcurrencyConfigurationProperty | undefined {
    // 0 means "none", as in aws-cdk-lib.
    if (!value) { return undefined; }
    validateProvisionedConcurrency(this, value);
    return { provisionedConcurrentExecutions: value };
  }
}
