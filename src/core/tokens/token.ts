import { NO_CREATION_STACK } from './creation-stack';
import type { IConstruct } from 'constructs';
import { containsStringToken, extractTokenDouble, listTokenKey } from './encoding';
import { TokenizedStringFragments } from './fragments';
import { IResolvable, ITokenResolver, isResolvableObject } from './resolvable';
import { tokenMap } from './token-map';
import { lazyModule } from '../lazy-module';

/** The process's token registry (the same one every copy of this package uses). */
const TOKENS = tokenMap();

// eslint-disable-next-line @typescript-eslint/no-require-imports
const resolveModule = lazyModule(() => require('./resolve') as typeof import('./resolve'));

/** An enum-like class that represents the result of comparing two Tokens. */
export class TokenComparison {
  /** This means we're certain the two components are NOT Tokens, and identical. */
  public static readonly SAME = new TokenComparison();
  /** This means we're certain the two components are NOT Tokens, and different. */
  public static readonly DIFFERENT = new TokenComparison();
  /** This means exactly one of the components is a Token. */
  public static readonly ONE_UNRESOLVED = new TokenComparison();
  /** This means both components are Tokens. */
  public static readonly BOTH_UNRESOLVED = new TokenComparison();
  private constructor() { }
}

/** Properties to string encodings. */
export interface EncodingOptions {
  /**
   * A hint for the Token's purpose when stringifying it.
   * @default - no display hint
   */
  readonly displayHint?: string;
}

/**
 * Represents a special or lazily-evaluated value.
 *
 * Tokens are embedded in strings, lists and numbers as markers and replaced by their values at synthesis.
 */
export class Token {
  /** Returns true if obj represents an unresolved value. */
  public static isUnresolved(obj: any): boolean {
    switch (typeof obj) {
      // The cheap substring tests inline (this runs for most strings a construct is given); the full tests only
      // when they pass.
      case 'string': return (obj.includes('${Token[') || obj.includes('e+289')) && containsStringToken(obj);
      case 'number': return extractTokenDouble(obj) !== undefined;
      case 'object':
        if (obj === null) { return false; }
        if (Array.isArray(obj)) { return obj.length === 1 && typeof obj[0] === 'string' && listTokenKey(obj[0]) !== undefined; }
        return isResolvableObject(obj);
      default: return false;
    }
  }

  /** Return a reversible string representation of this token. */
  public static asString(value: any, options: EncodingOptions = {}): string {
    if (typeof value === 'string') { return value; }
    // isResolvableObject, inlined: every token becomes a string here.
    const resolvable = typeof value === 'object' && value !== null && typeof value.resolve === 'function' ? value : Token.asAny(value);
    return TOKENS.registerString(resolvable, options.displayHint);
  }

  /** Return a reversible number representation of this token. */
  public static asNumber(value: any): number {
    if (typeof value === 'number') { return value; }
    return TOKENS.registerNumber(Token.asAny(value));
  }

  /** Return a reversible list representation of this token. */
  public static asList(value: any, options: EncodingOptions = {}): string[] {
    if (Array.isArray(value) && value.every(x => typeof x === 'string')) { return value; }
    return TOKENS.registerList(Token.asAny(value), options.displayHint);
  }

  /** Return a resolvable representation of the given value. */
  public static asAny(value: any): IResolvable {
    return isResolvableObject(value) ? value : new LiteralToken(value);
  }

  /** Compare two strings that might contain Tokens with each other. */
  public static compareStrings(possibleToken1: string, possibleToken2: string): TokenComparison {
    const firstIsUnresolved = Token.isUnresolved(possibleToken1);
    const secondIsUnresolved = Token.isUnresolved(possibleToken2);
    if (firstIsUnresolved && secondIsUnresolved) { return TokenComparison.BOTH_UNRESOLVED; }
    if (firstIsUnresolved || secondIsUnresolved) { return TokenComparison.ONE_UNRESOLVED; }
    return possibleToken1 === possibleToken2 ? TokenComparison.SAME : TokenComparison.DIFFERENT;
  }

