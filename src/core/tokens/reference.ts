import type { IConstruct } from 'constructs';
import { Intrinsic } from './intrinsic';
import { ResolutionTypeHint } from './resolvable';

const REFERENCE_SYMBOL = Symbol.for('lambda-cdk.Reference');

/** An intrinsic Token that represents a reference to a construct: references are tracked across stacks. */
export abstract class Reference extends Intrinsic {
  /** Check whether this is actually a Reference. */
  public static isReference(x: any): x is Reference {
    return typeof x === 'object' && x !== null && REFERENCE_SYMBOL in x;
  }

  public readonly target: IConstruct;
  public readonly displayName: string;

  constructor(value: any, target: IConstruct, displayName?: string, typeHint?: ResolutionTypeHint) {
    super(value, { typeHint });
    this.target = target;
    this.displayName = displayName ?? 'Reference';
  }
}

Object.defineProperty(Reference.prototype, REFERENCE_SYMBOL, { value: true });
