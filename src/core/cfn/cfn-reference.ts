import type { IConstruct } from 'constructs';
import { Reference } from '../tokens/reference';
import { IResolveContext, ResolutionTypeHint } from '../tokens/resolvable';
import { findStack } from './stack-lookup';
import type { CfnElement } from './cfn-element';

/**
 * Handles a reference that is resolved in a different stack than the one it points into. Installed by
 * synthesis: it creates the export in the producing stack and returns the value to use in the consumer.
 */
export type CrossStackReferenceHandler = (reference: CfnReference, consumingStack: any, context: IResolveContext) => any;

let crossStackHandler: CrossStackReferenceHandler | undefined;

/** Install (or remove, with undefined) the handler for cross-stack references. @internal */
export function setCrossStackReferenceHandler(handler: CrossStackReferenceHandler | undefined): void {
  crossStackHandler = handler;
}

/** Where a target keeps its references, by key (a hidden property: cheaper than a WeakMap of every target). */
const REFERENCES = Symbol('lambda-cdk.references');

/** A Token that represents a CloudFormation reference (`Ref` or `Fn::GetAtt`) to another element or a pseudo parameter. */
export class CfnReference extends Reference {
  /** Check if the value is a CfnReference. */
  public static isCfnReference(x: any): x is CfnReference {
    return x instanceof CfnReference;
  }

  /** The reference to an attribute of a CloudFormation element (`Ref` for the element itself); cached per target. */
  public static for(target: CfnElement, attribute: string, refRender?: 'Ref' | 'GetAtt', typeHint?: ResolutionTypeHint): CfnReference {
    const key = refRender === undefined && typeHint === undefined ? attribute : `${attribute}|${refRender ?? ''}|${typeHint ?? ''}`;
    const byKey = referencesOf(target);
    if (Object.prototype.hasOwnProperty.call(byKey, key)) { return byKey[key]; }
    const useRef = refRender === 'Ref' || (refRender === undefined && attribute === 'Ref');
    // The value is produced in resolve() from the target's final logical ID.
    const ref = new CfnReference(null, useRef && attribute === 'Ref' ? 'Ref' : attribute, target, typeHint, false);
    ref.useRef = useRef;
    byKey[key] = ref;
    return ref;
  }

  /** A reference to a pseudo parameter (e.g. AWS::AccountId) scoped to a stack. */
  public static forPseudo(pseudoName: string, scope: IConstruct): CfnReference {
    const byKey = referencesOf(scope);
    const key = `pseudo|${pseudoName}`;
    if (Object.prototype.hasOwnProperty.call(byKey, key)) { return byKey[key]; }
    return byKey[key] = new CfnReference({ Ref: pseudoName }, pseudoName, scope, undefined, true);
  }

  /** The CloudFormation attribute (`Ref` or the attribute name). */
  public readonly attribute: string;
  /** Whether this references a pseudo parameter. */
  public readonly isPseudo: boolean;
  private useRef = true;
  private _producingStack?: any;

  protected constructor(value: any, displayName: string, target: IConstruct, typeHint: ResolutionTypeHint | undefined, isPseudo: boolean) {
    super(value, target, displayName, typeHint);
    this.attribute = displayName;
    this.isPseudo = isPseudo;
  }

  public override resolve(context: IResolveContext): any {
    if (crossStackHandler && !this.isPseudo) {
      const consumingStack = findStack(context.scope);
      if (consumingStack !== this.producingStack) {
        return crossStackHandler(this, consumingStack, context);
      }
    }
    if (this.isPseudo) { return super.resolve(context); }
    // The target's final logical ID, directly: cheaper than resolving the logicalId token inside the value.
    const logicalId = (this.target as CfnElement).resolvedLogicalId;
    return this.useRef ? { Ref: logicalId } : { 'Fn::GetAtt': [logicalId, this.attribute] };
  }

  /** The stack that owns the referenced element (found once: a construct never moves). */
  public get producingStack(): any {
    return this._producingStack ??= findStack(this.target);
  }
}

/** The references already made to `target`, by key (a plain object read with hasOwnProperty). */
function referencesOf(target: IConstruct): { [key: string]: CfnReference } {
  // A plain object keyed by attribute: a target has a few references, and both a Map's table and a prototype-less
  // object (a dictionary) are several times larger.
  let byKey: { [key: string]: CfnReference } | undefined = (target as any)[REFERENCES];
  if (!byKey) {
    byKey = {};
    Object.defineProperty(target, REFERENCES, { value: byKey });
  }
  return byKey;
}
