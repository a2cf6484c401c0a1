import { Construct } from 'constructs';
import { Annotations, ArnFormat, Resource, Stack, Token, TokenComparison } from '../../core';
import { Grant } from '../grant';
import type { RoleReference } from '../iam.generated';
import { IManagedPolicy, ManagedPolicy } from '../managed-policy';
import { Policy } from '../policy';
import type { PolicyStatement } from '../policy-statement';
import { AddToPrincipalPolicyResult, IPrincipal, PrincipalPolicyFragment } from '../principal-base';
import { ArnPrincipal } from '../principals';
import type { FromRoleArnOptions, IRole } from '../role';
import { AttachedPolicies } from './attached-policies';
import { ImmutableRole } from './immutable-role';
import { assertCanGrantAssumeRole } from './role-grants-support';

/**
 * Implements `Role.fromRoleArn`: a role in the account of the stack (or whose account is not known until
 * deployment) can get policies; any other, or one imported with `mutable: false`, is immutable.
 */
export function importRole(scope: Construct, id: string, roleArn: string, options: FromRoleArnOptions): IRole {
  const stack = Stack.of(scope);
  const parts = stack.splitArn(roleArn, ArnFormat.SLASH_RESOURCE_NAME);
  const resourceName = parts.resourceName!;
  // Service roles have paths (role/service-role/<name>); the role name is the last part.
  const roleName = Token.isUnresolved(resourceName) ? resourceName : resourceName.split('/').pop()!;
  const account = parts.account;
  const mutable = options.mutable !== false && (account === undefined
    || Token.compareStrings(account, stack.account) !== TokenComparison.DIFFERENT);
  if (mutable) {
    return new ImportedRole(scope, id, roleArn, roleName, account, options.defaultPolicyName);
  }
  const immutable = new ImmutableRole(scope, id, undefined, options.addGrantsToResources ?? false);
  immutable._wrap(new ImportedRole(immutable, 'Imported', roleArn, roleName, account, options.defaultPolicyName));
  return immutable;
}

/** A role defined outside of this app, known by ARN, that this app may attach policies to. */
class ImportedRole extends Resource implements IRole {
  public readonly grantPrincipal: IPrincipal = this;
  public readonly principalAccount: string | undefined;
  public readonly assumeRoleAction: string = 'sts:AssumeRole';
  private readonly attachedPolicies = new AttachedPolicies();
  private defaultPolicy?: Policy;
  private policyFragmentMade?: PrincipalPolicyFragment;

  constructor(
    scope: Construct, id: string,
    public readonly roleArn: string,
    public readonly roleName: string,
    account: string | undefined,
    private readonly defaultPolicyName: string | undefined,
  ) {
    super(scope, id, { account });
    this.principalAccount = this.env.account;
  }

  /** Made when first asked for: most imported roles (an alias's scaling role, say) are never a principal of a policy. */
  public get policyFragment(): PrincipalPolicyFragment {
    return this.policyFragmentMade ??= new ArnPrincipal(this.roleArn).policyFragment;
  }

  public get roleRef(): RoleReference {
    return { roleName: this.roleName, roleArn: this.roleArn };
  }

  public addToPolicy(statement: PolicyStatement): boolean {
    return this.addToPrincipalPolicy(statement).statementAdded;
  }

  public addToPrincipalPolicy(statement: PolicyStatement): AddToPrincipalPolicyResult {
    if (!this.defaultPolicy) {
      this.defaultPolicy = new Policy(this, this.defaultPolicyName ?? 'Policy');
      this.attachInlinePolicy(this.defaultPolicy);
    }
    this.defaultPolicy.addStatements(statement);
    return { statementAdded: true, policyDependable: this.defaultPolicy };
  }

  public attachInlinePolicy(policy: Policy): void {
    // A policy can only be attached to a role of its own account.
    if (Token.compareStrings(this.env.account, policy.env.account) === TokenComparison.DIFFERENT) { return; }
    this.attachedPolicies.attach(policy);
    policy.attachToRole(this);
  }

  public addManagedPolicy(policy: IManagedPolicy): void {
    if (policy instanceof ManagedPolicy) {
      policy.attachToRole(this);
      return;
    }
    Annotations.of(this).addWarningV2('@aws-cdk/aws-iam:IRoleCantBeUsedWithIManagedPolicy',
      `Can't combine imported IManagedPolicy: ${policy.managedPolicyArn} to imported role IRole: ${this.roleName}. Use ManagedPolicy directly.`);
  }

  public grant(grantee: IPrincipal, ...actions: string[]): Grant {
    return Grant.addToPrincipal({ grantee, actions, resourceArns: [this.roleArn], scope: this });
  }

  public grantPassRole(identity: IPrincipal): Grant {
    return this.grant(identity, 'iam:PassRole');
  }

  public grantAssumeRole(identity: IPrincipal): Grant {
    assertCanGrantAssumeRole(this, identity);
    return this.grant(identity, 'sts:AssumeRole');
  }

  public dedupeString(): string | undefined {
    return `ImportedRole:${this.roleArn}`;
  }
}
