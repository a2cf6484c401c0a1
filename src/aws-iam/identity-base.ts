import type { IResource } from '../core';
import type { IManagedPolicy } from './managed-policy';
import type { Policy } from './policy';
import type { IPrincipal } from './principal-base';

/** A construct that represents an IAM principal, such as a user, group or role. */
export interface IIdentity extends IPrincipal, IResource {
  /** Attaches an inline policy to this principal (the same as `policy.attachToRole(role)`, `attachToUser` or `attachToGroup`). */
  attachInlinePolicy(policy: Policy): void;
  /** Attaches a managed policy to this principal. */
  addManagedPolicy(policy: IManagedPolicy): void;
}
