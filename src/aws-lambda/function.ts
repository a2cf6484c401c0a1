import type { Construct, IConstruct, Node } from 'constructs';
import * as cloudwatch from '../aws-cloudwatch';
import * as iam from '../aws-iam';
import type * as logs from '../aws-logs';
import * as sqs from '../aws-sqs';
import type * as sns from '../aws-sns';
import { Annotations, ArnFormat, Duration, FeatureFlags, Lazy, Stack, Token, ValidationError } from '../core';
import type { Alias, AliasOptions } from './alias';
import { Architecture } from './architecture';
import { CodeConfig, verifyCodeConfig } from './code';
import { FunctionBase, IFunction } from './function-base';
import { EnvironmentOptions, FunctionProps, Tracing } from './function-props';
import { Handler } from './handler';
import { Version, VersionOptions } from './lambda-version';
import { CfnFunction } from './lambda.generated';
import type { ILayerVersion } from './layers';
import { addAlias } from './private/add-alias';
import { calculateFunctionHash, classifyVersionProperty, trimFromStart } from './private/function-hash';
import {
  renderLoggingConfig, renderSnapStart, validateArchitectureProps, validateDescription, validateEnvironmentVariableName,
  validateEphemeralStorage, validateFunctionName,
} from './private/function-validation';
import { addExtensionLayers } from './private/layer-extensions';
import { warnAboutRuntimeDeprecation } from './private/runtime-deprecations';
import { warnIfSecretLike } from './private/secret-environment';
import { Runtime } from './runtime';
import { lazyModule } from '../core/lazy-module';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const importedFunctionModule = lazyModule(() => require('./private/imported-function') as typeof import('./private/imported-function'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const awsLogsModule = lazyModule(() => require('../aws-logs') as typeof import('../aws-logs'));

/** What is known about a function defined outside this app. */
export interface FunctionAttributes {
  /** The ARN of the function: `arn:<partition>:lambda:<region>:<account>:function:<name>`. */
  readonly functionArn: string;

  /**
   * The execution role of the function: `addToRolePolicy` adds to it, and grants to the function go to it.
   * @default - no role: `addToRolePolicy` does nothing, grants to the function are dropped
   */
  readonly role?: iam.IRole;

  /**
   * Whether the function is in the account and region of the stack, so that permissions can be added to it.
   * @default - true when the stack has an explicit account equal to the account in the ARN; false otherwise (always
   * for environment-agnostic stacks)
   */
  readonly sameEnvironment?: boolean;

  /**
   * The function already allows what grants would add: grants and `addPermission` then do nothing (no warning, no
   * error). Use it only when you manage the function's resource policy outside this app.
   * @default false
   */
  readonly skipPermissions?: boolean;

  /**
   * The architecture of the function.
   * @default Architecture.X86_64
   */
  readonly architecture?: Architecture;
}

const BASIC_EXECUTION_ROLE = 'service-role/AWSLambdaBasicExecutionRole';
const RECOGNIZE_LAYER_VERSION_FLAG = '@aws-cdk/aws-lambda:recognizeLayerVersion';
const MAX_LAYERS = 5;
/** CloudFormation logical IDs have at most 255 characters: the current version's keeps 223, then its 32-character hash. */
const MAX_VERSION_LOGICAL_ID_PREFIX = 255 - 32;
/** Actions whose permission on the unqualified function does not cover calls to a version or alias. */
const INVOKE_ACTIONS: ReadonlySet<string> = new Set(['lambda:InvokeFunction', 'lambda:*', 'lambda:Invoke*']);

interface EnvironmentEntry {
  readonly value: string;
  readonly removeInEdge: boolean;
}

/**
 * A Lambda function: its code, runtime and configuration, the execution role it runs with (created unless given),
 * and the resources its options need (a dead-letter queue, an asynchronous invocation configuration...).
 *
 * @resource AWS::Lambda::Function
 */
export class Function extends FunctionBase {
  /** Uniquely identifies this class. */
  public static readonly PROPERTY_INJECTION_ID: string = 'aws-cdk-lib.aws-lambda.Function';

  /**
   * Record whether a change of an AWS::Lambda::Function property needs a new version (`locked`), for properties this
   * library does not know (new ones, or ones set with overrides): `fn.currentVersion` fails on unclassified ones.
   * The classification holds for every function of the process.
   * @param propertyName The CloudFormation property name (e.g. `MemorySize`)
   * @param locked true when changing it cannot be done with UpdateFunctionConfiguration, so a new version is needed
   */
  public static classifyVersionProperty(propertyName: string, locked: boolean): void {
    classifyVersionProperty(propertyName, locked);
  }

  /**
   * Reference a function defined outside this app by its ARN. Permissions can be added to it only when its account
   * is the stack's (known) account; see `fromFunctionAttributes` for more control.
   */
  public static fromFunctionArn(scope: Construct, id: string, functionArn: string): IFunction {
    return Function.fromFunctionAttributes(scope, id, { functionArn });
  }

  /** Import a lambda function into the CDK using its name (in the account and region of the scope's stack). */
  public static fromFunctionName(scope: Construct, id: string, functionName: string): IFunction {
    return Function.fromFunctionAttributes(scope, id, {
      functionArn: Stack.of(scope).formatArn({
        service: 'lambda',
        resource: 'function',
        resourceName: functionName,
        arnFormat: ArnFormat.COLON_RESOURCE_NAME,
      }),
      sameEnvironment: true,
    });
  }

  /**
   * Reference a function defined outside this app (or in another stack of it), with its role, architecture and
   * whether permissions can be added to it.
   */
  public static fromFunctionAttributes(scope: Construct, id: string, attrs: FunctionAttributes): IFunction {
    const { ImportedFunction } = importedFunctionModule();
    return new ImportedFunction(scope, id, attrs);
  }

  /** Return the given named metric for all Lambda functions of the account and region. */
  public static metricAll(metricName: string, props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return new cloudwatch.Metric({ namespace: 'AWS/Lambda', metricName, ...props });
  }

  /**
   * Metric for the number of Errors executing all Lambdas.
   * @default sum over 5 minutes
   */
  public static metricAllErrors(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metricAll('Errors', { statistic: 'sum', ...props });
  }

  /**
   * Metric for the Duration executing all Lambdas.
   * @default average over 5 minutes
   */
  public static metricAllDuration(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metricAll('Duration', props);
  }

  /**
   * Metric for the number of invocations of all Lambdas.
   * @default sum over 5 minutes
   */
  public static metricAllInvocations(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metricAll('Invocations', { statistic: 'sum', ...props });
  }

  /**
   * Metric for the number of throttled invocations of all Lambdas.
   * @default sum over 5 minutes
   */
  public static metricAllThrottles(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metricAll('Throttles', { statistic: 'sum', ...props });
  }

  /**
   * Metric for the number of concurrent executions across all Lambdas.
   * @default max over 5 minutes
   */
  public static metricAllConcurrentExecutions(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metricAll('ConcurrentExecutions', { statistic: 'max', ...props });
  }

  /**
   * Metric for the number of unreserved concurrent executions across all Lambdas.
   * @default max over 5 minutes
   */
  public static metricAllUnreservedConcurrentExecutions(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metricAll('UnreservedConcurrentExecutions', { statistic: 'max', ...props });
  }

  /** Name of the function. */
  public readonly functionName: string;
  /** ARN of this function. */
  public readonly functionArn: string;
  /** The runtime configured for this lambda. */
  public readonly runtime: Runtime;
  /** Execution role associated with this function. */
  public readonly role?: iam.IRole;
  /** The principal this Lambda Function is running as. */
  public readonly grantPrincipal: iam.IPrincipal;
  /** The construct node where permissions are attached. */
  public readonly permissionsNode: Node;
  /** The architecture the function runs on. */
  public readonly architecture: Architecture;
  /** The timeout configured for this lambda. */
  public readonly timeout?: Duration;
  /** The dead-letter queue of the function, if it has one. */
  public readonly deadLetterQueue?: sqs.IQueue;
  /** The dead-letter topic of the function, if it has one. */
  public readonly deadLetterTopic?: sns.ITopic;
  /** The ARNs to grant invoke permission on: the function, and its versions and aliases (`<arn>:*`). */
  public readonly resourceArnsForGrantInvoke: string[];

  protected readonly canCreatePermissions = true;

  private readonly layers: ILayerVersion[] = [];
  private readonly environment: { [key: string]: EnvironmentEntry } = {};
  private readonly logGroupRef?: logs.ILogGroup | ILogGroupRefLike;
  private readonly currentVersionOptions?: VersionOptions;
  private _currentVersion?: Version;
  private readonly hashMixins: string[] = [];
  private hasInvokePermission = false;
  private usedAtEdge = false;
  /**
   * Set when the version-relevant configuration must render in a stable order (the current version hashes it).
   * @internal
   */
  protected _sortEnvironment = false;

  constructor(scope: Construct, id: string, props: FunctionProps) {
    super(scope, id, { physicalName: props.functionName });

    validateFunctionName(this, props.functionName);
    validateDescription(this, props.description);
    warnAboutRuntimeDeprecation(this, props.runtime);

    this.role = props.role ?? new iam.Role(this, 'ServiceRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName(BASIC_EXECUTION_ROLE)],
    });
    this.grantPrincipal = this.role;
    this.permissionsNode = this.node;
    this.runtime = props.runtime;
    this.timeout = props.timeout;
    this.logGroupRef = props.logGroup as logs.ILogGroup | undefined;
    this.currentVersionOptions = props.currentVersionOptions;

    for (const statement of props.initialPolicy ?? []) {
      this.role.addToPrincipalPolicy(statement);
    }

    const code = props.code.bind(this);
    verifyCodeConfig(code, props);

    for (const [key, value] of Object.entries(props.environment ?? {})) {
      this.addEnvironment(key, value);
    }

    this.deadLetterQueue = this.buildDeadLetterQueue(props);
    this.deadLetterTopic = this.buildDeadLetterTopic(props);

    validateArchitectureProps(this, props);
    const architecture = props.architecture ?? props.architectures?.[0];
    this.architecture = architecture ?? Architecture.X86_64;
    validateEphemeralStorage(this, props.ephemeralStorageSize);

    const isImage = props.runtime === Runtime.FROM_IMAGE;
    const resource = new CfnFunction(this, 'Resource', {
      functionName: this.physicalName,
      description: props.description,
      code: renderCode(code),
      layers: Lazy.list({ produce: () => this.renderLayers() }, { omitEmpty: true }),
      handler: props.handler === Handler.FROM_IMAGE ? undefined : props.handler,
      timeout: props.timeout?.toSeconds(),
      packageType: isImage ? 'Image' : undefined,
      runtime: isImage ? undefined : props.runtime.name,
      role: this.role.roleArn,
      environment: Lazy.any({ produce: () => this.renderEnvironment() }),
      memorySize: props.memorySize,
      deadLetterConfig: this.renderDeadLetterConfig(),
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
      imageConfig: renderImageConfig(code),
      kmsKeyArn: props.environmentEncryption?.keyRef.keyArn,
      codeSigningConfigArn: props.codeSigningConfig?.codeSigningConfigRef.codeSigningConfigArn,
      architectures: architecture ? [architecture.name] : undefined,
      runtimeManagementConfig: props.runtimeManagementMode?.runtimeManagementConfig,
      snapStart: renderSnapStart(this, props),
      loggingConfig: renderLoggingConfig(this, props),
      recursiveLoop: props.recursiveLoop,
      ephemeralStorage: props.ephemeralStorageSize ? { size: props.ephemeralStorageSize.toMebibytes() } : undefined,
    });
    // After the resource, as in aws-cdk-lib: with one policy per statement, the tracing policy comes after it.
    resource.tracingConfig = this.buildTracingConfig(props);
    resource.node.addDependency(this.role);

    this.functionName = this.getResourceNameAttribute(resource.ref);
    this.functionArn = this.getResourceArnAttribute(resource.attrArn, {
      service: 'lambda',
      resource: 'function',
      resourceName: this.physicalName,
      arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });
    this.resourceArnsForGrantInvoke = [this.functionArn, `${this.functionArn}:*`];

    if (props.layers) {
      if (isImage) {
        throw new ValidationError('Layers are not supported for container image functions (Runtime.FROM_IMAGE): '
          + 'put the layer contents into the image instead', this);
      }
      this.addLayers(...props.layers);
    }

    for (const event of props.events ?? []) {
      this.addEventSource(event);
    }

    props.code.bindToResource(resource);

    if (props.onFailure || props.onSuccess || props.maxEventAge || props.retryAttempts !== undefined) {
      this.configureAsyncInvoke({
        onFailure: props.onFailure,
        onSuccess: props.onSuccess,
        maxEventAge: props.maxEventAge,
        retryAttempts: props.retryAttempts,
      });
    }

    addExtensionLayers(this, props);
  }

  /**
   * A version for the function as this app defines it: its logical ID ends with a hash of the function's
   * version-relevant configuration, so each deployment that changes the function publishes a new version (and one that
   * does not, does not). Created on first use, with `currentVersionOptions`.
   */
  public get currentVersion(): Version {
    if (this._currentVersion) { return this._currentVersion; }
    const version = new Version(this, 'CurrentVersion', { lambda: this, ...this.currentVersionOptions });
    // The hash must not depend on the order variables were added in.
    this._sortEnvironment = true;
    version._nameLogicalIdBy(pathBasedId =>
      trimFromStart(pathBasedId, MAX_VERSION_LOGICAL_ID_PREFIX) + this._currentVersionHash());
    this._currentVersion = version;
    if (this.hasInvokePermission) { this.warnInvokePermissionNeedsQualifier(); }
    return version;
  }

  /**
   * Make `currentVersion` change with `x` as well as with the function's configuration (for inputs the configuration
   * does not show, e.g. the version of a dependency). Each call adds to the previous ones.
   * @param x a literal string (not a token)
   */
  public invalidateVersionBasedOn(x: string): void {
    if (Token.isUnresolved(x)) {
      throw new ValidationError('invalidateVersionBasedOn() needs a literal string, got a token: the version hash is '
        + 'computed during synthesis, before deploy-time values are known', this);
    }
    this.hashMixins.push(x);
  }

  /**
   * Define an alias (a child construct named `Alias<aliasName>`) that points at `currentVersion`.
   * @param aliasName The name of the alias
   * @param options Alias options
   */
  public addAlias(aliasName: string, options?: AliasOptions): Alias {
    return addAlias(this, this.currentVersion, aliasName, options);
  }

  /**
   * The MD5 that ends the logical ID of `currentVersion`, from the function as it renders now. The
   * `FunctionVersionUpgrade` aspect hashes without what `invalidateVersionBasedOn` added, as aws-cdk-lib does.
   * @internal
   */
  public _currentVersionHash(includeInvalidations: boolean = true): string {
    return calculateFunctionHash({
      resource: this.node.defaultChild as CfnFunction,
      layers: this.orderedLayers(),
      mixins: includeInvalidations ? this.hashMixins.join('') : '',
    });
  }

  /**
   * The function is used with Lambda@Edge: from now on it renders without its `removeInEdge` environment variables.
   * @internal
   */
  public _prepareForEdge(): void {
    this.usedAtEdge = true;
  }

  /**
   * Fail when the function has environment variables that Lambda@Edge does not allow (those not marked `removeInEdge`).
   * @internal
   */
  public _checkEdgeCompatibility(): void {
    const kept = Object.keys(this.environment).filter(key => !this.environment[key].removeInEdge);
    if (kept.length > 0) {
      throw new ValidationError(`The function is used with Lambda@Edge, which does not allow environment variables, but it `
        + `has ${kept.join(', ')}. Pass { removeInEdge: true } to addEnvironment() for variables the function can do `
        + 'without at the edge', this);
    }
  }

  /** A permission to invoke the unqualified function does not cover its versions: warn when it has a current version. */
  protected override _warnIfInvokePermissionNeedsQualifier(_scope: IConstruct, action: string): void {
    if (!INVOKE_ACTIONS.has(action)) { return; }
    this.hasInvokePermission = true;
    if (this._currentVersion) { this.warnInvokePermissionNeedsQualifier(); }
  }

  /**
   * The log group the function sends its logs to, when one was given in the `logGroup` prop.
   */
  public get logGroup(): logs.ILogGroup {
    if (!this.logGroupRef) {
      throw new ValidationError('This function has no logGroup: give one in the logGroup prop (this library does not '
        + 'create the /aws/lambda/<name> log group for you yet)', this);
    }
    if (isLogGroup(this.logGroupRef)) { return this.logGroupRef; }
    const logsModule = awsLogsModule();
    return logsModule.LogGroup.fromLogGroupName(this, 'LogGroup', this.logGroupRef.logGroupRef.logGroupName);
  }

  /**
   * Set an environment variable of the function (replacing a value set before); returns the function, for chaining.
   * @param key The variable name (names reserved by the Lambda runtime are rejected)
   * @param value Its value
   * @param options How the variable is treated (e.g. for Lambda@Edge)
   */
  public addEnvironment(key: string, value: string, options?: EnvironmentOptions): this {
    validateEnvironmentVariableName(this, key);
    warnIfSecretLike(this, key, value);
    this.environment[key] = { value, removeInEdge: options?.removeInEdge ?? false };
    return this;
  }

  /**
   * Add layers to the function (at most 5 in all; each must be compatible with the function's runtime).
   * @param layers the layers, in the order Lambda should apply them
   */
  public addLayers(...layers: ILayerVersion[]): void {
    for (const layer of layers) {
      if (this.layers.length === MAX_LAYERS) {
        throw new ValidationError(`A Lambda function can use at most ${MAX_LAYERS} layers; cannot add ${layer.node.path}`, this);
      }
      const compatible = layer.compatibleRuntimes;
      if (compatible && !compatible.some(runtime => runtime.runtimeEquals(this.runtime))) {
        throw new ValidationError(`Layer ${layer.node.path} is not compatible with runtime '${this.runtime.name}': it supports `
          + `${compatible.map(r => r.name).join(', ')}`, this);
      }
      this.layers.push(layer);
    }
  }

  private renderLayers(): string[] | undefined {
    if (this.layers.length === 0) { return undefined; }
    return this.orderedLayers().map(layer => layer.layerVersionArn);
  }

  /** The layers in the order they render: as added, or by construct path (UTF-16 order) with recognizeLayerVersion. */
  private orderedLayers(): ILayerVersion[] {
    if (!FeatureFlags.of(this).isEnabled(RECOGNIZE_LAYER_VERSION_FLAG)) { return this.layers; }
    return [...this.layers].sort((a, b) => compareStrings(a.node.path, b.node.path));
  }

  private warnInvokePermissionNeedsQualifier(): void {
    Annotations.of(this).addWarningV2('@aws-cdk/aws-lambda:addPermissionsToVersionOrAlias',
      'An invoke permission was added to the unqualified function, which also has a currentVersion: since Lambda '
      + 'authorizes calls to a version or alias (or calls with a Qualifier) against that qualified ARN, grant on the '
      + 'Version or Alias (version.grantInvoke(), alias.addPermission()) instead of the Function. '
      + 'See https://github.com/aws/aws-cdk/issues/19273');
  }

  private renderEnvironment(): CfnFunction.EnvironmentProperty | undefined {
    let keys = Object.keys(this.environment);
    if (this.usedAtEdge) { keys = keys.filter(key => !this.removeForEdge(key)); }
    if (keys.length === 0) { return undefined; }
    const ordered = this._sortEnvironment ? [...keys].sort() : keys;
    const variables: { [key: string]: string } = {};
    for (const key of ordered) { variables[key] = this.environment[key].value; }
    return { variables };
  }

  /** Whether a variable is left out for Lambda@Edge (saying so, once). */
  private removeForEdge(key: string): boolean {
    if (!this.environment[key].removeInEdge) { return false; }
    Annotations.of(this).addInfo(`Lambda@Edge: environment variable ${key} is left out (removeInEdge)`);
    return true;
  }

  private buildDeadLetterQueue(props: FunctionProps): sqs.IQueue | undefined {
    if (!props.deadLetterQueue && !props.deadLetterQueueEnabled) { return undefined; }
    if (props.deadLetterQueue && props.deadLetterQueueEnabled === false) {
      throw new ValidationError('deadLetterQueue is given while deadLetterQueueEnabled is false: remove one of them', this);
    }
    const queue = props.deadLetterQueue ?? new sqs.Queue(this, 'DeadLetterQueue', { retentionPeriod: Duration.days(14) });
    this.addToRolePolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [queue.queueArn] }));
    return queue;
  }

  private buildDeadLetterTopic(props: FunctionProps): sns.ITopic | undefined {
    if (!props.deadLetterTopic) { return undefined; }
    if (props.deadLetterQueue || props.deadLetterQueueEnabled !== undefined) {
      throw new ValidationError('deadLetterTopic cannot be combined with deadLetterQueue or deadLetterQueueEnabled: '
        + 'a function has one dead-letter target', this);
    }
    this.addToRolePolicy(new iam.PolicyStatement({ actions: ['sns:Publish'], resources: [props.deadLetterTopic.topicArn] }));
    return props.deadLetterTopic;
  }

  private renderDeadLetterConfig(): CfnFunction.DeadLetterConfigProperty | undefined {
    const targetArn = this.deadLetterQueue?.queueArn ?? this.deadLetterTopic?.topicArn;
    return targetArn ? { targetArn } : undefined;
  }

  private buildTracingConfig(props: FunctionProps): CfnFunction.TracingConfigProperty | undefined {
    // ADOT instrumentation traces actively unless tracing is set (even to DISABLED).
    const tracing = props.tracing ?? (props.adotInstrumentation ? Tracing.ACTIVE : undefined);
    if (tracing === undefined || tracing === Tracing.DISABLED) { return undefined; }
    this.addToRolePolicy(new iam.PolicyStatement({
      actions: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'],
      resources: ['*'],
    }));
    return { mode: tracing };
  }
}

