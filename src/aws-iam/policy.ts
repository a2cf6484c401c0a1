import { Construct } from 'constructs';
import { IResource, Lazy, Resource, ValidationError } from '../core';
import type { IGroup } from './group';
import { CfnPolicy, CfnPolicyProps, IPolicyRef, PolicyReference } from './iam.generated';
import { AddToPrincipalPolicyResult, IGrantable, IPrincipal, PrincipalPolicyFragment } from './principal-base';
import { PolicyDocument } from './policy-document';
import type { PolicyStatement } from './policy-statement';
import { AccountRootPrincipal } from './principals';
import { policyNameFromLogicalId, undefinedIfEmpty } from './private/attached-policies';
import type { IRole } from './role';
import type { IUser } from './user';

/** Represents an IAM inline policy. */
export interface IPolicy extends IResource, IPolicyRef {
  /** The name of this policy. */
  readonly policyName: string;
}

/** Properties for defining an IAM inline policy document. */
export interface PolicyProps {
  /**
   * The name of the policy. If you specify multiple policies for an entity, specify unique names.
   * @default - Uses the logical ID of the policy resource (its last 128 characters).
   */
  readonly policyName?: string;
  /**
   * Users to attach this policy to.
   * @default - No users.
   */
  readonly users?: IUser[];
  /**
   * Roles to attach this policy to.
   * @default - No roles.
   */
  readonly roles?: IRole[];
  /**
   * Groups to attach this policy to.
   * @default - No groups.
   */
  readonly groups?: IGroup[];
  /**
   * Initial set of permissions to add to this policy document.
   * @default - No statements.
   */
  readonly statements?: PolicyStatement[];
  /**
   * Force creation of an `AWS::IAM::Policy`. Unless set, this Policy construct is left out of the template when
   * it would have no effect (it has no statements or is attached to nobody).
   * @default false
   */
  readonly force?: boolean;
  /**
   * Initial PolicyDocument to use for this Policy. If omitted, any `PolicyStatement` provided in the `statements`
   * property will be applied against the empty default `PolicyDocument`.
   * @default - An empty policy.
   */
  readonly document?: PolicyDocument;
}

/**
 * The AWS::IAM::Policy resource associates an IAM policy with IAM users, roles, or groups.
 * A Policy is only written into the template when it has statements and is attached, unless `force` is set.
 */
export class Policy extends Resource implements IPolicy, IGrantable {
  /** Import a policy in this app based on its name. */
  public static fromPolicyName(scope: Construct, id: string, policyName: string): IPolicy {
    return new ImportedPolicy(scope, id, policyName);
  }

  /** The policy document. */
  public readonly document: PolicyDocument;
  public readonly grantPrincipal: IPrincipal;

  private readonly _policyName: string;
  private readonly roles = new Array<IRole>();
  private readonly users = new Array<IUser>();
  private readonly groups = new Array<IGroup>();
  private readonly force: boolean;
  private readonly resource: CfnPolicy;
  /** Set when the policy's name is read: a policy someone refers to must be synthesized. */
  private referenceTaken = false;

  constructor(scope: Construct, id: string, props: PolicyProps = {}) {
    // The generated name is the policy resource's logical ID, known once the resource exists.
    let resource: CfnPolicy | undefined;
    super(scope, id, {
      physicalName: props.policyName ?? Lazy.string({ produce: () => policyNameFromLogicalId(resource!.resolvedLogicalId) }),
    });
    this.document = props.document ?? new PolicyDocument();
    this.force = props.force ?? false;
    this._policyName = this.physicalName;
    this.grantPrincipal = new PolicyGrantPrincipal(this);

    this.resource = resource = new ConditionalCfnPolicy(this, 'Resource', {
      policyDocument: this.document,
      policyName: this.physicalName,
      roles: undefinedIfEmpty(() => this.roles.map((r) => r.roleName)),
      users: undefinedIfEmpty(() => this.users.map((u) => u.userName)),
      groups: undefinedIfEmpty(() => this.groups.map((g) => g.groupName)),
    }, () => this.shouldSynthesize());

    for (const user of props.users ?? []) { this.attachToUser(user); }
    for (const group of props.groups ?? []) { this.attachToGroup(group); }
    for (const role of props.roles ?? []) { this.attachToRole(role); }
    if (props.statements) { this.addStatements(...props.statements); }

    this.node.addValidation({ validate: () => this.validatePolicy() });
  }

