import type { Construct, IConstruct, IDependable, MetadataOptions, Node } from 'constructs';
import type * as iam from '../aws-iam';
import type * as logs from '../aws-logs';
import { Stack } from '../core';
import type { Architecture } from './architecture';
import { FunctionBase } from './function-base';
import type { EnvironmentOptions, FunctionProps } from './function-props';
import { Function as LambdaFunction } from './function';
import type { Version } from './lambda-version';
import type { ILayerVersion } from './layers';
import type { Permission } from './permission';
import type { Runtime } from './runtime';

/** Properties of a SingletonFunction. */
export interface SingletonFunctionProps extends FunctionProps {
  /**
   * A unique identifier of the function: every SingletonFunction with the same `uuid` (and `lambdaPurpose`) in a
   * stack is the same function. Generate one once (e.g. with `uuidgen`) and keep it in the code.
   */
  readonly uuid: string;

  /**
   * What the function is for: the start of its construct id, which makes the template easier to read.
   * @default SingletonLambda
   */
  readonly lambdaPurpose?: string;
}

/**
 * A function that exists once per stack however many times it is declared: the first declaration creates it at the
 * stack root (as `<lambdaPurpose><uuid>`), later ones with the same uuid and purpose use it, and their props are
 * ignored. The SingletonFunction itself renders nothing: it forwards to that function.
 *
 * @resource AWS::Lambda::Function
 */
export class SingletonFunction extends FunctionBase {
  /** Uniquely identifies this class. */
  public static readonly PROPERTY_INJECTION_ID: string = 'aws-cdk-lib.aws-lambda.SingletonFunction';

  /** The principal the function runs as. */
  public readonly grantPrincipal: iam.IPrincipal;
  /** The name of the function. */
  public readonly functionName: string;
  /** The ARN of the function. */
  public readonly functionArn: string;
  /** The execution role of the function. */
  public readonly role?: iam.IRole;
  /** The node of the real function, where permissions are created. */
  public readonly permissionsNode: Node;
  /** The architecture of the function. */
  public readonly architecture: Architecture;
  /** The runtime of the function. */
  public readonly runtime: Runtime;
  /** The construct id of the real function (at the stack root): `<lambdaPurpose><uuid without punctuation>`. */
  public readonly constructName: string;

  protected readonly canCreatePermissions = true;

  private readonly lambdaFunction: LambdaFunction;

  constructor(scope: Construct, id: string, props: SingletonFunctionProps) {
    super(scope, id);
    this.constructName = (props.lambdaPurpose || 'SingletonLambda') + props.uuid.replace(/[^a-zA-Z0-9]/g, '');
    this.lambdaFunction = this.ensureLambda(props);
    this.permissionsNode = this.lambdaFunction.node;
    this.architecture = this.lambdaFunction.architecture;
    this.functionArn = this.lambdaFunction.functionArn;
    this.functionName = this.lambdaFunction.functionName;
    this.role = this.lambdaFunction.role;
    this.runtime = this.lambdaFunction.runtime;
    this.grantPrincipal = this.lambdaFunction.grantPrincipal;
  }

  /** The ARNs an invoke grant covers: the function and its versions and aliases. */
  public get resourceArnsForGrantInvoke(): string[] {
    return this.lambdaFunction.resourceArnsForGrantInvoke;
  }

  /** Whether the function runs in a VPC. */
  public override get isBoundToVpc(): boolean {
    return this.lambdaFunction.isBoundToVpc;
  }

  /** The log group of the function. */
  public get logGroup(): logs.ILogGroup {
    return this.lambdaFunction.logGroup;
  }

  /** The current version of the function (see `Function.currentVersion`). */
  public get currentVersion(): Version {
    return this.lambdaFunction.currentVersion;
  }

  /**
   * Set an environment variable of the function; returns the real function.
   * @param key The variable name
   * @param value Its value
   * @param options How the variable is treated (e.g. for Lambda@Edge)
   */
  public addEnvironment(key: string, value: string, options?: EnvironmentOptions): LambdaFunction {
    return this.lambdaFunction.addEnvironment(key, value, options);
  }

  /**
   * Add layers to the function.
   * @param layers the layers, in the order Lambda should apply them
   */
  public addLayers(...layers: ILayerVersion[]): void {
    this.lambdaFunction.addLayers(...layers);
  }

  /** Add a statement to the function's resource policy (the permission is created under the real function). */
  public override addPermission(name: string, permission: Permission): void {
    this.lambdaFunction.addPermission(name, permission);
  }

  /**
   * Add construct metadata to the real function.
   * @param type The metadata type
   * @param data The metadata value
   * @param options Metadata options
   */
  public addMetadata(type: string, data: unknown, options?: MetadataOptions): void {
    this.lambdaFunction.node.addMetadata(type, data, options);
  }

  /** The function is deployed after `up` (its resources depend on them). */
  public addDependency(...up: IDependable[]): void {
    this.lambdaFunction.node.addDependency(...up);
  }

  /** `down` is deployed after the function (its resources depend on the function's). */
  public dependOn(down: IConstruct): void {
    down.node.addDependency(this.lambdaFunction);
  }

  /** @internal */
  public override _functionNode(): Node {
    return this.lambdaFunction.node;
  }

  /** @internal */
  public _prepareForEdge(): void {
    this.lambdaFunction._prepareForEdge();
  }

  /** @internal */
  public _checkEdgeCompatibility(): void {
    this.lambdaFunction._checkEdgeCompatibility();
  }

  private ensureLambda(props: SingletonFunctionProps): LambdaFunction {
    const stack = Stack.of(this);
    const existing = stack.node.tryFindChild(this.constructName);
    if (existing) { return existing as LambdaFunction; }
    return new LambdaFunction(stack, this.constructName, props);
  }
}
