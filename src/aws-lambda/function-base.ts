import { digestOf } from '../core/digest';
import type { IConstruct, Node } from 'constructs';
import * as cloudwatch from '../aws-cloudwatch';
import * as iam from '../aws-iam';
import {
  Annotations, ArnFormat, FeatureFlags, IResource, Resource, Token, ValidationError,
} from '../core';
import { Architecture } from './architecture';
import { EventInvokeConfig, EventInvokeConfigOptions } from './event-invoke-config';
import type { IEventSource } from './event-source';
import { FunctionUrlAuthType } from './function-url';
import type { IVersion } from './lambda-version';
import { CfnPermission, FunctionReference, IFunctionRef } from './lambda.generated';
import { Permission } from './permission';
import { permissionFieldsOf, warnAboutUnscopedPermission } from './private/permission-principal';
import { lazyModule } from '../core/lazy-module';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const latestVersionModule = lazyModule(() => require('./private/latest-version') as typeof import('./private/latest-version'));

/** A Lambda function, defined here or imported. */
export interface IFunction extends IResource, iam.IGrantable, IFunctionRef {
  /**
   * The name of the function.
   * @attribute
   */
  readonly functionName: string;

  /**
   * The ARN of the function.
   * @attribute
   */
  readonly functionArn: string;

  /** The IAM role associated with this function. */
  readonly role?: iam.IRole;

  /** Whether the function runs in a VPC. */
  readonly isBoundToVpc: boolean;

  /** The `$LATEST` version of this function: it follows every change of the function. */
  readonly latestVersion: IVersion;

  /** The construct node where permissions are attached. */
  readonly permissionsNode: Node;

  /** The system architectures compatible with this lambda function. */
  readonly architecture: Architecture;

  /** The ARNs an invoke grant covers: the function, and for an unqualified function its versions and aliases too. */
  readonly resourceArnsForGrantInvoke: string[];

  /**
   * Add a statement to the function's resource policy, as an `AWS::Lambda::Permission` named `id`.
   * @param id The id of the permission construct
   * @param permission Who may call what, under which conditions
   */
  addPermission(id: string, permission: Permission): void;

  /** Add a statement to the policy of the function's execution role (no effect without a known role). */
  addToRolePolicy(statement: iam.PolicyStatement): void;

  /** Allow the grantee to invoke the function, its versions and aliases. */
  grantInvoke(identity: iam.IGrantable): iam.Grant;

  /** Allow the grantee to invoke the $LATEST (unqualified) function. */
  grantInvokeLatestVersion(identity: iam.IGrantable): iam.Grant;

  /** Allow the grantee to invoke the given version of the function. */
  grantInvokeVersion(identity: iam.IGrantable, version: IVersion): iam.Grant;

  /** Allow the grantee to invoke the function through its function URL (with IAM authentication). */
  grantInvokeUrl(identity: iam.IGrantable): iam.Grant;

  /** Allow each principal of the composite principal to invoke the function. */
  grantInvokeCompositePrincipal(compositePrincipal: iam.CompositePrincipal): iam.Grant[];

