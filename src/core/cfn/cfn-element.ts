import { Construct, Node } from 'constructs';
import { ValidationError } from '../errors';
import { Lazy } from '../tokens/lazy';
import { CFN_ELEMENT_SYMBOL, findStack } from './stack-lookup';
import type { Stack } from '../stack';
import { lazyModule } from '../lazy-module';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const cfnReferenceModule = lazyModule(() => require('./cfn-reference') as typeof import('./cfn-reference'));

let creationListener: ((element: CfnElement, rerender?: boolean) => void) | undefined;

/**
 * Be told about every CfnElement created from now on, and about elements whose rendering must be redone
 * (synthesis renders elements that appear, or change, while it runs). @internal
 */
export function setElementCreationListener(listener: ((element: CfnElement, rerender?: boolean) => void) | undefined): void {
  creationListener = listener;
}

/**
 * Ask synthesis, if it is running, to render this element again: something it rendered has changed since
 * (a physical name generated because another environment references the resource). @internal
 */
export function requestRerender(element: CfnElement): void {
  if (creationListener) { creationListener(element, true); }
}

const VALID_LOGICAL_ID = /^[A-Za-z0-9]{1,255}$/;

/**
 * An element of a CloudFormation stack: a resource, parameter, output, condition, mapping or rule.
 */
export abstract class CfnElement extends Construct {
  /** Returns true if a construct is a stack element (i.e. part of the synthesized CloudFormation template). */
  public static isCfnElement(x: any): x is CfnElement {
    return typeof x === 'object' && x !== null && CFN_ELEMENT_SYMBOL in x;
  }


  /** The stack in which this element is defined. */
  public readonly stack: Stack;

  private _logicalIdOverride?: string;
  private _logicalIdLocked?: boolean;
  private _allocatedLogicalId?: string;
  private _logicalIdToken?: string;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.stack = findStack(scope);
    if (creationListener) { creationListener(this); }
  }

  /**
   * The logical ID for this CloudFormation stack element: a token that resolves to the final ID, which
   * the stack allocates from the construct path unless overridden. (Created on first use: most elements
   * are only ever referenced through their final ID.)
   */
  public get logicalId(): string {
    if (this._logicalIdToken === undefined) {
      this._logicalIdToken = Lazy.uncachedString({ produce: () => this.resolvedLogicalId }, {
        displayHint: `${this.node.id}.LogicalID`,
      });
    }
    return this._logicalIdToken;
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
      let id: string;
      try {
        id = this.stack.getLogicalId(this);
      } catch (e) {
        throw new ValidationError(`Cannot allocate a logical ID: ${(e as Error).message}`, this);
      }
      if (!VALID_LOGICAL_ID.test(id)) {
        throw new ValidationError(`The logical ID allocated from the construct path is '${id}', but a logical ID must match ${VALID_LOGICAL_ID} (1-255 letters and digits); give the construct an id with letters or digits, or call overrideLogicalId()`, this);
      }
      this._allocatedLogicalId = id;
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

Object.defineProperty(CfnElement.prototype, CFN_ELEMENT_SYMBOL, { value: true });

/** Base class for referenceable CloudFormation constructs which are not Resources. */
export abstract class CfnRefElement extends CfnElement {
  /** Return a string that will be resolved to a CloudFormation `{ Ref }` for this element. */
  public get ref(): string {
    const { CfnReference } = cfnReferenceModule();
    return CfnReference.for(this, 'Ref').toString();
  }
}