/** A log group given by reference only (an L1 or another library's construct). */
interface ILogGroupRefLike {
  readonly logGroupRef: { readonly logGroupName: string };
}

/** Compares strings by UTF-16 code units, as JavaScript's default sort does (not by locale). */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isLogGroup(x: logs.ILogGroup | ILogGroupRefLike): x is logs.ILogGroup {
  return typeof (x as logs.ILogGroup).logGroupArn === 'string' && typeof (x as logs.ILogGroup).grantWrite === 'function';
}

function renderCode(code: CodeConfig): CfnFunction.CodeProperty {
  return {
    s3Bucket: code.s3Location?.bucketName,
    s3Key: code.s3Location?.objectKey,
    s3ObjectVersion: code.s3Location?.objectVersion,
    zipFile: code.inlineCode,
    imageUri: code.image?.imageUri,
    sourceKmsKeyArn: code.sourceKMSKeyArn,
    s3ObjectStorageMode: code.s3ObjectStorageMode,
  };
}

function renderImageConfig(code: CodeConfig): CfnFunction.ImageConfigProperty | undefined {
  const image = code.image;
  if (!image || (image.cmd === undefined && image.entrypoint === undefined && image.workingDirectory === undefined)) {
    return undefined;
  }
  return { command: image.cmd, entryPoint: image.entrypoint, workingDirectory: image.workingDirectory };
}
