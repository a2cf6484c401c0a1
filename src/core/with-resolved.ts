import { Token } from './tokens/token';

/**
 * Call `fn` with the given values when none of them is a token (not yet known), for validations that can only
 * check literal values; otherwise do nothing.
 */
export function withResolved<A>(a: A, fn: (a: A) => void): void;
export function withResolved<A, B>(a: A, b: B, fn: (a: A, b: B) => void): void;
export function withResolved<A, B, C>(a: A, b: B, c: C, fn: (a: A, b: B, c: C) => void): void;
export function withResolved(...args: any[]): void {
  const fn = args[args.length - 1] as (...values: any[]) => void;
  const values = args.slice(0, -1);
  if (values.some(value => Token.isUnresolved(value))) { return; }
  fn(...values);
}
