import type { IDependable } from 'constructs';
import { UnscopedValidationError, describeValue } from '../core';
import type { PolicyDocument } from './policy-document';
import type { PolicyStatement } from './policy-statement';
import { addAssumeRoleStatement } from './private/assume-role-policy';
import { lazyModule } from '../core/lazy-module';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const principalAdaptersModule = lazyModule(() => require('./principal-adapters') as typeof import('./principal-adapters'));

/** Any object that has an associated principal that a permission can be granted to. */
export interface IGrantable {
  /** The principal to grant permissions to. */
  readonly grantPrincipal: IPrincipal;
}

/**
 * Represents a logical IAM principal: an identity (user, role, group), a service, an account, a
 * federated identity, or any other entity that can appear in the `Principal` element of a policy.
 */
export interface IPrincipal extends IGrantable {
  /** When this principal is used in an AssumeRole policy, the action to use. */
  readonly assumeRoleAction: string;
  /** The policy fragment (the `Principal` JSON and the conditions) that identifies this principal. */
  readonly policyFragment: PrincipalPolicyFragment;
  /**
   * The AWS account ID of this principal, when it is known (it may be a token).
   * @default - the principal's account is not known
   */
  readonly principalAccount?: string;
  /** Add to the policy of this principal. */
  addToPrincipalPolicy(statement: PolicyStatement): AddToPrincipalPolicyResult;
}

/** Interface for principals that can be compared: two principals with the same dedupe string are the same. */
export interface IComparablePrincipal extends IPrincipal {
  /** A string that is equal for principals that grant the same permissions, undefined when not comparable. */
  dedupeString(): string | undefined;
}

/** A type of principal that has more control over its own representation in AssumeRolePolicyDocuments. */
export interface IAssumeRolePrincipal extends IPrincipal {
  /** Add the principal to the AssumeRolePolicyDocument (trust policy) given. */
  addToAssumeRolePolicy(document: PolicyDocument): void;
}

/** Result of calling `addToPrincipalPolicy`. */
export interface AddToPrincipalPolicyResult {
  /** Whether the statement was added to the identity's policies. */
  readonly statementAdded: boolean;
  /**
   * Dependable which allows depending on the policy change being applied.
   * @default - the statement was not added, or the policy needs no dependency
   */
  readonly policyDependable?: IDependable;
}

/** Helper class for working with `IComparablePrincipal`s. */
export class ComparablePrincipal {
  /** Whether or not the given principal is a comparable principal. */
  public static isComparablePrincipal(x: IPrincipal): x is IComparablePrincipal {
    return 'dedupeString' in x;
  }

  /** Return the dedupe string of the given principal, if it is comparable. */
  public static dedupeStringFor(x: IPrincipal): string | undefined {
    return ComparablePrincipal.isComparablePrincipal(x) ? x.dedupeString() : undefined;
  }
}

/** A collection of the fields in a PolicyStatement that can be used to identify a principal. */
export class PrincipalPolicyFragment {
  /**
   * @param principalJson JSON of the "Principal" section in a policy statement
   * @param conditions conditions that need to be applied to this policy
   */
  constructor(
    public readonly principalJson: { [key: string]: string[] },
    public readonly conditions: { [key: string]: any } = {},
  ) { }
}

/** Base class for policy principals. */
export abstract class PrincipalBase implements IAssumeRolePrincipal, IComparablePrincipal {
  public readonly grantPrincipal: IPrincipal = this;
  public readonly principalAccount: string | undefined = undefined;
  /** When this principal is used in an AssumeRole policy, the action to use. */
  public readonly assumeRoleAction: string = 'sts:AssumeRole';

  /** Return the policy fragment that identifies this principal in a policy. */
  public abstract get policyFragment(): PrincipalPolicyFragment;

  public addToPolicy(statement: PolicyStatement): boolean {
    return this.addToPrincipalPolicy(statement).statementAdded;
  }

  public addToPrincipalPolicy(_statement: PolicyStatement): AddToPrincipalPolicyResult {
    // This principal has no policy of its own to add to.
    return { statementAdded: false };
  }

  public addToAssumeRolePolicy(document: PolicyDocument): void {
    addAssumeRoleStatement(document, this, this.assumeRoleAction);
  }

  public toString(): string {
    return JSON.stringify(this.policyFragment.principalJson);
  }

  /** JSON-ify the principal: used when JSON.stringify() is called. */
  public toJSON(): { [key: string]: string[] } {
    return this.policyFragment.principalJson;
  }

  /** Returns a new PrincipalWithConditions using this principal as the base principal with the given conditions. */
  public withConditions(conditions: { [key: string]: any }): PrincipalBase {
    // Loaded on use: the adapters extend this class.
    const { PrincipalWithConditions } = principalAdaptersModule();
    return new PrincipalWithConditions(this, conditions);
  }

  /** Returns a new principal that also allows `sts:TagSession` when assuming a role. */
  public withSessionTags(): PrincipalBase {
    const { SessionTagsPrincipal } = principalAdaptersModule();
    return new SessionTagsPrincipal(this);
  }

  /** A string that identifies principals that grant the same permissions; undefined when not comparable. */
  public abstract dedupeString(): string | undefined;
}

/**
 * Checks that a condition is a map of operator to value, as IAM requires.
 * @internal
 */
export function validateConditionObject(x: unknown, operator?: string): void {
  if (!x || typeof x !== 'object' || Array.isArray(x)) {
    const where = operator !== undefined ? ` (condition '${operator}' got ${describeValue(x)})` : ` (got ${describeValue(x)})`;
    throw new UnscopedValidationError(`A Condition should be represented as a map of operator to value${where}`);
  }
}
