import { NO_CREATION_STACK } from './creation-stack';
import { IResolvable, IResolveContext } from './resolvable';
import { Token } from './token';

/** Interface for lazy string producers. */
export interface IStringProducer {
  /** Produce the string value. */
  produce(context: IResolveContext): string | undefined;
}
/** Interface for (stable) lazy string producers. */
export interface IStableStringProducer {
  /** Produce the string value. */
  produce(): string | undefined;
}
/** Interface for lazy list producers. */
export interface IListProducer {
  /** Produce the list value. */
  produce(context: IResolveContext): string[] | undefined;
}
/** Interface for (stable) lazy list producers. */
export interface IStableListProducer {
  /** Produce the list value. */
  produce(): string[] | undefined;
}
/** Interface for lazy number producers. */
export interface INumberProducer {
  /** Produce the number value. */
  produce(context: IResolveContext): number | undefined;
}
/** Interface for (stable) lazy number producers. */
export interface IStableNumberProducer {
  /** Produce the number value. */
  produce(): number | undefined;
}
/** Interface for lazy untyped value producers. */
export interface IAnyProducer {
  /** Produce the value. */
  produce(context: IResolveContext): any;
}
/** Interface for (stable) lazy untyped value producers. */
export interface IStableAnyProducer {
  /** Produce the value. */
  produce(): any;
}

/** Options for creating a lazy string token. */
export interface LazyStringValueOptions {
  /**
   * Use the given name as a display hint.
   * @default - No hint
   */
  readonly displayHint?: string;
}
/** Options for creating a lazy list token. */
export interface LazyListValueOptions {
  /**
   * Use the given name as a display hint.
   * @default - No hint
   */
  readonly displayHint?: string;
  /**
   * If the produced list is empty, return 'undefined' instead.
   * @default false
   */
  readonly omitEmpty?: boolean;
}
/** Options for creating lazy untyped tokens. */
export interface LazyAnyValueOptions {
  /**
   * Use the given name as a display hint.
   * @default - No hint
   */
  readonly displayHint?: string;
  /**
   * If the produced value is an array and it is empty, return 'undefined' instead.
   * @default false
   */
  readonly omitEmptyArray?: boolean;
}

/** Lazily produce a value: the producer runs at synthesis (once, unless uncached). */
export class Lazy {
  /** Defer the calculation of a string value to synthesis time (the result is cached). */
  public static string(producer: IStableStringProducer, options: LazyStringValueOptions = {}): string {
    return Token.asString(new LazyValue(producer, true, false), options);
  }
  /** Defer the one-time calculation of a string value to synthesis time (the producer is called every time). */
  public static uncachedString(producer: IStringProducer, options: LazyStringValueOptions = {}): string {
    return Token.asString(new LazyValue(producer, false, false), options);
  }
  /** Defer the calculation of a number value to synthesis time (cached). */
  public static number(producer: IStableNumberProducer): number {
    return Token.asNumber(new LazyValue(producer, true, false));
  }
  /** Defer the calculation of a number value to synthesis time (uncached). */
  public static uncachedNumber(producer: INumberProducer): number {
    return Token.asNumber(new LazyValue(producer, false, false));
  }
  /** Defer the calculation of a list value to synthesis time (cached). */
  public static list(producer: IStableListProducer, options: LazyListValueOptions = {}): string[] {
    return Token.asList(new LazyValue(producer, true, !!options.omitEmpty), options);
  }
  /** Defer the calculation of a list value to synthesis time (uncached). */
  public static uncachedList(producer: IListProducer, options: LazyListValueOptions = {}): string[] {
    return Token.asList(new LazyValue(producer, false, !!options.omitEmpty), options);
  }
  /** Defer the calculation of an untyped value to synthesis time (cached). */
  public static any(producer: IStableAnyProducer, options: LazyAnyValueOptions = {}): IResolvable {
    return new LazyValue(producer, true, !!options.omitEmptyArray, options.displayHint);
  }
  /** Defer the calculation of an untyped value to synthesis time (uncached). */
  public static uncachedAny(producer: IAnyProducer, options: LazyAnyValueOptions = {}): IResolvable {
    return new LazyValue(producer, false, !!options.omitEmptyArray, options.displayHint);
  }
  private constructor() { }
}

const NOT_PRODUCED = Symbol('not produced');

class LazyValue implements IResolvable {
  public readonly creationStack: string[] = NO_CREATION_STACK;
  private cache: any = NOT_PRODUCED;

  constructor(
    private readonly producer: { produce(context: IResolveContext): any },
    private readonly cached: boolean,
    private readonly omitEmpty: boolean,
    public readonly displayName?: string,
  ) { }

  public resolve(context: IResolveContext): any {
    let value: any;
    if (this.cached) {
      if (this.cache === NOT_PRODUCED) { this.cache = this.producer.produce(context); }
      value = this.cache;
    } else {
      value = this.producer.produce(context);
    }
    if (this.omitEmpty && Array.isArray(value) && value.length === 0) { return undefined; }
    return value;
  }

  public toString(): string {
    return Token.asString(this);
  }

  public toJSON(): any {
    return '<unresolved-lazy>';
  }
}