  /**
   * The name of this policy. Reading it means something refers to the policy, which must then exist: it is
   * synthesized even without statements or attachments, and validation asks for both.
   */
  public get policyName(): string {
    this.referenceTaken = true;
    return this._policyName;
  }

  /** A reference to this policy's resource. */
  public get policyRef(): PolicyReference {
    return { policyId: this.resource.attrId };
  }

  /** Adds a statement to the policy document. */
  public addStatements(...statement: PolicyStatement[]): void {
    this.document.addStatements(...statement);
  }

  /** Attaches this policy to a user. */
  public attachToUser(user: IUser): void {
    if (this.users.includes(user)) { return; }
    this.users.push(user);
    user.attachInlinePolicy(this);
  }

  /** Attaches this policy to a role. */
  public attachToRole(role: IRole): void {
    if (this.roles.includes(role)) { return; }
    this.roles.push(role);
    role.attachInlinePolicy(this);
  }

  /** Attaches this policy to a group. */
  public attachToGroup(group: IGroup): void {
    if (this.groups.includes(group)) { return; }
    this.groups.push(group);
    group.attachInlinePolicy(this);
  }

  /** Whether the policy resource has been attached to any identity. */
  public get isAttached(): boolean {
    return this.groups.length + this.users.length + this.roles.length > 0;
  }

  private shouldSynthesize(): boolean {
    return this.force || this.referenceTaken || (!this.document.isEmpty && this.isAttached);
  }

  private validatePolicy(): string[] {
    const errors = new Array<string>();
    if (this.force) {
      if (this.document.isEmpty) {
        errors.push('Policy created with force=true is empty. You must add statements to the policy');
      }
      if (!this.isAttached) {
        errors.push('Policy created with force=true must be attached to at least one principal: user, group or role');
      }
    }
    if (!this.force && this.referenceTaken) {
      if (this.document.isEmpty) {
        errors.push('This Policy has been referenced by a resource, so it must contain at least one statement.');
      }
      if (!this.isAttached) {
        errors.push('This Policy has been referenced by a resource, so it must be attached to at least one user, group or role.');
      }
    }
    errors.push(...this.document.validateForIdentityPolicy());
    return errors;
  }
}

/** A CfnPolicy that is left out of the template when its Policy would have no effect. */
class ConditionalCfnPolicy extends CfnPolicy {
  constructor(scope: Construct, id: string, props: CfnPolicyProps, private readonly synthesizeWhen: () => boolean) {
    super(scope, id, props);
  }

  protected override shouldSynthesize(): boolean {
    return this.synthesizeWhen();
  }
}

/** The principal that a Policy represents in a grant: statements granted to it go into the policy. */
class PolicyGrantPrincipal implements IPrincipal {
  public readonly grantPrincipal: IPrincipal = this;
  public readonly principalAccount: string;

  constructor(private readonly policy: Policy) {
    this.principalAccount = policy.env.account;
  }

  public get assumeRoleAction(): string {
    throw new ValidationError('This grant operation needs to add a resource policy so needs access to a principal. '
      + 'Grant permissions to a Role or User, instead of a Policy.', this.policy);
  }

  public get policyFragment(): PrincipalPolicyFragment {
    return new AccountRootPrincipal().policyFragment;
  }

  public addToPolicy(statement: PolicyStatement): boolean {
    return this.addToPrincipalPolicy(statement).statementAdded;
  }

  public addToPrincipalPolicy(statement: PolicyStatement): AddToPrincipalPolicyResult {
    this.policy.addStatements(statement);
    return { statementAdded: true, policyDependable: this.policy };
  }

  public toString(): string {
    return `PolicyPrincipal(${this.policy.node.path})`;
  }
}

/** A policy defined outside of this app, known by name. */
class ImportedPolicy extends Resource implements IPolicy {
  constructor(scope: Construct, id: string, public readonly policyName: string) {
    super(scope, id);
  }

  public get policyRef(): PolicyReference {
    return { policyId: this.policyName };
  }
}
