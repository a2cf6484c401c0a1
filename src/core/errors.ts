import type { IConstruct } from 'constructs';

const VALIDATION_ERROR_SYMBOL = Symbol.for('lambda-cdk.ValidationError');

/**
 * An error caused by bad input to a construct. The message starts with the path of the construct at fault.
 */
export class ValidationError extends Error {
  /** Whether x is a ValidationError (also across copies of this package). */
  public static isValidationError(x: any): x is ValidationError {
    return typeof x === 'object' && x !== null && VALIDATION_ERROR_SYMBOL in x;
  }

  /** The path of the construct the error is about, if any. */
  public readonly constructPath?: string;

  constructor(message: string, scope?: IConstruct) {
    const path = scope?.node.path;
    super(path !== undefined ? `[${path || '<root>'}] ${message}` : message);
    this.name = 'ValidationError';
    this.constructPath = path;
    Object.defineProperty(this, VALIDATION_ERROR_SYMBOL, { value: true });
  }
}

/** An error that is not tied to a construct. */
export class UnscopedValidationError extends ValidationError {
  constructor(message: string) {
    super(message);
  }
}

/** Describe a value for an error message: short, quoted when a string. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') { return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value); }
  if (value === undefined) { return 'undefined'; }
  try {
    const s = JSON.stringify(value);
    return s.length > 80 ? `${s.slice(0, 77)}...` : s;
  } catch {
    return String(value);
  }
}
