import { digestOf } from './digest';
import { Construct, IConstruct } from 'constructs';
import type { ArnComponents } from './arn';
import { CfnElement, requestRerender } from './cfn/cfn-element';
import { CfnResource } from './cfn/cfn-resource';
import { RESOURCE_SYMBOL } from './cfn/stack-lookup';
import { Names } from './names';
import { ValidationError } from './errors';
import { PhysicalName } from './physical-name';
import { RemovalPolicy, RemovalPolicyOptions } from './removal-policy';
import { Stack } from './stack';
import { Lazy } from './tokens/lazy';
import { Reference } from './tokens/reference';
import { IResolveContext } from './tokens/resolvable';
import { Token, Tokenization } from './tokens/token';
import { lazyModule } from './lazy-module';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const fnModule = lazyModule(() => require('./cfn/fn') as typeof import('./cfn/fn'));

/** Represents the environment a given resource lives in. */
export interface ResourceEnvironment {
  /** The AWS account ID that this resource belongs to. */
  readonly account: string;
  /** The AWS region that this resource belongs to. */
  readonly region: string;
}

/** Something that lives in an environment (account and region). */
export interface IEnvironmentAware {
  /** The environment this resource belongs to. */
  readonly env: ResourceEnvironment;
}

/** Interface for the Resource construct. */
export interface IResource extends IConstruct, IEnvironmentAware {
  /** The stack in which this resource is defined. */
  readonly stack: Stack;
  /** Apply the given removal policy to this resource. */
  applyRemovalPolicy(policy: RemovalPolicy): void;
}

/** Construction properties for Resource. */
export interface ResourceProps {
  /**
   * The value passed in by users to the physical name prop of the resource.
   * @default - The physical name will be allocated by CloudFormation at deployment time
   */
  readonly physicalName?: string;
  /**
   * The AWS account ID this resource belongs to.
   * @default - the resource is in the same account as the stack it belongs to
   */
  readonly account?: string;
  /**
   * The AWS region this resource belongs to.
   * @default - the resource is in the same region as the stack it belongs to
   */
  readonly region?: string;
  /**
   * ARN to deduce region and account from.
   * @default - take environment from `account`, `region` parameters, or use Stack environment.
   */
  readonly environmentFromArn?: string;
}

/** A construct which represents an AWS resource (the base class of L2 constructs). */
export abstract class Resource extends Construct implements IResource {
  /** Check whether the given construct is a Resource. */
  public static isResource(construct: IConstruct): construct is Resource {
    return construct !== null && typeof construct === 'object' && RESOURCE_SYMBOL in construct;
  }

  /** Returns true if the construct was created by CDK, and false otherwise. */
  public static isOwnedResource(construct: IConstruct): boolean {
    return construct.node.defaultChild ? CfnResource.isCfnResource(construct.node.defaultChild) : false;
  }

  public readonly stack: Stack;
  public readonly env: ResourceEnvironment;

  /**
   * Returns a string-encoded token that resolves to the physical name that should be passed to the
   * CloudFormation resource.
   */
  protected get physicalName(): string {
    // A resource without a name gets a token for "no value" on first use (a Version never uses it).
    return this._physicalNameToken ??= Token.asString(undefined);
  }

  private _physicalNameToken: string | undefined;

  private _physicalName: string | undefined;
  private readonly _allowCrossEnvironment: boolean;

  constructor(scope: Construct, id: string, props: ResourceProps = {}) {
    super(scope, id);
    if ((props.account !== undefined || props.region !== undefined) && props.environmentFromArn !== undefined) {
      throw new ValidationError(`Supply at most one of 'account'/'region' (${props.account}, ${props.region}) and 'environmentFromArn' (${props.environmentFromArn})`, this);
    }
    this.stack = Stack.of(this);
    const fromArn = props.environmentFromArn ? environmentOfArn(props.environmentFromArn) : undefined;
    this.env = {
      account: props.account ?? fromArn?.account ?? this.stack.account,
      region: props.region ?? fromArn?.region ?? this.stack.region,
    };

    let physicalName = props.physicalName;
    if (props.physicalName && isGenerateIfNeeded(props.physicalName)) {
      this._allowCrossEnvironment = true;
      physicalName = Lazy.uncachedString({ produce: () => this._physicalName });
    } else {
      this._allowCrossEnvironment = false;
      if (props.physicalName && !Token.isUnresolved(props.physicalName)) {
        this._physicalName = props.physicalName;
      }
    }
    this._physicalNameToken = physicalName;
  }

