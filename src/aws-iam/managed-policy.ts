import { Construct, IConstruct, IMixin, Node } from 'constructs';
import { Arn, ArnFormat, Aws, Resource, ResourceEnvironment, Stack, UnscopedValidationError } from '../core';
import type { IGroup } from './group';
import { CfnManagedPolicy, IManagedPolicyRef, ManagedPolicyReference } from './iam.generated';
import { AddToPrincipalPolicyResult, IGrantable, IPrincipal, PrincipalPolicyFragment } from './principal-base';
import { PolicyDocument } from './policy-document';
import type { PolicyStatement } from './policy-statement';
import { AccountRootPrincipal } from './principals';
import { undefinedIfEmpty } from './private/attached-policies';
import type { IRole } from './role';
import type { IUser } from './user';

/** A managed policy. */
export interface IManagedPolicy extends IManagedPolicyRef {
  /** The ARN of the managed policy. */
  readonly managedPolicyArn: string;
}

/** Properties for defining an IAM managed policy. */
export interface ManagedPolicyProps {
  /**
   * The name of the managed policy.
   * @default - A name is automatically generated.
   */
  readonly managedPolicyName?: string;
  /**
   * A description of the managed policy.
   * @default - empty
   */
  readonly description?: string;
  /**
   * The path for the policy.
   * @default - "/"
   */
  readonly path?: string;
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
   * Initial PolicyDocument to use for this ManagedPolicy.
   * @default - An empty policy.
   */
  readonly document?: PolicyDocument;
}

/** Managed policy: a policy with its own ARN that can be attached to users, groups and roles. */
export class ManagedPolicy extends Resource implements IManagedPolicy, IGrantable {
  /** Import a customer managed policy from the managedPolicyName (in the account of the stack). */
  public static fromManagedPolicyName(scope: Construct, id: string, managedPolicyName: string): IManagedPolicy {
    const arn = Stack.of(scope).formatArn({ service: 'iam', region: '', resource: 'policy', resourceName: managedPolicyName });
    return new ImportedManagedPolicy(scope, id, arn);
  }

  /**
   * Import an external managed policy by ARN. For this managed policy, you only need to know the ARN to be able
   * to reference it; the ARN may include a path.
   */
  public static fromManagedPolicyArn(scope: Construct, id: string, managedPolicyArn: string): IManagedPolicy {
    return new ImportedManagedPolicy(scope, id, managedPolicyArn);
  }

  /**
   * Import a managed policy from one of the policies that AWS manages, e.g. `service-role/AWSLambdaBasicExecutionRole`.
   * The ARN uses the partition of the stack it is used in.
   */
  public static fromAwsManagedPolicyName(managedPolicyName: string): IManagedPolicy {
    return new AwsManagedPolicy(managedPolicyName);
  }

  /** Returns the ARN of this managed policy. */
  public readonly managedPolicyArn: string;
  /** The policy document. */
  public readonly document: PolicyDocument;
  /** The name of this policy (from its ARN). */
  public readonly managedPolicyName: string;
  /** The description of this policy. */
  public readonly description: string;
  /** The path of this policy. */
  public readonly path: string;
  public readonly grantPrincipal: IPrincipal;

  private readonly roles = new Array<IRole>();
  private readonly users = new Array<IUser>();
  private readonly groups = new Array<IGroup>();

  constructor(scope: Construct, id: string, props: ManagedPolicyProps = {}) {
    super(scope, id, { physicalName: props.managedPolicyName });
    this.description = props.description ?? '';
    this.path = props.path ?? '/';
    this.document = props.document ?? new PolicyDocument();
    this.grantPrincipal = new ManagedPolicyGrantPrincipal(this);

    const resource = new CfnManagedPolicy(this, 'Resource', {
      policyDocument: this.document,
      managedPolicyName: this.physicalName,
      description: this.description,
      path: this.path,
      roles: undefinedIfEmpty(() => this.roles.map((r) => r.roleName)),
      users: undefinedIfEmpty(() => this.users.map((u) => u.userName)),
      groups: undefinedIfEmpty(() => this.groups.map((g) => g.groupName)),
    });

    for (const user of props.users ?? []) { this.attachToUser(user); }
    for (const group of props.groups ?? []) { this.attachToGroup(group); }
    for (const role of props.roles ?? []) { this.attachToRole(role); }
    if (props.statements) { this.addStatements(...props.statements); }

    // The name always comes from the ARN, so that it is right across environments too.
    this.managedPolicyName = this.getResourceNameAttribute(Arn.split(resource.ref, ArnFormat.SLASH_RESOURCE_NAME).resourceName!);
    this.managedPolicyArn = this.getResourceArnAttribute(resource.ref, {
      region: '',
      service: 'iam',
      resource: 'policy',
      resourceName: this.physicalName,
    });

    this.node.addValidation({ validate: () => this.validateManagedPolicy() });
  }