  private constructor() { }
}

/** Options to the resolve() operation. */
export interface ResolveOptions {
  /** The scope from which resolution is performed. */
  readonly scope: IConstruct;
  /** The resolver to apply to any resolvable tokens found. */
  readonly resolver: ITokenResolver;
  /**
   * Whether the resolution is being executed during the prepare phase or not.
   * @default false
   */
  readonly preparing?: boolean;
  /**
   * Whether to remove undefined elements from arrays and objects when resolving.
   * @default true
   */
  readonly removeEmpty?: boolean;
}

/** Less oft-needed functions to manipulate Tokens. */
export class Tokenization {
  /** Un-encode a string potentially containing encoded tokens. */
  public static reverseString(s: string): TokenizedStringFragments {
    return TOKENS.splitString(s);
  }

  /** Un-encode a string which is either a complete encoded token, or doesn't contain tokens at all. */
  public static reverseCompleteString(s: string): IResolvable | undefined {
    const whole = TOKENS.wholeMarkerToken(s);
    if (whole !== undefined) { return whole; }
    const fragments = Tokenization.reverseString(s);
    if (fragments.length !== 1) { throw new Error(`Tokenzation.reverseCompleteString: argument must not be a concatentation, got '${s}'`); }
    return fragments.firstToken;
  }

  /** Un-encode a Tokenized value from a number. */
  public static reverseNumber(n: number): IResolvable | undefined {
    return TOKENS.lookupNumber(n);
  }

  /** Un-encode a Tokenized value from a list. */
  public static reverseList(l: string[]): IResolvable | undefined {
    return TOKENS.lookupList(l);
  }

  /** Reverse any value into a Resolvable, if possible. */
  public static reverse(x: any, options: ReverseOptions = {}): IResolvable | undefined {
    if (Tokenization.isResolvable(x)) { return x; }
    if (typeof x === 'string') {
      // A string that is exactly one marker (the usual case) needs no splitting.
      const whole = TOKENS.wholeMarkerToken(x);
      if (whole !== undefined) { return whole; }
      if (options.failConcat === false) {
        const fragments = Tokenization.reverseString(x);
        return fragments.length === 1 ? fragments.firstToken : undefined;
      }
      return Tokenization.reverseCompleteString(x);
    }
    if (Array.isArray(x)) { return Tokenization.reverseList(x); }
    if (typeof x === 'number') { return Tokenization.reverseNumber(x); }
    return undefined;
  }

  /** Resolves an object by evaluating all tokens and removing any undefined or empty objects or arrays. */
  public static resolve(obj: any, options: ResolveOptions): any {
    // Loaded on use: resolve.ts needs this module.
    return resolveModule().resolve(obj, {
      scope: options.scope,
      resolver: options.resolver,
      preparing: options.preparing ?? false,
      removeEmpty: options.removeEmpty ?? true,
    });
  }

  /** Return whether the given object is an IResolvable object. */
  public static isResolvable(obj: any): obj is IResolvable {
    return isResolvableObject(obj);
  }

  /** Stringify a number directly or lazily if it's a Token. */
  public static stringifyNumber(x: number): string {
    if (Token.isUnresolved(x)) {
      return Token.asString({
        creationStack: NO_CREATION_STACK,
        resolve: (context: any) => {
          const resolved = context.resolve(Tokenization.reverseNumber(x));
          return typeof resolved === 'number' ? `${resolved}` : resolved;
        },
        toString: () => `${x}`,
      } as IResolvable);
    }
    return `${x}`;
  }

  private constructor() { }
}

/** Options for the 'reverse()' operation. */
export interface ReverseOptions {
  /**
   * Fail if the given string is a concatenation.
   * @default true
   */
  readonly failConcat?: boolean;
}

/** A token that resolves to a fixed value. */
class LiteralToken implements IResolvable {
  public readonly creationStack: string[] = NO_CREATION_STACK;
  constructor(private readonly value: any) { }
  public resolve(): any { return this.value; }
  public toString(): string { return Token.asString(this); }
}
