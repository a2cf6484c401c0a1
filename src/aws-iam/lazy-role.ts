import { Construct } from 'constructs';
import { Resource } from '../core';
import type { Grant } from './grant';
import type { RoleReference } from './iam.generated';
import type { IManagedPolicy } from './managed-policy';
import type { Policy } from './policy';
import type { PolicyStatement } from './policy-statement';
import type { AddToPrincipalPolicyResult, IPrincipal, PrincipalPolicyFragment } from './principal-base';
import { IRole, Role, RoleProps } from './role';

/** Properties for defining a LazyRole. */
export interface LazyRoleProps extends RoleProps { }

/**
 * An IAM role that only gets attached to the construct tree once it gets used, not before.
 *
 * Constructs that need a role only in some configurations can define it in one place: until something reads its
 * ARN, name, ID or principal (or grants on it), statements and policies are only remembered, and an unused role is
 * neither synthesized nor deployed.
 */
export class LazyRole extends Resource implements IRole {
  public readonly grantPrincipal: IPrincipal = this;
  public readonly principalAccount: string | undefined = this.env.account;
  public readonly assumeRoleAction: string = 'sts:AssumeRole';

  private role?: Role;
  private readonly statements = new Array<PolicyStatement>();
  private readonly policies = new Array<Policy>();
  private readonly managedPolicies = new Array<IManagedPolicy>();

  constructor(scope: Construct, id: string, private readonly props: LazyRoleProps) {
    super(scope, id);
  }

  /**
   * Adds a permission to the role's default policy document; remembered until the role is created.
   */
  public addToPrincipalPolicy(statement: PolicyStatement): AddToPrincipalPolicyResult {
    if (this.role) { return this.role.addToPrincipalPolicy(statement); }
    this.statements.push(statement);
    return { statementAdded: true, policyDependable: this };
  }

  public addToPolicy(statement: PolicyStatement): boolean {
    return this.addToPrincipalPolicy(statement).statementAdded;
  }

  /** Attaches a policy to this role; remembered until the role is created. */
  public attachInlinePolicy(policy: Policy): void {
    if (this.role) {
      this.role.attachInlinePolicy(policy);
    } else {
      this.policies.push(policy);
    }
  }

  /** Attaches a managed policy to this role; remembered until the role is created. */
  public addManagedPolicy(policy: IManagedPolicy): void {
    if (this.role) {
      this.role.addManagedPolicy(policy);
    } else {
      this.managedPolicies.push(policy);
    }
  }

  /** Returns the ARN of this role (creates the role). */
  public get roleArn(): string {
    return this.instantiate().roleArn;
  }

  /** A reference to this role (creates the role). */
  public get roleRef(): RoleReference {
    return this.instantiate().roleRef;
  }

  /** Returns the stable and unique string identifying the role, e.g. AIDAJQABLZS4A3QDU576Q (creates the role). */
  public get roleId(): string {
    return this.instantiate().roleId;
  }

  /** Returns the name of this role (creates the role). */
  public get roleName(): string {
    return this.instantiate().roleName;
  }

  /** The role as a principal (creates the role). */
  public get policyFragment(): PrincipalPolicyFragment {
    return this.instantiate().policyFragment;
  }

  /** Grant the actions defined in actions to the identity Principal on this resource. */
  public grant(grantee: IPrincipal, ...actions: string[]): Grant {
    return this.instantiate().grant(grantee, ...actions);
  }

  /** Grant permissions to the given principal to pass this role. */
  public grantPassRole(grantee: IPrincipal): Grant {
    return this.instantiate().grantPassRole(grantee);
  }

  /** Grant permissions to the given principal to assume this role. */
  public grantAssumeRole(grantee: IPrincipal): Grant {
    return this.instantiate().grantAssumeRole(grantee);
  }

  /** Creates the role (once) as this construct's `Default` child and hands it what was remembered. */
  private instantiate(): Role {
    if (!this.role) {
      const role = new Role(this, 'Default', this.props);
      for (const statement of this.statements) { role.addToPrincipalPolicy(statement); }
      for (const policy of this.policies) { role.attachInlinePolicy(policy); }
      for (const policy of this.managedPolicies) { role.addManagedPolicy(policy); }
      this.role = role;
    }
    return this.role;
  }
}
