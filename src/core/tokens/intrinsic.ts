import { NO_CREATION_STACK } from './creation-stack';
import { IResolvable, IResolveContext, ResolutionTypeHint } from './resolvable';
import { Token } from './token';

/** Customization properties for an Intrinsic token. */
export interface IntrinsicProps {
  /**
   * Capture the stack trace of where this token is created.
   * @default false (stack traces are expensive; set CDK_DEBUG=true to capture them anyway)
   */
  readonly stackTrace?: boolean;
  /**
   * Type that this token is expected to evaluate to.
   * @default ResolutionTypeHint.STRING
   */
  readonly typeHint?: ResolutionTypeHint;
}

/** Token subclass that represents values intrinsic to the target document language (here: CloudFormation). */
export class Intrinsic implements IResolvable {
  public readonly creationStack: string[];
  public readonly typeHint?: ResolutionTypeHint;
  private readonly value: any;

  constructor(value: any, options: IntrinsicProps = {}) {
    if (typeof value === 'function') {
      throw new Error(`An Intrinsic must wrap a data value, got a function: ${value}`);
    }
    this.value = value;
    this.creationStack = options.stackTrace || DEBUG ? captureStack() : NO_CREATION_STACK;
    this.typeHint = options.typeHint ?? ResolutionTypeHint.STRING;
  }

  public resolve(_context: IResolveContext): any {
    return this.value;
  }

  /** Convert an instance of this Token to a string. */
  public toString(): string {
    return Token.asString(this);
  }

  /** Convert an instance of this Token to a string list. */
  public toStringList(): string[] {
    return Token.asList(this);
  }

  /** Turn this Token into JSON: tokens cannot be JSON-serialized before they are resolved. */
  public toJSON(): any {
    return '<unresolved-token>';
  }

  /** Creates a throwable Error object that contains the token creation stack trace. */
  protected newError(message: string): any {
    return new Error(`${message}\nToken created:\n    at ${this.creationStack.join('\n    at ')}\nError thrown:`);
  }
}

// Read once: process.env is slow to query, and intrinsics are created by the thousand.
const DEBUG = process.env.CDK_DEBUG === 'true';

function captureStack(): string[] {
  const stack = new Error().stack ?? '';
  return stack.split('\n').slice(3).map(l => l.replace(/^\s*at\s+/, ''));
}
