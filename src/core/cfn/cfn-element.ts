import { Construct, Node } from 'constructs';
import { ValidationError } from '../errors';
import { Lazy } from '../tokens/lazy';
import { findStack } from './stack-lookup';
import type { Stack } from '../stack';

const CFN_ELEMENT_SYMBOL = Symbol.for('lambda-cdk.CfnElement');

/**
 * An element of a CloudFormation stack: a resource, parameter, output, condition, mapping or rule.
 */
export abstract class CfnElement extends Construct {
  /** Returns true if a construct is a stack element (i.e. part of the synthesized CloudFormation template). */
  public static isCfnElement(x: any): x is CfnElement {
    return typeof x === 'object' && x !== null && CFN_ELEMENT_SYMBOL in x;
  }

  /**
   * The logical ID for this CloudFormation stack element: a token that resolves to the final ID, which
   * the stack allocates from the construct path unless overridden.
   */
  public readonly logicalId: string;

  /** The stack in which this element is defined. */
  public readonly stack: Stack;

  private _logicalIdOverride?: string;
  private _logicalIdLocked?: boolean;
  private _allocatedLogicalId?: string;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    Object.defineProperty(this, CFN_ELEMENT_SYMBOL, { value: true });
    this.stack = findStack(this);
    this.logicalId = Lazy.uncachedString({ produce: () => this.resolvedLogicalId }, {
      displayHint: `${shortPath(this.node.path)}.LogicalID`,
    });
  }

  /** Overrides the auto-generated logical ID with a specific ID. */
  public overrideLogicalId(newLogicalId: string): void {
    if (this._logicalIdLocked) {
      throw new ValidationError(`The logicalId for resource at path ${Node.of(this).path} has been locked and cannot be overridden. Make sure you are calling "overrideLogicalId" before Stack.exportValue`, this);
    }
    this._logicalIdOverride = newLogicalId;
    this._allocatedLogicalId = undefined;
  }

  /** The creation stack of this element, if captured. */
  public get creationStack(): string[] {
    return [];
  }

  /** The final logical ID of this element (allocated once, on first use). */
  public get resolvedLogicalId(): string {
    if (this._logicalIdOverride !== undefined) { return this._logicalIdOverride; }
    if (this._allocatedLogicalId === undefined) {
      this._allocatedLogicalId = this.stack.getLogicalId(this);
    }
    return this._allocatedLogicalId;
  }

  /** Lock the logical ID so it cannot be overridden any more (used once it has been exported). */
  public _lockLogicalId(): void {
    this._logicalIdLocked = true;
  }

  /**
   * The CloudFormation fragment this element contributes to the template, e.g.
   * `{ Resources: { LogicalId: { Type, Properties } } }`, with tokens still unresolved.
   * @internal
   */
  public abstract _toCloudFormation(): object;

  /** Whether the logical ID was overridden. */
  protected get _logicalIdIsOverridden(): boolean {
    return this._logicalIdOverride !== undefined;
  }
}

/** Base class for referenceable CloudFormation constructs which are not Resources. */
export abstract class CfnRefElement extends CfnElement {
  /** Return a string that will be resolved to a CloudFormation `{ Ref }` for this element. */
  public get ref(): string {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { CfnReference } = require('./cfn-reference') as typeof import('./cfn-reference');
    return CfnReference.for(this, 'Ref').toString();
  }
}

function shortPath(path: string): string {
  return path.length > 100 ? `..${path.slice(path.length - 98)}` : path;
}
