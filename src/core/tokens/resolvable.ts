import type { IConstruct } from 'constructs';

/**
 * Current resolution context for tokens.
 */
export interface IResolveContext {
  /** The scope from which resolution has been initiated. */
  readonly scope: IConstruct;
  /** True when we are still preparing, false if we're rendering the final output. */
  readonly preparing: boolean;
  /** Path in the JSON document that is being constructed. */
  readonly documentPath: string[];
  /** Resolve an inner object. */
  resolve(x: any, options?: ResolveChangeContextOptions): any;
  /** Use this postprocessor after the entire token structure has been resolved. */
  registerPostProcessor(postProcessor: IPostProcessor): void;
}

/** Options that can be changed while doing a recursive resolve. */
export interface ResolveChangeContextOptions {
  /**
   * Change the 'allowIntrinsicKeys' option.
   * @default - Unchanged
   */
  readonly allowIntrinsicKeys?: boolean;
  /**
   * Whether to remove undefined elements from arrays and objects when resolving.
   * @default - Unchanged
   */
  readonly removeEmpty?: boolean;
}

/**
 * Interface for values that can be resolvable later.
 */
export interface IResolvable {
  /** The creation stack of this resolvable which will be appended to errors thrown during resolution. */
  readonly creationStack: string[];
  /**
   * The type that this token will likely resolve to.
   * @default - no type hint
   */
  readonly typeHint?: ResolutionTypeHint;
  /** Produce the Token's value at resolution time. */
  resolve(context: IResolveContext): any;
  /** Return a string representation of this resolvable object. */
  toString(): string;
}

/**
 * A Token that can post-process the complete resolved value, after resolve() has recursed over it.
 */
export interface IPostProcessor {
  /** Process the completely resolved value, after full recursion/resolution has happened. */
  postProcess(input: any, context: IResolveContext): any;
}

/** Type hints for resolved values. */
export enum ResolutionTypeHint {
  /** This value is expected to resolve to a String. */
  STRING = 'string',
  /** This value is expected to resolve to a Number. */
  NUMBER = 'number',
  /** This value is expected to resolve to a String List. */
  STRING_LIST = 'string-list',
}

/** Fragments of a concatenated string containing stringified Tokens. */
export interface IFragmentConcatenator {
  /** Join the fragment on the left and on the right. */
  join(left: any | undefined, right: any | undefined): any;
}

/** How to resolve tokens. */
export interface ITokenResolver {
  /** Resolve a single token. */
  resolveToken(t: IResolvable, context: IResolveContext, postProcessor: IPostProcessor): any;
  /** Resolve a string with at least one stringified token in it (may use concatenation). */
  resolveString(s: import('./fragments').TokenizedStringFragments, context: IResolveContext): any;
  /** Resolve a tokenized list. */
  resolveList(l: string[], context: IResolveContext): any;
}

/** Converts all fragments to strings and concats those. */
export class StringConcat implements IFragmentConcatenator {
  public join(left: any | undefined, right: any | undefined): any {
    if (left === undefined) { return right !== undefined ? `${right}` : undefined; }
    if (right === undefined) { return `${left}`; }
    return `${left}${right}`;
  }
}

/** Is the given object resolvable (has a `resolve()` method)? */
export function isResolvableObject(x: any): x is IResolvable {
  return typeof x === 'object' && x !== null && typeof x.resolve === 'function';
}
