import { IResolvable, IResolveContext, Stack, Token, UnscopedValidationError } from '../core';
import type { IOIDCProviderRef, ISAMLProviderRef } from './iam.generated';
import { ComparablePrincipal, IPrincipal, PrincipalBase, PrincipalPolicyFragment } from './principal-base';
import type { PolicyDocument } from './policy-document';
import { addPrincipalToAssumeRolePolicy } from './private/assume-role-policy';
import { LITERAL_STRING_KEY, mergePrincipal } from './private/principal-json';

/** Specify a principal by the Amazon Resource Name (ARN), e.g. of a user or role. */
export class ArnPrincipal extends PrincipalBase {
  /** @param arn Amazon Resource Name (ARN) of the principal entity (i.e. arn:aws:iam::123456789012:user/user-name) */
  constructor(public readonly arn: string) {
    super();
  }

  public get policyFragment(): PrincipalPolicyFragment {
    return new PrincipalPolicyFragment({ AWS: [this.arn] });
  }

  public override toString(): string {
    return `ArnPrincipal(${this.arn})`;
  }

  /** A convenience method for adding a condition that the principal is part of the specified AWS Organization. */
  public inOrganization(organizationId: string): PrincipalBase {
    return this.withConditions({ StringEquals: { 'aws:PrincipalOrgID': organizationId } });
  }

  public dedupeString(): string | undefined {
    return `ArnPrincipal:${this.arn}`;
  }
}

/** Specify AWS account ID as the principal entity in a policy to delegate authority to the account. */
export class AccountPrincipal extends ArnPrincipal {
  public override readonly principalAccount: string | undefined;

  /** @param accountId AWS account ID (i.e. '123456789012') */
  constructor(public readonly accountId: any) {
    super(new StackDependentToken((stack) => `arn:${stack.partition}:iam::${accountId}:root`).toString());
    if (!Token.isUnresolved(accountId) && typeof accountId !== 'string') {
      throw new UnscopedValidationError(`accountId should be of type string, got ${typeof accountId} (${String(accountId)})`);
    }
    this.principalAccount = accountId;
  }

  public override toString(): string {
    return `AccountPrincipal(${this.accountId})`;
  }
}

/** Use the AWS account into which a stack is deployed as the principal entity in a policy. */
export class AccountRootPrincipal extends AccountPrincipal {
  constructor() {
    super(new StackDependentToken((stack) => stack.account).toString());
  }

  public override toString(): string {
    return 'AccountRootPrincipal()';
  }
}

/** A principal representing all AWS identities in all accounts: renders `{ "AWS": "*" }`. */
export class AnyPrincipal extends ArnPrincipal {
  constructor() {
    super('*');
  }

  public override toString(): string {
    return 'AnyPrincipal()';
  }
}

/**
 * A principal representing all identities in all accounts.
 * @deprecated use `AnyPrincipal`
 */
export class Anyone extends AnyPrincipal { }

/** A principal that uses a literal `'*'` in the IAM JSON language (only valid in resource policies). */
export class StarPrincipal extends PrincipalBase {
  public readonly policyFragment: PrincipalPolicyFragment = new PrincipalPolicyFragment({ [LITERAL_STRING_KEY]: ['*'] });

  public override toString(): string {
    return 'StarPrincipal()';
  }

  public dedupeString(): string | undefined {
    return 'StarPrincipal';
  }
}

const ORGANIZATION_ID = /^o-[a-z0-9]{10,32}$/;

/** A principal that represents an AWS Organization: any identity whose `aws:PrincipalOrgID` matches. */
export class OrganizationPrincipal extends PrincipalBase {
  /** @param organizationId The unique identifier (ID) of an organization (i.e. o-12345abcde) */
  constructor(public readonly organizationId: string) {
    super();
    if (!Token.isUnresolved(organizationId) && !ORGANIZATION_ID.test(organizationId)) {
      throw new UnscopedValidationError(`Expected Organization ID must match regex pattern ${ORGANIZATION_ID.source}, received ${organizationId}`);
    }
  }

  public get policyFragment(): PrincipalPolicyFragment {
    return new PrincipalPolicyFragment({ AWS: ['*'] }, { StringEquals: { 'aws:PrincipalOrgID': this.organizationId } });
  }

  public override toString(): string {
    return `OrganizationPrincipal(${this.organizationId})`;
  }

  public dedupeString(): string | undefined {
    return `OrganizationPrincipal:${this.organizationId}`;
  }
}

/** A policy principal for canonicalUserIds, useful for S3 bucket policies that use Origin Access identities. */
export class CanonicalUserPrincipal extends PrincipalBase {
  /** @param canonicalUserId unique identifier assigned by AWS for every account */
  constructor(public readonly canonicalUserId: string) {
    super();
  }

  public get policyFragment(): PrincipalPolicyFragment {
    return new PrincipalPolicyFragment({ CanonicalUser: [this.canonicalUserId] });
  }

  public override toString(): string {
    return `CanonicalUserPrincipal(${this.canonicalUserId})`;
  }

  public dedupeString(): string | undefined {
    return `CanonicalUserPrincipal:${this.canonicalUserId}`;
  }
}

/** Principal entity that represents a federated identity provider such as Amazon Cognito. */
export class FederatedPrincipal extends PrincipalBase {
  public override readonly assumeRoleAction: string;

