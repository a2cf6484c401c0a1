import { Lazy, ValidationError } from '../../core';
import type { Policy } from '../policy';

/** The inline policies attached to an identity: the same policy only once, and no two with the same name. */
export class AttachedPolicies {
  private readonly policies = new Array<Policy>();

  /** Attach a policy; attaching it again does nothing, another policy with the same (literal) name is an error. */
  public attach(policy: Policy): void {
    if (this.policies.includes(policy)) { return; }
    if (this.policies.some((p) => p.policyName === policy.policyName)) {
      throw new ValidationError(`A policy named "${policy.policyName}" is already attached`, policy);
    }
    this.policies.push(policy);
  }
}

/** A list produced at synthesis, left out of the template when empty. */
export function undefinedIfEmpty(produce: () => string[]): string[] {
  return Lazy.list({
    produce: () => {
      const list = produce();
      return list.length > 0 ? list : undefined;
    },
  });
}

/** IAM policy names are at most 128 characters: a generated name keeps the end of the logical ID (its hash). */
export function policyNameFromLogicalId(logicalId: string): string {
  return logicalId.length > 128 ? logicalId.slice(logicalId.length - 128) : logicalId;
}
