import { UnscopedValidationError } from '../../core';

/**
 * The key under which a principal puts a literal `Principal` value (`"Principal": "*"` rather than an object
 * such as `{ "AWS": "*" }`).
 */
export const LITERAL_STRING_KEY = 'LiteralString';

/** A `Principal` element under construction: principal type (`AWS`, `Service`, ...) to its values. */
export type PrincipalJson = { [key: string]: any[] };

/**
 * Merge a principal's JSON into the JSON of a statement's principals, keeping every value (duplicates
 * included) in the order they come. A literal principal cannot be combined with any other.
 */
export function mergePrincipal(target: PrincipalJson, source: { [key: string]: any }): PrincipalJson {
  const sourceKeys = Object.keys(source);
  const targetKeys = Object.keys(target);
  if ((sourceKeys.includes(LITERAL_STRING_KEY) && targetKeys.length > 0)
    || (targetKeys.includes(LITERAL_STRING_KEY) && sourceKeys.length > 0)) {
    throw new UnscopedValidationError(`Cannot merge principals ${JSON.stringify(target)} and ${JSON.stringify(source)}; `
      + 'if one uses a literal principal string the other one must be empty');
  }
  for (const key of sourceKeys) {
    const value = source[key];
    // Exact-size arrays (push() and spreads reserve room for 17): a statement's principals are one or two.
    const list = target[key];
    const added = Array.isArray(value) ? value : [value];
    target[key] = list === undefined ? added.slice() : list.concat(added);
  }
  return target;
}

/**
 * Render a `Principal` element: a literal principal becomes its string, a single value is written without a list.
 * Undefined when there is no principal.
 */
export function renderPrincipalJson(json: PrincipalJson): any {
  const keys = Object.keys(json);
  if (keys.length === 0) { return undefined; }
  const literal = json[LITERAL_STRING_KEY];
  if (literal !== undefined && literal.length === 1) { return literal[0]; }
  const out: { [key: string]: any } = {};
  for (const key of keys) { out[key] = singleOrList(json[key]); }
  return out;
}

/** A list with one element is written as that element; an empty list is left out. */
export function singleOrList<T>(values: readonly T[]): T | T[] | undefined {
  if (values.length === 0) { return undefined; }
  if (values.length === 1) { return values[0]; }
  return values.slice();
}