  /** The named metric of the function (namespace `AWS/Lambda`). */
  metric(metricName: string, props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /**
   * How long invocations of the function take.
   * @default average over 5 minutes
   */
  metricDuration(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /**
   * How often the function is invoked.
   * @default sum over 5 minutes
   */
  metricInvocations(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /**
   * How many invocations of the function are throttled.
   * @default sum over 5 minutes
   */
  metricThrottles(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /**
   * How many invocations of the function fail.
   * @default sum over 5 minutes
   */
  metricErrors(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** Bind an event source (such as a queue or a stream) to the function. */
  addEventSource(source: IEventSource): void;

  /** Configure asynchronous invocation: retries, event age and destinations. */
  configureAsyncInvoke(options: EventInvokeConfigOptions): void;
}

/** With this flag, each `addToRolePolicy` call creates its own inline policy instead of using the DefaultPolicy. */
const CREATE_NEW_POLICIES_FLAG = '@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy';

/** The base of every Lambda function construct: permissions, grants, metrics and async invoke configuration. */
export abstract class FunctionBase extends Resource implements IFunction {
  /** The principal the function runs as (its execution role). */
  public abstract readonly grantPrincipal: iam.IPrincipal;

  /** The name of the function. */
  public abstract readonly functionName: string;

  /** The ARN of the function. */
  public abstract readonly functionArn: string;

  /** The execution role of the function; undefined for a function imported without one. */
  public abstract readonly role?: iam.IRole;

  /** The construct node where permissions are attached. */
  public abstract readonly permissionsNode: Node;

  /** The architecture of this Lambda Function. */
  public abstract readonly architecture: Architecture;

  /** The ARNs to grant invoke permission on. */
  public abstract readonly resourceArnsForGrantInvoke: string[];

  /**
   * Whether `addPermission` can add permissions: true for functions defined here, false for $LATEST and for imports
   * that may be in another environment.
   */
  protected abstract readonly canCreatePermissions: boolean;

  /**
   * Whether the user decides to skip adding permissions (imports only): no warning, no error.
   * @internal
   */
  protected _skipPermissions: boolean = false;

  private _latestVersion?: IVersion;
  private readonly invokeGrants: { [identifier: string]: iam.Grant } = {};
  private readonly functionUrlInvokeGrants: { [identifier: string]: iam.Grant } = {};
  private inlinePolicyCounter = 0;

  /** Whether or not this Lambda function was bound to a VPC. */
  public get isBoundToVpc(): boolean {
    return false;
  }

  /** A reference to this function, as L1 properties accept it. */
  public get functionRef(): FunctionReference {
    return { functionName: this.functionName, functionArn: this.functionArn };
  }

  /** The `$LATEST` version of this function (a child construct named `$LATEST`, created on first use). */
  public get latestVersion(): IVersion {
    if (!this._latestVersion) {
      const { LatestVersion } = latestVersionModule();
      this._latestVersion = new LatestVersion(this);
    }
    return this._latestVersion;
  }

  /**
   * Add a statement to the function's resource policy, as an `AWS::Lambda::Permission` named `id` (in `scope` if
   * given). Where permissions cannot be added, this warns and does nothing.
   */
  public addPermission(id: string, permission: Permission): void {
    if (!this.canCreatePermissions) {
      if (!this._skipPermissions) {
        Annotations.of(this).addWarningV2('UnclearLambdaEnvironment',
          `addPermission('${id}') has no effect: the function (region ${this.env.region}, account ${this.env.account}) `
          + `may not be in the environment of its stack (region ${this.stack.region}, account ${this.stack.account}), or `
          + 'it is the $LATEST version. If it is in the same account, import it with fromFunctionAttributes() and '
          + 'sameEnvironment: true; to silence this, pass skipPermissions: true.');
      }
      return;
    }

    const fromPrincipal = permissionFieldsOf(permission.principal, this);
    const action = permission.action ?? 'lambda:InvokeFunction';
    const scope = permission.scope ?? this;
    this._warnIfInvokePermissionNeedsQualifier(scope, action);

    const resource = new CfnPermission(scope, id, {
      action,
      principal: fromPrincipal.principal,
      functionName: this.functionArn,
      eventSourceToken: permission.eventSourceToken,
      sourceAccount: permission.sourceAccount ?? fromPrincipal.sourceAccount,
      sourceArn: permission.sourceArn ?? fromPrincipal.sourceArn,
      principalOrgId: permission.organizationId ?? fromPrincipal.principalOrgId,
      functionUrlAuthType: permission.functionUrlAuthType,
      invokedViaFunctionUrl: permission.invokedViaFunctionUrl,
    });
    warnAboutUnscopedPermission(resource, permission, fromPrincipal);
  }

  /**
   * Adds a statement to the IAM role assumed by the instance (no effect when the function has no known role).
   * With `@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy`, each call creates its own inline policy.
   */
  public addToRolePolicy(statement: iam.PolicyStatement): void {
    if (!this.role) { return; }
    if (FeatureFlags.of(this).isEnabled(CREATE_NEW_POLICIES_FLAG)) {
      const policy = new iam.Policy(this, `inlinePolicyAddedToExecutionRole-${this.inlinePolicyCounter++}`, {
        statements: [statement],
      });
      this.role.attachInlinePolicy(policy);
      return;
    }
    this.role.addToPrincipalPolicy(statement);
  }

  /** Grant the given identity permissions to invoke this Lambda (the function and all its versions and aliases). */
  public grantInvoke(grantee: iam.IGrantable): iam.Grant {
    const identifier = `Invoke${grantHash(grantee.grantPrincipal)}`;
    const existing = this.invokeGrants[identifier];
    if (existing) { return existing; }
    const grant = this.grant(grantee, identifier, 'lambda:InvokeFunction', this.resourceArnsForGrantInvoke);
    this.invokeGrants[identifier] = grant;
    return grant;
  }

  /** Grant the given identity permissions to invoke the $LATEST version or unqualified version of this Lambda. */
  public grantInvokeLatestVersion(grantee: iam.IGrantable): iam.Grant {
    return this.grantInvokeVersion(grantee, this.latestVersion);
  }

  /** Grant the given identity permissions to invoke the given version of this Lambda. */
  public grantInvokeVersion(grantee: iam.IGrantable, version: IVersion): iam.Grant {
    const identifier = `Invoke${grantHash(grantee.grantPrincipal, version.version)}`;
    const existing = this.invokeGrants[identifier];
    if (existing) { return existing; }
    // The unqualified ARN invokes $LATEST too, so a grant on $LATEST covers both. (Comparing with this.latestVersion
    // creates the $LATEST construct before the permission, which is the template order aws-cdk-lib produces.)
    const versionArn = `${this.functionArn}:${version.version}`;
    const resourceArns = version === this.latestVersion ? [versionArn, this.functionArn] : [versionArn];
    const grant = this.grant(grantee, identifier, 'lambda:InvokeFunction', resourceArns);
    this.invokeGrants[identifier] = grant;
    return grant;
  }

  /**
   * Grant the given identity permissions to invoke this Lambda Function URL: `lambda:InvokeFunctionUrl` (for IAM
   * auth) and `lambda:InvokeFunction` restricted to calls through the URL. Returns the second grant.
   */
  public grantInvokeUrl(grantee: iam.IGrantable): iam.Grant {
    const identifier = `InvokeFunctionUrl${grantee.grantPrincipal}`;
    const existing = this.functionUrlInvokeGrants[identifier];
    if (existing) { return existing; }
    this.grant(grantee, identifier, 'lambda:InvokeFunctionUrl', [this.functionArn],
      { functionUrlAuthType: FunctionUrlAuthType.AWS_IAM },
      { StringEquals: { 'lambda:FunctionUrlAuthType': FunctionUrlAuthType.AWS_IAM } });
    const grant = this.grant(grantee, `${identifier}-DualAuth`, 'lambda:InvokeFunction', [this.functionArn],
      { invokedViaFunctionUrl: true },
      { Bool: { 'lambda:InvokedViaFunctionUrl': true } });
    this.functionUrlInvokeGrants[identifier] = grant;
    return grant;
  }

  /** Grant each principal of a CompositePrincipal permission to invoke this Lambda. */
  public grantInvokeCompositePrincipal(compositePrincipal: iam.CompositePrincipal): iam.Grant[] {
    return compositePrincipal.principals.map(principal => this.grantInvoke(principal));
  }

  /** Return the given named metric for this Function (namespace `AWS/Lambda`, dimension `FunctionName`). */
  public metric(metricName: string, props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return new cloudwatch.Metric({
      namespace: 'AWS/Lambda',
      metricName,
      dimensionsMap: { FunctionName: this.functionName },
      ...props,
    }).attachTo(this);
  }

  /**
   * How many invocations of this Lambda fail.
   * @default sum over 5 minutes
   */
  public metricErrors(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('Errors', { statistic: 'Sum', ...props });
  }

  /**
   * How long execution of this Lambda takes.
   * @default average over 5 minutes
   */
  public metricDuration(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('Duration', { statistic: 'Average', ...props });
  }

  /**
   * How often this Lambda is invoked.
   * @default sum over 5 minutes
   */
  public metricInvocations(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('Invocations', { statistic: 'Sum', ...props });
  }

  /**
   * How often this Lambda is throttled.
   * @default sum over 5 minutes
   */
  public metricThrottles(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('Throttles', { statistic: 'Sum', ...props });
  }

  /** Adds an event source to this function (the event source binds itself to the function). */
  public addEventSource(source: IEventSource): void {
    source.bind(this);
  }

  /** Configures options for asynchronous invocation (once per function: a child named `EventInvokeConfig`). */
  public configureAsyncInvoke(options: EventInvokeConfigOptions): void {
    if (this.node.tryFindChild('EventInvokeConfig') !== undefined) {
      throw new ValidationError('configureAsyncInvoke() was already called (or onSuccess, onFailure, maxEventAge or '
        + 'retryAttempts were given): a function has one asynchronous invocation configuration', this);
    }
    new EventInvokeConfig(this, 'EventInvokeConfig', { function: this, ...options });
  }

  /**
   * Whether the function is in the account of its stack (both known, and equal).
   * @internal
   */
  protected _isStackAccount(): boolean {
    if (Token.isUnresolved(this.stack.account) || Token.isUnresolved(this.functionArn)) { return false; }
    return this.stack.splitArn(this.functionArn, ArnFormat.SLASH_RESOURCE_NAME).account === this.stack.account;
  }

  /**
   * The node under which `addPermission` creates permissions (a SingletonFunction's is the real function's).
   * @internal
   */
  public _functionNode(): Node {
    return this.node;
  }

  /**
   * Hook for functions with versions: invoke permissions on the unqualified function do not cover its versions.
   * @internal
   */
  protected _warnIfInvokePermissionNeedsQualifier(_scope: IConstruct, _action: string): void {
    return;
  }

  /**
   * Grant `action` on `resourceArns` to `grantee`: in its identity policy when it is in this account, else (or also,
   * across accounts) as a Lambda permission named `identifier` on this function.
   */
  private grant(
    grantee: iam.IGrantable,
    identifier: string,
    action: string,
    resourceArns: string[],
    permissionOverrides?: Partial<Permission>,
    conditions?: Record<string, Record<string, unknown>>,
  ): iam.Grant {
    const resource = {
      node: this.node,
      stack: this.stack,
      env: this.env,
      applyRemovalPolicy: this.applyRemovalPolicy.bind(this),
      addToResourcePolicy: (_statement: iam.PolicyStatement): iam.AddToResourcePolicyResult => {
        this.addPermission(identifier, { principal: grantee.grantPrincipal, action, ...permissionOverrides });
        const permission = this._functionNode().tryFindChild(identifier);
        if (!permission && !this._skipPermissions) {
          throw new ValidationError(`Cannot grant '${action}' to ${grantee.grantPrincipal} through a Lambda permission: `
            + 'the function is imported from another environment, or is the $LATEST version. For a function of this '
            + 'account, import it with fromFunctionAttributes() and sameEnvironment: true; if its resource policy already '
            + 'allows the call, pass skipPermissions: true.', this);
        }
        return { statementAdded: true, policyDependable: permission };
      },
    } as unknown as iam.IResourceWithPolicy;
    return iam.Grant.addToPrincipalOrResource({ grantee, actions: [action], resourceArns, resource, conditions });
  }
}

/**
 * A function reached through a qualifier (a version or an alias): permissions and async configuration apply to the
 * qualified ARN.
 */
export abstract class QualifiedFunctionBase extends FunctionBase {
  /** The function this version or alias belongs to. */
  public abstract readonly lambda: IFunction;

  public readonly permissionsNode: Node = this.node;

  /** The version or alias name appended to the function ARN. */
  protected abstract readonly qualifier: string;

  public override get latestVersion(): IVersion {
    return this.lambda.latestVersion;
  }

  public get resourceArnsForGrantInvoke(): string[] {
    return [this.functionArn];
  }

  /** Configures options for asynchronous invocation of this version or alias (once). */
  public override configureAsyncInvoke(options: EventInvokeConfigOptions): void {
    if (this.node.tryFindChild('EventInvokeConfig') !== undefined) {
      throw new ValidationError(`configureAsyncInvoke() was already called for ${this.lambda.node.path}:${this.qualifier}: `
        + 'a qualified function has one asynchronous invocation configuration', this);
    }
    new EventInvokeConfig(this, 'EventInvokeConfig', { function: this.lambda, qualifier: this.qualifier, ...options });
  }
}

/** The id suffix of an invoke grant: a hash of the principal, its conditions and (for versions) the version. */
function grantHash(principal: iam.IPrincipal, version?: string): string {
  const key: { principal: string; conditions: unknown; version?: string } = {
    principal: principal.toString(),
    conditions: principal.policyFragment.conditions,
  };
  if (version !== undefined) { key.version = version; }
  return digestOf('sha256', JSON.stringify(key), 'base64');
}
