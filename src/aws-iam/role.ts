import { Construct } from 'constructs';
import { Aspects, Duration, Lazy, Resource, Stack } from '../core';
import { Grant } from './grant';
import { CfnRole, IRoleRef, RoleReference } from './iam.generated';
import type { IIdentity } from './identity-base';
import { IManagedPolicy } from './managed-policy';
import { Policy } from './policy';
import { PolicyDocument } from './policy-document';
import { PolicyStatement } from './policy-statement';
import { AddToPrincipalPolicyResult, IPrincipal, PrincipalPolicyFragment } from './principal-base';
import { ArnPrincipal } from './principals';
import { RoleGrants } from './role-grants';
import { AttachedPolicies } from './private/attached-policies';
import { assertCanGrantAssumeRole } from './private/role-grants-support';
import { StatementDependable, splitDefaultPolicy } from './private/split-default-policy';
import { createTrustPolicy } from './private/trust-policy';
import { validateRoleDescription, validateMaxSessionDuration, validateRoleName, validateRolePath } from './private/role-validation';
import { lazyModule } from '../core/lazy-module';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const importedRoleModule = lazyModule(() => require('./private/imported-role') as typeof import('./private/imported-role'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const immutableRoleModule = lazyModule(() => require('./private/immutable-role') as typeof import('./private/immutable-role'));

/** A Role object. */
export interface IRole extends IIdentity, IRoleRef {
  /** Returns the ARN of this role. */
  readonly roleArn: string;
  /** Returns the name of this role. */
  readonly roleName: string;
  /** Grant the actions defined in actions to the identity Principal on this resource. */
  grant(grantee: IPrincipal, ...actions: string[]): Grant;
  /** Grant permissions to the given principal to pass this role. */
  grantPassRole(grantee: IPrincipal): Grant;
  /** Grant permissions to the given principal to assume this role. */
  grantAssumeRole(grantee: IPrincipal): Grant;
}

/** Properties for defining an IAM Role. */
export interface RoleProps {
  /**
   * The IAM principal (i.e. `new ServicePrincipal('sns.amazonaws.com')`) which can assume this role.
   * You can later modify the assume role policy document by accessing it via the `assumeRolePolicy` property.
   */
  readonly assumedBy: IPrincipal;
  /**
   * ID that the role assumer needs to provide when assuming this role.
   * @default No external ID required
   * @deprecated see `externalIds`
   */
  readonly externalId?: string;
  /**
   * List of IDs that the role assumer needs to provide one of when assuming this role.
   * @default No external ID required
   */
  readonly externalIds?: string[];
  /**
   * A list of managed policies associated with this role. You can add managed policies later using `addManagedPolicy`.
   * @default - No managed policies.
   */
  readonly managedPolicies?: IManagedPolicy[];
  /**
   * A list of named policies to inline into this role. These policies will be created with the role.
   * @default - No policy is inlined in the Role resource.
   */
  readonly inlinePolicies?: { [name: string]: PolicyDocument };
  /**
   * The path associated with this role.
   * @default /
   */
  readonly path?: string;
  /**
   * AWS supports permissions boundaries for IAM entities (users or roles).
   * @default - No permissions boundary.
   */
  readonly permissionsBoundary?: IManagedPolicy;
  /**
   * A name for the IAM role. If you specify a name, you cannot perform updates that require replacement.
   * @default - AWS CloudFormation generates a unique physical ID and uses that ID for the role name.
   */
  readonly roleName?: string;
  /**
   * The maximum session duration that you want to set for the specified role: 1 to 12 hours.
   * @default Duration.hours(1)
   */
  readonly maxSessionDuration?: Duration;
  /**
   * A description of the role. It can be up to 1000 characters long.
   * @default - No description.
   */
  readonly description?: string;
}

/** Options allowing customizing the behavior of `Role.fromRoleArn`. */
export interface FromRoleArnOptions {
  /**
   * Whether the imported role can be modified by attaching policy resources to it.
   * @default true
   */
  readonly mutable?: boolean;
  /**
   * For immutable roles: add grants to resources instead of dropping them.
   * @default false
   */
  readonly addGrantsToResources?: boolean;
  /**
   * Any policies created by this role will use this value as their ID, if specified. Specify this if importing the
   * same role in multiple stacks, and granting it different permissions in at least two stacks.
   * @default 'Policy'
   */
  readonly defaultPolicyName?: string;
}

/** Options for `Role.fromRoleName`. */
export interface FromRoleNameOptions extends FromRoleArnOptions { }

/** Options for the `withoutPolicyUpdates()` modifier of a Role. */
export interface WithoutPolicyUpdatesOptions {
  /**
   * Add grants to resources instead of dropping them.
   * @default false
   */
  readonly addGrantsToResources?: boolean;
}

const ROLE_SYMBOL = Symbol.for('lambda-cdk.aws-iam.Role');

/**
 * IAM Role: defines an identity with its permissions; the `assumedBy` principal may assume it.
 * Statements added with `addToPrincipalPolicy` go into a `DefaultPolicy` created on first use.
 */
export class Role extends Resource implements IRole {
  /**
   * Import an external role by ARN. If the imported Role ARN is a token, the account is only known at deployment;
   * a role in another account than the stack can never be modified.
   */
  public static fromRoleArn(scope: Construct, id: string, roleArn: string, options: FromRoleArnOptions = {}): IRole {
    // Loaded on use: imported roles are not needed by most apps.
    const { importRole } = importedRoleModule();
    return importRole(scope, id, roleArn, options);
  }

  /** Import an external role by name, in the account of the stack. */
  public static fromRoleName(scope: Construct, id: string, roleName: string, options: FromRoleNameOptions = {}): IRole {
    return Role.fromRoleArn(scope, id, Stack.of(scope).formatArn({
      region: '',
      service: 'iam',
      resource: 'role',
      resourceName: roleName,
    }), options);
  }

  /** Return whether the given object is a Role. */
  public static isRole(x: any): x is Role {
    return x !== null && typeof x === 'object' && ROLE_SYMBOL in x;
  }

  public readonly grantPrincipal: IPrincipal = this;
  public readonly principalAccount: string | undefined;
  public readonly assumeRoleAction: string = 'sts:AssumeRole';
  /** The assume role policy document associated with this role. */
  public readonly assumeRolePolicy?: PolicyDocument;
  /** Returns the ARN of this role. */
  public readonly roleArn: string;
  /** Returns the role. */
  public readonly policyFragment: PrincipalPolicyFragment;
  /** Returns the permissions boundary attached to this role. */
  public readonly permissionsBoundary?: IManagedPolicy;
  /** Grants on this role (pass it, assume it). */
  public readonly grants: RoleGrants = RoleGrants.fromRole(this);

  private defaultPolicy?: Policy;
  private readonly managedPolicies = new Array<IManagedPolicy>();
  private readonly attachedPolicies = new AttachedPolicies();
  private readonly inlinePolicies: { [name: string]: PolicyDocument };
  private immutableRole?: IRole;
  /** Created with the default policy (most roles never get one). */
  private statementDependables?: Map<PolicyStatement, StatementDependable>;
  private readonly resource: CfnRole;
  private _roleName?: string;

  constructor(scope: Construct, id: string, props: RoleProps) {
    super(scope, id, { physicalName: props.roleName });
    validateRoleName(this, props.roleName);
    validateRolePath(this, props.path);
    const description = props.description && props.description.length > 0 ? props.description : undefined;
    validateRoleDescription(this, description);
    const maxSessionDuration = props.maxSessionDuration?.toSeconds();
    validateMaxSessionDuration(this, maxSessionDuration);

    const externalIds = [...props.externalIds ?? []];
    if (props.externalId) { externalIds.push(props.externalId); }
    this.assumeRolePolicy = createTrustPolicy(props.assumedBy, externalIds);
    this.managedPolicies.push(...props.managedPolicies ?? []);
    this.inlinePolicies = props.inlinePolicies ?? {};
    this.permissionsBoundary = props.permissionsBoundary;

    this.resource = new CfnRole(this, 'Resource', {
      assumeRolePolicyDocument: this.assumeRolePolicy,
      managedPolicyArns: Lazy.list({ produce: () => this.renderManagedPolicyArns() }),
      policies: renderInlinePolicies(this.inlinePolicies),
      path: props.path,
      permissionsBoundary: this.permissionsBoundary?.managedPolicyArn,
      roleName: this.physicalName,
      maxSessionDuration,
      description,
    });

    this.roleArn = this.getResourceArnAttribute(this.resource.attrArn, {
      region: '',
      service: 'iam',
      resource: 'role',
      // The ARN of a role with a path carries the path (without its leading slash) before the name.
      resourceName: `${props.path ? props.path.slice(props.path.startsWith('/') ? 1 : 0) : ''}${this.physicalName}`,
    });
    this.policyFragment = new ArnPrincipal(this.roleArn).policyFragment;
    this.principalAccount = this.env.account;

    this.node.addValidation({ validate: () => this.validateRole() });
  }

  /** Returns the name of the role. (Made on first use, like roleId.) */
  public get roleName(): string {
    return this._roleName ??= this.getResourceNameAttribute(this.resource.ref);
  }

  /** Returns the stable and unique string identifying the role. For example, AIDAJQABLZS4A3QDU576Q. (A token made on first use.) */
  public get roleId(): string {
    return this.resource.attrRoleId;
  }

  /** A reference to this role. */
  public get roleRef(): RoleReference {
    return { roleName: this.roleName, roleArn: this.roleArn };
  }

  /**
   * Adds a permission to the role's default policy document, which is created (as `DefaultPolicy`) on first use.
   */
  public addToPrincipalPolicy(statement: PolicyStatement): AddToPrincipalPolicyResult {
    if (!this.defaultPolicy) {
      this.defaultPolicy = new Policy(this, 'DefaultPolicy');
      this.attachInlinePolicy(this.defaultPolicy);
      // A policy too large for IAM is split at synthesis, when all statements are known.
      Aspects.of(this).add({ visit: (c) => { if (c === this) { this.splitLargePolicy(); } } }, { priority: SPLIT_ASPECT_PRIORITY });
    }
    this.defaultPolicy.addStatements(statement);
    const dependable = new StatementDependable(this.defaultPolicy);
    (this.statementDependables ??= new Map()).set(statement, dependable);
    return { statementAdded: true, policyDependable: dependable };
  }

  public addToPolicy(statement: PolicyStatement): boolean {
    return this.addToPrincipalPolicy(statement).statementAdded;
  }

  /** Attaches a managed policy to this role (once). */
  public addManagedPolicy(policy: IManagedPolicy): void {
    if (this.managedPolicies.includes(policy)) { return; }
    this.managedPolicies.push(policy);
  }

  /** Attaches a policy to this role. */
  public attachInlinePolicy(policy: Policy): void {
    this.attachedPolicies.attach(policy);
    policy.attachToRole(this);
  }

  /** Grant the actions defined in actions to the identity Principal on this resource. */
  public grant(grantee: IPrincipal, ...actions: string[]): Grant {
    return Grant.addToPrincipal({ grantee, actions, resourceArns: [this.roleArn], scope: this });
  }

  /** Grant permissions to the given principal to pass this role. */
  public grantPassRole(identity: IPrincipal): Grant {
    return this.grant(identity, 'iam:PassRole');
  }

  /**
   * Grant permissions to the given principal to assume this role. Service and account principals cannot be
   * granted this way: add them to `assumeRolePolicy` instead.
   */
  public grantAssumeRole(identity: IPrincipal): Grant {
    assertCanGrantAssumeRole(this, identity);
    return this.grant(identity, 'sts:AssumeRole');
  }

  /**
   * Return a copy of this Role object whose policies will not be updated: use it to pass the role to a construct
   * that would otherwise add permissions to it.
   */
  public withoutPolicyUpdates(options: WithoutPolicyUpdatesOptions = {}): IRole {
    if (!this.immutableRole) {
      const { ImmutableRole } = immutableRoleModule();
      this.immutableRole = new ImmutableRole(this.node.scope as Construct, `ImmutableRole${this.node.id}`, this, options.addGrantsToResources ?? false);
    }
    return this.immutableRole;
  }

  private splitLargePolicy(): void {
    if (this.defaultPolicy) { splitDefaultPolicy(this, this.defaultPolicy, this.statementDependables ?? new Map()); }
  }

  private renderManagedPolicyArns(): string[] | undefined {
    const arns = new Set<string>();
    for (const policy of this.managedPolicies) { arns.add(policy.managedPolicyArn); }
    return arns.size > 0 ? [...arns] : undefined;
  }

  private validateRole(): string[] {
    const errors = new Array<string>();
    errors.push(...this.assumeRolePolicy?.validateForTrustPolicy() ?? []);
    for (const policy of Object.values(this.inlinePolicies)) {
      errors.push(...policy.validateForIdentityPolicy());
    }
    return errors;
  }
}

// On the prototype: one definition, instead of a property added to every instance.
Object.defineProperty(Role.prototype, ROLE_SYMBOL, { value: true });

/** Late, so that statements added by other aspects are split too. */
const SPLIT_ASPECT_PRIORITY = 10000;

function renderInlinePolicies(policies: { [name: string]: PolicyDocument }): CfnRole.PolicyProperty[] | undefined {
  const names = Object.keys(policies);
  if (names.length === 0) { return undefined; }
  return names.map((policyName) => ({ policyName, policyDocument: policies[policyName] }));
}