  /**
   * @param federated federated identity provider (i.e. 'cognito-identity.amazonaws.com' for users authenticated through Cognito)
   * @param conditions the conditions under which the policy is in effect
   * @param assumeRoleAction the action used when this principal assumes a role
   */
  constructor(
    public readonly federated: string,
    public readonly conditions: { [key: string]: any } = {},
    assumeRoleAction: string = 'sts:AssumeRole',
  ) {
    super();
    this.assumeRoleAction = assumeRoleAction;
  }

  public get policyFragment(): PrincipalPolicyFragment {
    return new PrincipalPolicyFragment({ Federated: [this.federated] }, this.conditions);
  }

  public override toString(): string {
    return `FederatedPrincipal(${this.federated})`;
  }

  public dedupeString(): string | undefined {
    return `FederatedPrincipal:${this.federated}:${this.assumeRoleAction}:${JSON.stringify(this.conditions)}`;
  }
}

/** A principal that represents a federated identity provider as Web Identity such as Cognito, Amazon, Facebook, Google, etc. */
export class WebIdentityPrincipal extends FederatedPrincipal {
  /**
   * @param identityProvider identity provider (i.e. 'cognito-identity.amazonaws.com' for users authenticated through Cognito)
   * @param conditions the conditions under which the policy is in effect
   */
  constructor(identityProvider: string, conditions: { [key: string]: any } = {}) {
    super(identityProvider, conditions ?? {}, 'sts:AssumeRoleWithWebIdentity');
  }

  public override toString(): string {
    return `WebIdentityPrincipal(${this.federated})`;
  }
}

/** A principal that represents a federated identity provider as from a OpenID Connect provider. */
export class OpenIdConnectPrincipal extends WebIdentityPrincipal {
  /**
   * @param openIdConnectProvider OpenID Connect provider
   * @param conditions the conditions under which the policy is in effect
   */
  constructor(openIdConnectProvider: IOIDCProviderRef, conditions: { [key: string]: any } = {}) {
    super(openIdConnectProvider.oidcProviderRef.oidcProviderArn, conditions ?? {});
  }

  public override toString(): string {
    return `OpenIdConnectPrincipal(${this.federated})`;
  }
}

/** Principal entity that represents a SAML federated identity provider. */
export class SamlPrincipal extends FederatedPrincipal {
  /**
   * @param samlProvider the SAML provider
   * @param conditions the conditions under which the policy is in effect
   */
  constructor(samlProvider: ISAMLProviderRef, conditions: { [key: string]: any }) {
    super(samlProvider.samlProviderRef.samlProviderArn, conditions, 'sts:AssumeRoleWithSAML');
  }

  public override toString(): string {
    return `SamlPrincipal(${this.federated})`;
  }
}

/**
 * Represents a principal that has multiple types of principals. A composite principal cannot
 * have conditions, i.e. its parts must not have conditions; in a trust policy each part gets its own statement.
 */
export class CompositePrincipal extends PrincipalBase {
  public override readonly assumeRoleAction: string;
  private readonly _principals: IPrincipal[] = [];

  constructor(...principals: IPrincipal[]) {
    super();
    if (principals.length === 0) {
      throw new UnscopedValidationError('CompositePrincipals must be constructed with at least 1 Principal but none were passed.');
    }
    this.assumeRoleAction = principals[0].assumeRoleAction;
    this.addPrincipals(...principals);
  }

  /** Adds IAM principals to the composite principal. Composite principals cannot have conditions. */
  public addPrincipals(...principals: IPrincipal[]): this {
    this._principals.push(...principals);
    return this;
  }

  public override addToAssumeRolePolicy(document: PolicyDocument): void {
    for (const principal of this._principals) { addPrincipalToAssumeRolePolicy(principal, document); }
  }

  public get policyFragment(): PrincipalPolicyFragment {
    const fragments = this._principals.map((p) => p.policyFragment);
    for (const fragment of fragments) {
      if (fragment.conditions && Object.keys(fragment.conditions).length > 0) {
        throw new UnscopedValidationError('Components of a CompositePrincipal must not have conditions. '
          + `Tried to add the following fragment: ${JSON.stringify(fragment)}`);
      }
    }
    const principalJson: { [key: string]: string[] } = {};
    for (const fragment of fragments) { mergePrincipal(principalJson, fragment.principalJson); }
    return new PrincipalPolicyFragment(principalJson);
  }

  public override toString(): string {
    return `CompositePrincipal(${this._principals})`;
  }

  public dedupeString(): string | undefined {
    const inner = this._principals.map(ComparablePrincipal.dedupeStringFor);
    if (inner.some((x) => x === undefined)) { return undefined; }
    return `CompositePrincipal[${inner.join(',')}]`;
  }

  /** Returns all principals that make up the composite principal. */
  public get principals(): IPrincipal[] {
    return this._principals;
  }
}

/** A token whose value depends on the stack it is used in (its account or partition). */
class StackDependentToken implements IResolvable {
  public readonly creationStack: string[] = [];

  constructor(private readonly produce: (stack: Stack) => any) { }

  public resolve(context: IResolveContext): any {
    return this.produce(Stack.of(context.scope));
  }

  public toString(): string {
    return Token.asString(this);
  }

  public toJSON(): string {
    return '<unresolved-token>';
  }
}