  /** A reference to this managed policy. */
  public get managedPolicyRef(): ManagedPolicyReference {
    return { policyArn: this.managedPolicyArn };
  }

  /** Adds a statement to the policy document. */
  public addStatements(...statement: PolicyStatement[]): void {
    this.document.addStatements(...statement);
  }

  /** Attaches this policy to a user (the policy lists the user; the user's own managed policy list is unchanged). */
  public attachToUser(user: IUser): void {
    if (!this.users.includes(user)) { this.users.push(user); }
  }

  /** Attaches this policy to a role (the policy lists the role; the role's own managed policy list is unchanged). */
  public attachToRole(role: IRole): void {
    if (!this.roles.includes(role)) { this.roles.push(role); }
  }

  /** Attaches this policy to a group (the policy lists the group; the group's own managed policy list is unchanged). */
  public attachToGroup(group: IGroup): void {
    if (!this.groups.includes(group)) { this.groups.push(group); }
  }

  private validateManagedPolicy(): string[] {
    const errors = new Array<string>();
    if (this.document.isEmpty) {
      errors.push('Managed Policy is empty. You must add statements to the policy');
    }
    errors.push(...this.document.validateForIdentityPolicy());
    return errors;
  }
}

/** The principal a ManagedPolicy represents in a grant: statements granted to it go into the policy. */
class ManagedPolicyGrantPrincipal implements IPrincipal {
  public readonly grantPrincipal: IPrincipal = this;
  public readonly assumeRoleAction = 'sts:AssumeRole';
  public readonly principalAccount: string;

  constructor(private readonly policy: ManagedPolicy) {
    this.principalAccount = policy.env.account;
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
    return `ManagedPolicyPrincipal(${this.policy.node.path})`;
  }
}

/** A managed policy defined outside of this app, known by ARN. */
class ImportedManagedPolicy extends Resource implements IManagedPolicy {
  constructor(scope: Construct, id: string, public readonly managedPolicyArn: string) {
    super(scope, id);
  }

  public get managedPolicyRef(): ManagedPolicyReference {
    return { policyArn: this.managedPolicyArn };
  }
}

const AWS_MANAGED_POLICY_MISUSE = 'The result of fromAwsManagedPolicyName can not be used in this API';

/**
 * A policy managed by AWS: only its ARN is known, and it is the same in every account of a partition.
 * It is not part of any construct tree, so APIs that need a construct reject it.
 */
class AwsManagedPolicy implements IManagedPolicy {
  public readonly managedPolicyArn: string;

  constructor(managedPolicyName: string) {
    this.managedPolicyArn = Arn.format({
      partition: Aws.PARTITION,
      service: 'iam',
      region: '',
      account: 'aws',
      resource: 'policy',
      resourceName: managedPolicyName,
    });
  }

  public get managedPolicyRef(): ManagedPolicyReference {
    return { policyArn: this.managedPolicyArn };
  }

  public get node(): Node {
    throw new UnscopedValidationError(`${AWS_MANAGED_POLICY_MISUSE} (it has no construct node): ${this.managedPolicyArn}`);
  }

  public get env(): ResourceEnvironment {
    throw new UnscopedValidationError(`${AWS_MANAGED_POLICY_MISUSE} (it has no environment): ${this.managedPolicyArn}`);
  }

  public with(..._mixins: IMixin[]): IConstruct {
    throw new UnscopedValidationError(`${AWS_MANAGED_POLICY_MISUSE} (mixins need a construct): ${this.managedPolicyArn}`);
  }

  public toString(): string {
    return this.managedPolicyArn;
  }
}

/** Whether an IManagedPolicy is a construct of this app (rather than imported or AWS managed). @internal */
export function isOwnManagedPolicy(policy: IManagedPolicy | IConstruct): policy is ManagedPolicy {
  return policy instanceof ManagedPolicy;
}