  /**
   * Called when this resource is referenced across environments (account/region) to order it to
   * generate a physical name if it has none.
   * @internal
   */
  public _enableCrossEnvironment(): void {
    if (this._physicalName) { return; }
    if (!this._allowCrossEnvironment) {
      throw new ValidationError(`Cannot use resource '${this.node.path}' in a cross-environment fashion: its physical name is not known before deployment; set it explicitly or use \`PhysicalName.GENERATE_IF_NEEDED\``, this);
    }
    this._physicalName = this.generatePhysicalName();
    // Synthesis may have rendered the resource before another environment asked for its name.
    const child = this.node.defaultChild;
    if (child && CfnElement.isCfnElement(child)) { requestRerender(child); }
  }

  /** Apply the given removal policy to this resource's CloudFormation resource (its default child). */
  public applyRemovalPolicy(policy: RemovalPolicy, options?: RemovalPolicyOptions): void {
    const child = this.node.defaultChild;
    if (!child || !CfnResource.isCfnResource(child)) {
      throw new ValidationError('Cannot apply RemovalPolicy: no child or not a CfnResource. Apply the removal policy on the CfnResource directly.', this);
    }
    child.applyRemovalPolicy(policy, options);
  }

  /**
   * Generate a physical name for use across environments (as aws-cdk-lib does, observed from its output): the
   * first 25 characters of the stack name, the last 24 of the construct's unique ID, and the first 12 hex digits
   * of the SHA-256 of stack name, unique ID, region and account, all in lower case.
   */
  protected generatePhysicalName(): string {
    const stack = this.stack;
    const uniqueId = Names.nodeUniqueId(this.node);
    const hash = digestOf('sha256', stack.stackName + uniqueId + stack.region + stack.account).slice(0, 12);
    return `${stack.stackName.slice(0, 25)}${uniqueId.slice(Math.max(0, uniqueId.length - 24))}${hash}`.toLowerCase();
  }

  /** Returns an environment-sensitive token that should be used for the resource's "name" attribute. */
  protected getResourceNameAttribute(nameAttr: string): string {
    return mimicReference(nameAttr, (context) => {
      const consumingStack = Stack.of(context.scope);
      if (this.stack.account !== consumingStack.account || this.stack.region !== consumingStack.region) {
        this._enableCrossEnvironment();
        return this.physicalName;
      }
      return nameAttr;
    });
  }

  /** Returns an environment-sensitive token that should be used for the resource's "ARN" attribute. */
  protected getResourceArnAttribute(arnAttr: string, arnComponents: ArnComponents): string {
    return mimicReference(arnAttr, (context) => {
      const consumingStack = Stack.of(context.scope);
      if (this.stack.account !== consumingStack.account || this.stack.region !== consumingStack.region) {
        this._enableCrossEnvironment();
        return this.stack.formatArn(arnComponents);
      }
      return arnAttr;
    });
  }
}

// On the prototype: one definition, instead of a property added to every instance.
Object.defineProperty(Resource.prototype, RESOURCE_SYMBOL, { value: true });

/** The account and region fields of an ARN (`arn:partition:service:region:account:...`), as tokens when the ARN is one. */
function environmentOfArn(arn: string): ResourceEnvironment {
  // A literal `arn:` prefix means the colons are real even if some parts are tokens: split the text.
  if (Token.isUnresolved(arn) && !arn.startsWith('arn:')) {
    const { Fn } = fnModule();
    const parts = Fn.split(':', arn);
    return { region: Fn.select(3, parts), account: Fn.select(4, parts) };
  }
  const parts = arn.split(':');
  return { region: parts[3], account: parts[4] };
}

function isGenerateIfNeeded(name: string): boolean {
  return name === PhysicalName.GENERATE_IF_NEEDED;
}

/** A token that behaves like the reference behind `refSource` (so it is tracked across stacks) but produces its own value. */
function mimicReference(refSource: string, produce: (context: IResolveContext) => any): string {
  const reference = Tokenization.reverse(refSource, { failConcat: false });
  if (!reference || !Reference.isReference(reference)) {
    return Lazy.uncachedString({ produce });
  }
  return Token.asString(new MimicReference(reference, produce), { displayHint: reference.displayName });
}

class MimicReference extends Reference {
  constructor(original: Reference, private readonly producer: (context: IResolveContext) => any) {
    super(undefined, original.target, original.displayName, original.typeHint);
  }

  public override resolve(context: IResolveContext): any {
    return this.producer(context);
  }
}
