import type { IConstruct } from 'constructs';
import { ValidationError } from '../../core';
import type { IPrincipal } from '../principal-base';
import { AccountPrincipal } from '../principals';
import { ServicePrincipal } from '../service-principal';

/**
 * Services and accounts are trusted through a role's trust policy; an identity policy cannot let them assume it.
 */
export function assertCanGrantAssumeRole(role: IConstruct, identity: IPrincipal): void {
  if (identity instanceof ServicePrincipal || identity instanceof AccountPrincipal) {
    throw new ValidationError(`Cannot use a service or account principal with grantAssumeRole, use assumeRolePolicy instead (got ${identity}).`, role);
  }
}
