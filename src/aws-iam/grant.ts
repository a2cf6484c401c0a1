import { Dependable, IConstruct, IDependable } from 'constructs';
import { IResource, ResourceEnvironment, Token, TokenComparison, UnscopedValidationError } from '../core';
import { IGrantable, IPrincipal, PrincipalBase } from './principal-base';
import { PolicyStatement } from './policy-statement';

/** Basic options for a grant operation. */
export interface CommonGrantOptions {
  /** The principal to grant to. */
  readonly grantee: IGrantable;
  /** The actions to grant. */
  readonly actions: string[];
  /** The resource ARNs to grant to. */
  readonly resourceArns: string[];
  /**
   * Any conditions to attach to the grant.
   * @default - No conditions
   */
  readonly conditions?: Record<string, Record<string, unknown>>;
}

/** Options for a grant operation that falls back to the resource's policy. */
export interface GrantWithResourceOptions extends CommonGrantOptions {
  /** The resource with a resource policy, used when the principal cannot be given the permissions itself. */
  readonly resource: IResourceWithPolicy;
  /**
   * When referring to the resource in a resource policy, use this as ARN (e.g. `*` for the resource itself).
   * @default Same as regular resource ARNs
   */
  readonly resourceSelfArns?: string[];
}

/** Options for a grant operation that only applies to principals. */
export interface GrantOnPrincipalOptions extends CommonGrantOptions {
  /**
   * Construct to report warnings on in case grant could not be registered.
   * @default - the construct in which this construct is defined
   * @deprecated The scope argument is currently unused.
   */
  readonly scope?: IConstruct;
}

/** Options for a grant operation to both identity and resource. */
export interface GrantOnPrincipalAndResourceOptions extends CommonGrantOptions {
  /** The resource with a resource policy; it always gets a statement too. */
  readonly resource: IResourceWithPolicy;
  /**
   * When referring to the resource in a resource policy, use this as ARN.
   * @default Same as regular resource ARNs
   */
  readonly resourceSelfArns?: string[];
  /**
   * The principal to use in the statement for the resource policy.
   * @default - the principal of the grantee will be used
   */
  readonly resourcePolicyPrincipal?: IPrincipal;
}

/** Options for adding a ready-made statement to a resource policy. */
export interface GrantPolicyWithResourceOptions {
  /** The resource whose policy gets the statement. */
  readonly resource: IResourceWithPolicy;
  /** The statement to add (it names its principals itself). */
  readonly statement: PolicyStatement;
  /**
   * The principal the statement is for (used in messages).
   * @default - the statement's principals
   */
  readonly grantee?: IGrantable;
  /**
   * The actions granted (used in messages).
   * @default - the statement's actions
   */
  readonly actions?: string[];
  /**
   * The resource ARNs granted on (used in messages).
   * @default - the statement's resources
   */
  readonly resourceArns?: string[];
  /**
   * Unused: the statement is added as given.
   * @default - none
   */
  readonly resourceSelfArns?: string[];
  /**
   * Unused: the statement is added as given.
   * @default - none
   */
  readonly conditions?: Record<string, Record<string, unknown>>;
}

/** A resource with a resource policy that can be added to. */
export interface IResourceWithPolicy extends IResource {
  /** Add a statement to the resource's resource policy. */
  addToResourcePolicy(statement: PolicyStatement): AddToResourcePolicyResult;
}

/** The resource part of a grant: only its environment and its policy are used. */
interface ResourceForGrant {
  readonly env: ResourceEnvironment;
  addToResourcePolicy(statement: PolicyStatement): AddToResourcePolicyResult;
}

/** Result of calling `addToResourcePolicy`. */
export interface AddToResourcePolicyResult {
  /** Whether the statement was added. */
  readonly statementAdded: boolean;
  /**
   * Dependable which allows depending on the policy change being applied.
   * @default - If `statementAdded` is true, the resource object itself. Otherwise, no dependable.
   */
  readonly policyDependable?: IDependable;
}

