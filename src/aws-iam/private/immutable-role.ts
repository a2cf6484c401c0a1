import { Construct, Dependable, DependencyGroup } from 'constructs';
import { Resource } from '../../core';
import type { Grant } from '../grant';
import type { RoleReference } from '../iam.generated';
import type { IManagedPolicy } from '../managed-policy';
import type { Policy } from '../policy';
import type { PolicyStatement } from '../policy-statement';
import { AddToPrincipalPolicyResult, IPrincipal, PrincipalPolicyFragment } from '../principal-base';
import type { IRole } from '../role';

/**
 * A role that can be used as is but never changed: policies attached to it are dropped, and grants to it
 * either pretend to succeed (the permissions are the user's business) or, with `addGrantsToResources`, fail so
 * that they go to the resource's policy instead.
 */
export class ImmutableRole extends Resource implements IRole {
  public readonly grantPrincipal: IPrincipal = this;
  private role?: IRole;

  constructor(scope: Construct, id: string, role: IRole | undefined, private readonly addGrantsToResources: boolean) {
    super(scope, id, role ? { account: role.env.account, region: role.env.region } : {});
    if (role) { this._wrap(role); }
  }

  /** Set the role this one stands for (when it is created inside this construct). @internal */
  public _wrap(role: IRole): void {
    this.role = role;
    Object.defineProperty(this, 'env', { value: role.env });
    Dependable.implement(this, { dependencyRoots: [role] });
    if (role.node.defaultChild) { this.node.defaultChild = role.node.defaultChild; }
  }

  private get wrapped(): IRole {
    return this.role!;
  }

  public get roleArn(): string { return this.wrapped.roleArn; }
  public get roleName(): string { return this.wrapped.roleName; }
  public get roleRef(): RoleReference { return this.wrapped.roleRef; }
  public get assumeRoleAction(): string { return this.wrapped.assumeRoleAction; }
  public get policyFragment(): PrincipalPolicyFragment { return this.wrapped.policyFragment; }
  public get principalAccount(): string | undefined { return this.wrapped.principalAccount; }

  public attachInlinePolicy(_policy: Policy): void {
    // The role must not change.
  }

  public addManagedPolicy(_policy: IManagedPolicy): void {
    // The role must not change.
  }

  public addToPolicy(statement: PolicyStatement): boolean {
    return this.addToPrincipalPolicy(statement).statementAdded;
  }

  public addToPrincipalPolicy(_statement: PolicyStatement): AddToPrincipalPolicyResult {
    return { statementAdded: !this.addGrantsToResources, policyDependable: new DependencyGroup() };
  }

  public grant(grantee: IPrincipal, ...actions: string[]): Grant {
    return this.wrapped.grant(grantee, ...actions);
  }

  public grantPassRole(grantee: IPrincipal): Grant {
    return this.wrapped.grantPassRole(grantee);
  }

  public grantAssumeRole(identity: IPrincipal): Grant {
    return this.wrapped.grantAssumeRole(identity);
  }
}
