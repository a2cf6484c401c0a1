import { Token, UnscopedValidationError } from '../../core';
import type { IPrincipal } from '../principal-base';

/** An action is `*` or `service:Action`, where the action name may contain wildcards. */
const VALID_ACTION = /^(\*|[a-zA-Z0-9-]+:[a-zA-Z0-9*]+)$/;

export function validatePolicyActions(actions: readonly string[]): void {
  for (const action of actions) {
    if (!Token.isUnresolved(action) && !VALID_ACTION.test(action)) {
      throw new UnscopedValidationError(`Action '${action}' is invalid. An action string consists of a service namespace, a colon, and the name of an action. Action names can include wildcards.`);
    }
  }
}

export function validatePolicyPrincipal(principal: IPrincipal): void {
  // A group is an identity, but IAM does not accept groups as principals of a statement.
  if ((principal as { readonly _isIamGroup?: boolean })._isIamGroup === true) {
    throw new UnscopedValidationError("Cannot use an IAM Group as the 'Principal' or 'NotPrincipal' in an IAM Policy");
  }
}

/**
 * `target` with the values it does not hold yet added (the same array when there are none). A new array of exactly
 * the right size (concat): an array grown by push() or spread reserves room for 17 elements, and statements hold one or two.
 */
export function withUnique(target: string[], values: readonly string[]): string[] {
  let added: string[] | undefined;
  for (const value of values) {
    if (!target.includes(value) && !added?.includes(value)) { (added ??= []).push(value); }
  }
  return added === undefined ? target : target.concat(added);
}

export function setIfDefined(json: { [key: string]: any }, key: string, value: any): void {
  if (value !== undefined) { json[key] = value; }
}

/** A field of a JSON statement as a list of strings (a field may be one string or a list of them). */
export function fieldFromJson(obj: any, field: string): string[] | undefined {
  const value = obj[field];
  if (value === undefined) { return undefined; }
  if (typeof value === 'string') { return [value]; }
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) { return value; }
  throw new UnscopedValidationError(`Fields must be either a string or an array of strings (${field} is ${JSON.stringify(value)})`);
}