interface GrantProps {
  readonly options: CommonGrantOptions;
  readonly principalStatements?: PolicyStatement[];
  readonly resourceStatements?: PolicyStatement[];
  readonly dependables?: IDependable[];
}

/**
 * Result of a grant() operation: which statements were added where. A Grant is a dependable: constructs that
 * need the permissions in place before they are created can depend on it (see `applyBefore`).
 */
export class Grant implements IDependable {
  /**
   * Grant the given permissions to the principal; if the principal's own policy cannot take them, add them to the
   * resource's policy. When the principal is in another account than the resource, both get the statement.
   */
  public static addToPrincipalOrResource(options: GrantWithResourceOptions): Grant {
    const principalAccount = options.grantee.grantPrincipal.principalAccount;
    const comparison = principalAccount !== undefined && principalAccount !== null
      ? Token.compareStrings(resourceOf(options).env.account, principalAccount) : undefined;
    const crossAccount = comparison === TokenComparison.DIFFERENT || comparison === TokenComparison.ONE_UNRESOLVED;

    const principal = options.grantee.grantPrincipal;
    // A principal without a policy of its own (a service, an account...) refuses every statement: none is built for
    // it. (The resource's statement, built next, checks the same actions and conditions.)
    if (principal.addToPrincipalPolicy !== PrincipalBase.prototype.addToPrincipalPolicy) {
      const result = Grant.addToPrincipal({ ...options, scope: options.resource });
      if (!crossAccount && result.success) { return result; }
    }
    return Grant.addToResourceOnly(options, principal);
  }

  /** Try to grant the given permissions to the given principal; the result says whether that worked. */
  public static addToPrincipal(options: GrantOnPrincipalOptions): Grant {
    const statement = new PolicyStatement({
      actions: options.actions,
      resources: options.resourceArns,
      conditions: options.conditions,
    });
    const added = options.grantee.grantPrincipal.addToPrincipalPolicy(statement);
    if (!added.statementAdded) {
      return new Grant({ options });
    }
    if (!added.policyDependable) {
      throw new UnscopedValidationError('Contract violation: when Principal returns statementAdded=true, it should return a dependable '
        + `(principal ${options.grantee.grantPrincipal}, actions ${options.actions.join(',')})`);
    }
    return new Grant({ options, principalStatements: [statement], dependables: [added.policyDependable] });
  }

  /**
   * Add a grant both on the principal and on the resource: for cross-account grants, both sides must allow it.
   * The statement on the resource names the principal.
   */
  public static addToPrincipalAndResource(options: GrantOnPrincipalAndResourceOptions): Grant {
    const principalGrant = Grant.addToPrincipal(options);
    const statement = new PolicyStatement({
      actions: options.actions,
      resources: options.resourceSelfArns ?? options.resourceArns,
      principals: [options.resourcePolicyPrincipal ?? options.grantee.grantPrincipal],
      conditions: options.conditions,
    });
    const dependable = addToResourcePolicyOf(resourceOf(options), statement);
    // As in aws-cdk-lib, the returned grant reports the resource statement as its principal statement.
    return new Grant({
      options,
      principalStatements: [statement],
      resourceStatements: principalGrant.resourceStatements,
      dependables: dependable ? [principalGrant, dependable] : [principalGrant],
    });
  }

  /** Add a ready-made statement to a resource's policy; the grant depends on the policy when it was added. */
  public static addStatementToResourcePolicy(options: GrantPolicyWithResourceOptions): Grant {
    const statement = options.statement;
    const dependable = addToResourcePolicyOf(options.resource, statement);
    return new Grant({
      options: {
        grantee: options.grantee ?? { grantPrincipal: statement.principals[0] },
        actions: options.actions ?? statement.actions,
        resourceArns: options.resourceArns ?? statement.resources,
      },
      resourceStatements: [statement],
      dependables: dependable ? [dependable] : [],
    });
  }

