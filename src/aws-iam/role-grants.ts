import { Grant } from './grant';
import type { IRoleRef } from './iam.generated';
import type { IPrincipal } from './principal-base';
import { assertCanGrantAssumeRole } from './private/role-grants-support';

/** The grants a role offers on itself: passing it to a service, and assuming it. */
export class RoleGrants {
  /** The grants of any role reference. */
  public static fromRole(role: IRoleRef): RoleGrants {
    return new RoleGrants(role);
  }

  private constructor(private readonly role: IRoleRef) { }

  /** Grant permissions to the given principal to pass this role (`iam:PassRole`). */
  public passRole(grantee: IPrincipal): Grant {
    return Grant.addToPrincipal({ grantee, actions: ['iam:PassRole'], resourceArns: [this.role.roleRef.roleArn], scope: this.role });
  }

  /** Grant permissions to the given principal to assume this role; services and accounts use the trust policy instead. */
  public assumeRole(grantee: IPrincipal): Grant {
    assertCanGrantAssumeRole(this.role, grantee);
    return Grant.addToPrincipal({ grantee, actions: ['sts:AssumeRole'], resourceArns: [this.role.roleRef.roleArn], scope: this.role });
  }
}