  /**
   * Returns a "no-op" `Grant` object which represents a "dropped grant": for imported resources that cannot be
   * changed, where granting is left to the user.
   * @param grantee The principal (unused)
   * @param _intent The user's intent (unused)
   */
  public static drop(grantee: IGrantable, _intent: string): Grant {
    return new Grant({ options: { grantee, actions: [], resourceArns: [] } });
  }

  /**
   * Add a statement to a resource policy, naming the grantee as principal.
   * @internal
   */
  public static addToResourceOnly(options: GrantWithResourceOptions, principal: IPrincipal): Grant {
    const statement = new PolicyStatement({
      actions: options.actions,
      resources: options.resourceSelfArns ?? options.resourceArns,
      principals: [principal],
      conditions: options.conditions,
    });
    const dependable = addToResourcePolicyOf(resourceOf(options), statement);
    return new Grant({ options, resourceStatements: [statement], dependables: dependable ? [dependable] : [] });
  }

  /**
   * The statement that was added to the principal's policy.
   * @deprecated use `principalStatements` instead
   */
  public readonly principalStatement?: PolicyStatement;
  /** The statements that were added to the principal's policy. */
  public readonly principalStatements: PolicyStatement[];
  /**
   * The statement that was added to the resource policy.
   * @deprecated use `resourceStatements` instead
   */
  public readonly resourceStatement?: PolicyStatement;
  /** The statements that were added to the resource policy. */
  public readonly resourceStatements: PolicyStatement[];

  private readonly options: CommonGrantOptions;
  private readonly dependables: IDependable[];

  private constructor(props: GrantProps) {
    this.options = props.options;
    this.principalStatements = props.principalStatements ?? [];
    this.resourceStatements = props.resourceStatements ?? [];
    this.principalStatement = this.principalStatements[0];
    this.resourceStatement = this.resourceStatements[0];
    this.dependables = props.dependables ?? [];
    const roots = () => dependencyRootsOf(this.dependables);
    Dependable.implement(this, { get dependencyRoots() { return roots(); } });
  }

  /** Whether the grant operation was successful. */
  public get success(): boolean {
    return this.principalStatement !== undefined || this.resourceStatement !== undefined;
  }

  /** Throw an error if this grant wasn't successful. */
  public assertSuccess(): void {
    if (!this.success) {
      throw new UnscopedValidationError(`Permissions for '${this.options.grantee}' to call '${this.options.actions}' on '${this.options.resourceArns}' could not be added on either identity or resource policy.`);
    }
  }

  /** Make sure this grant is applied before the given constructs are deployed. */
  public applyBefore(...constructs: IConstruct[]): void {
    for (const construct of constructs) { construct.node.addDependency(this); }
  }

  /** Combine two grants into a new one: its statements and dependencies are those of both. */
  public combine(rhs: Grant): Grant {
    return new Grant({
      options: this.options,
      principalStatements: [...this.principalStatements, ...rhs.principalStatements],
      resourceStatements: [...this.resourceStatements, ...rhs.resourceStatements],
      dependables: [...this.dependables, ...rhs.dependables],
    });
  }
}

/** A dependable that depends on every one of the given dependables. */
export class CompositeDependable implements IDependable {
  constructor(...dependables: IDependable[]) {
    Dependable.implement(this, { get dependencyRoots() { return dependencyRootsOf(dependables); } });
  }
}

/** The constructs to depend on for a list of dependables, each once. */
function dependencyRootsOf(dependables: readonly IDependable[]): IConstruct[] {
  const roots = new Set<IConstruct>();
  for (const dependable of dependables) {
    for (const root of Dependable.of(dependable).dependencyRoots) { roots.add(root); }
  }
  return [...roots];
}

function resourceOf(options: { readonly resource: ResourceForGrant }): ResourceForGrant {
  return options.resource;
}

/** Add the statement to the resource's policy; the dependable to wait for when it was added. */
function addToResourcePolicyOf(resource: ResourceForGrant, statement: PolicyStatement): IDependable | undefined {
  const result = resource.addToResourcePolicy(statement);
  if (!result.statementAdded) { return undefined; }
  return result.policyDependable ?? (resource as unknown as IDependable);
}
