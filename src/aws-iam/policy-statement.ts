import { Token, UnscopedValidationError } from '../core';
import { IPrincipal, validateConditionObject } from './principal-base';
import { JsonPrincipal } from './private/json-principal';
import { withUnique, fieldFromJson, setIfDefined, validatePolicyActions, validatePolicyPrincipal } from './private/statement-input';
import { PrincipalJson, mergePrincipal, renderPrincipalJson, singleOrList } from './private/principal-json';
import { SizeEstimateOptions, estimateStatementSize } from './private/policy-size';
import { AccountPrincipal, AccountRootPrincipal, AnyPrincipal, ArnPrincipal, CanonicalUserPrincipal, FederatedPrincipal } from './principals';
import { ServicePrincipal, ServicePrincipalOpts } from './service-principal';

/** The Effect element of an IAM policy. */
export enum Effect {
  /** Allows access to a resource in an IAM policy statement. By default, access to resources are denied. */
  ALLOW = 'Allow',
  /** Explicitly deny access to a resource. By default, all requests are denied implicitly. */
  DENY = 'Deny',
}

/** Interface for creating a policy statement. */
export interface PolicyStatementProps {
  /**
   * The Sid (statement ID) is an optional identifier that you provide for the policy statement.
   * @default - no sid
   */
  readonly sid?: string;
  /**
   * List of actions to add to the statement (`service:Action`, wildcards allowed).
   * @default - no actions
   */
  readonly actions?: string[];
  /**
   * List of not actions to add to the statement.
   * @default - no not-actions
   */
  readonly notActions?: string[];
  /**
   * List of principals to add to the statement.
   * @default - no principals
   */
  readonly principals?: IPrincipal[];
  /**
   * List of not principals to add to the statement.
   * @default - no not principals
   */
  readonly notPrincipals?: IPrincipal[];
  /**
   * Resource ARNs to add to the statement.
   * @default - no resources
   */
  readonly resources?: string[];
  /**
   * NotResource ARNs to add to the statement.
   * @default - no not-resources
   */
  readonly notResources?: string[];
  /**
   * Conditions to add to the statement: a map of operator (`StringEquals`) to a map of key to value.
   * @default - no condition
   */
  readonly conditions?: { [key: string]: any };
  /**
   * Whether to allow or deny the actions in this statement.
   * @default Effect.ALLOW
   */
  readonly effect?: Effect;
}

/** Represents a statement in an IAM policy document. */
export class PolicyStatement {
  /**
   * Creates a new PolicyStatement based on the object provided. This accepts the same shape as a
   * statement in a policy document (`Action`, `Resource`, `Principal`, `Condition`, ...).
   */
  public static fromJson(obj: any): PolicyStatement {
    const statement = new PolicyStatement({
      sid: obj.Sid,
      effect: obj.Effect,
      actions: fieldFromJson(obj, 'Action'),
      notActions: fieldFromJson(obj, 'NotAction'),
      resources: fieldFromJson(obj, 'Resource'),
      notResources: fieldFromJson(obj, 'NotResource'),
      principals: obj.Principal !== undefined ? [new JsonPrincipal(obj.Principal)] : undefined,
      notPrincipals: obj.NotPrincipal !== undefined ? [new JsonPrincipal(obj.NotPrincipal)] : undefined,
      conditions: obj.Condition,
    });
    const errors = statement.validateForAnyPolicy();
    if (errors.length > 0) {
      throw new UnscopedValidationError(`Incorrect Policy Statement: ${errors.join('\n')} (got ${JSON.stringify(obj)})`);
    }
    return statement;
  }

  private _action: string[] = [];
  private _notAction: string[] = [];
  private readonly _principal: PrincipalJson = {};
  private readonly _notPrincipal: PrincipalJson = {};
  private _resource: string[] = [];
  private _notResource: string[] = [];
  private readonly _condition: { [key: string]: any } = {};
  // Arrays, not Sets: a statement has a principal or two, and an empty array costs a fraction of an empty Set.
  private _principals: IPrincipal[] = [];
  private _notPrincipals: IPrincipal[] = [];
  private _sid?: string;
  private _effect: Effect;
  private _frozen = false;
  /** The conditions of the first principal added: all principals must carry the same ones. */
  private _principalConditionsJson?: string;

  constructor(props: PolicyStatementProps = {}) {
    this._sid = props.sid;
    this._effect = props.effect ?? Effect.ALLOW;
    // Only the lists that were given (statements are made by the thousand; each add checks and validates).
    if (props.actions) { this.addActions(...props.actions); }
    if (props.notActions) { this.addNotActions(...props.notActions); }
    if (props.principals) { this.addPrincipals(...props.principals); }
    if (props.notPrincipals) { this.addNotPrincipals(...props.notPrincipals); }
    if (props.resources) { this.addResources(...props.resources); }
    if (props.notResources) { this.addNotResources(...props.notResources); }
    if (props.conditions !== undefined) {
      if (Token.isUnresolved(props.conditions)) {
        throw new UnscopedValidationError('A Condition should be represented as a map of operator to value '
          + '(conditions is a token; give a map of operator to condition, whose values may be tokens)');
      }
      this.addConditions(props.conditions);
    }
  }

  /** Statement ID for this statement. */
  public get sid(): string | undefined {
    return this._sid;
  }

  /** Set Statement ID for this statement. */
  public set sid(sid: string | undefined) {
    this.assertNotFrozen('sid');
    this._sid = sid;
  }

  /** Whether to allow or deny the actions in this statement. */
  public get effect(): Effect {
    return this._effect;
  }

  /** Set effect for this statement. */
  public set effect(effect: Effect) {
    this.assertNotFrozen('effect');
    this._effect = effect;
  }

  // Actions

  /** Specify allowed actions into the "Action" section of the policy statement. */
  public addActions(...actions: string[]): void {
    this.assertNotFrozen('addActions');
    if (actions.length > 0 && this._notAction.length > 0) {
      throw new UnscopedValidationError(`Cannot add 'Actions' to policy statement if 'NotActions' have been added (adding ${actions.join(', ')})`);
    }
    validatePolicyActions(actions);
    this._action = withUnique(this._action, actions);
  }

  /** Explicitly allow all actions except the specified list of actions into the "NotAction" section. */
  public addNotActions(...notActions: string[]): void {
    this.assertNotFrozen('addNotActions');
    if (notActions.length > 0 && this._action.length > 0) {
      throw new UnscopedValidationError(`Cannot add 'NotActions' to policy statement if 'Actions' have been added (adding ${notActions.join(', ')})`);
    }
    validatePolicyActions(notActions);
    this._notAction = withUnique(this._notAction, notActions);
  }

  // Principal

  /** Indicates if this permission has a "Principal" section. */
  public get hasPrincipal(): boolean {
    return this._principals.length > 0 || this._notPrincipals.length > 0;
  }

  /** Adds principals to the "Principal" section of a policy statement. */
  public addPrincipals(...principals: IPrincipal[]): void {
    this.assertNotFrozen('addPrincipals');
    if (principals.length > 0 && this._notPrincipals.length > 0) {
      throw new UnscopedValidationError("Cannot add 'Principals' to policy statement if 'NotPrincipals' have been added");
    }
    for (const principal of principals) {
      if (this.addPrincipalTo(principal, this._principals, this._principal)) { this._principals = this._principals.concat([principal]); }
    }
  }

  /** Specify principals that are not allowed or denied access to the "NotPrincipal" section of a policy statement. */
  public addNotPrincipals(...notPrincipals: IPrincipal[]): void {
    this.assertNotFrozen('addNotPrincipals');
    if (notPrincipals.length > 0 && this._principals.length > 0) {
      throw new UnscopedValidationError("Cannot add 'NotPrincipals' to policy statement if 'Principals' have been added");
    }
    for (const principal of notPrincipals) {
      if (this.addPrincipalTo(principal, this._notPrincipals, this._notPrincipal)) { this._notPrincipals = this._notPrincipals.concat([principal]); }
    }
  }

  /** Specify AWS account ID as the principal entity to the "Principal" section of a policy statement. */
  public addAwsAccountPrincipal(accountId: string): void {
    this.addPrincipals(new AccountPrincipal(accountId));
  }

  /** Specify a principal using the ARN identifier of the principal. */
  public addArnPrincipal(arn: string): void {
    this.addPrincipals(new ArnPrincipal(arn));
  }

  /** Adds a service principal to this policy statement. */
  public addServicePrincipal(service: string, opts?: ServicePrincipalOpts): void {
    this.addPrincipals(new ServicePrincipal(service, opts));
  }

  /** Adds a federated identity provider such as Amazon Cognito to this policy statement. */
  public addFederatedPrincipal(federated: any, conditions: { [key: string]: any }): void {
    this.addPrincipals(new FederatedPrincipal(federated, conditions));
  }

  /** Adds an AWS account root user principal to this policy statement. */
  public addAccountRootPrincipal(): void {
    this.addPrincipals(new AccountRootPrincipal());
  }

  /** Adds a canonical user ID principal to this policy statement. */
  public addCanonicalUserPrincipal(canonicalUserId: string): void {
    this.addPrincipals(new CanonicalUserPrincipal(canonicalUserId));
  }

  /** Adds all identities in all accounts ("*") to this policy statement. */
  public addAnyPrincipal(): void {
    this.addPrincipals(new AnyPrincipal());
  }

  // Resources

  /** Specify resources that this policy statement applies into the "Resource" section. */
  public addResources(...arns: string[]): void {
    this.assertNotFrozen('addResources');
    if (arns.length > 0 && this._notResource.length > 0) {
      throw new UnscopedValidationError(`Cannot add 'Resources' to policy statement if 'NotResources' have been added (adding ${arns.join(', ')})`);
    }
    this._resource = withUnique(this._resource, arns);
  }

  /** Specify resources that this policy statement will not apply to ("NotResource"). */
  public addNotResources(...arns: string[]): void {
    this.assertNotFrozen('addNotResources');
    if (arns.length > 0 && this._resource.length > 0) {
      throw new UnscopedValidationError(`Cannot add 'NotResources' to policy statement if 'Resources' have been added (adding ${arns.join(', ')})`);
    }
    this._notResource = withUnique(this._notResource, arns);
  }

  /** Adds a `"*"` resource to this statement. */
  public addAllResources(): void {
    this.addResources('*');
  }

  /** Indicates if this permission has at least one resource associated with it. */
  public get hasResource(): boolean {
    return this._resource.length > 0 || this._notResource.length > 0;
  }

  // Condition

  /** Add a condition to the Policy; the value is merged with an existing condition of the same operator. */
  public addCondition(key: string, value: any): void {
    this.assertNotFrozen('addCondition');
    validateConditionObject(value, key);
    const existing = this._condition[key];
    this._condition[key] = existing ? { ...existing, ...value } : value;
  }

  /** Add multiple conditions to the Policy; see `addCondition`. */
  public addConditions(conditions: { [key: string]: any }): void {
    for (const key of Object.keys(conditions)) { this.addCondition(key, conditions[key]); }
  }

  /** Add a `StringEquals` condition that limits to a given account from `sts:ExternalId`. */
  public addAccountCondition(accountId: string): void {
    this.addCondition('StringEquals', { 'sts:ExternalId': accountId });
  }

  /** Add a `StringEquals` condition that limits to a given account from `aws:SourceAccount`. */
  public addSourceAccountCondition(accountId: string): void {
    this.addCondition('StringEquals', { 'aws:SourceAccount': accountId });
  }

  /** Add an `ArnEquals` condition that limits to a given resource arn from `aws:SourceArn`. */
  public addSourceArnCondition(arn: string): void {
    this.addCondition('ArnEquals', { 'aws:SourceArn': arn });
  }

  /** Create a new `PolicyStatement` with the same exact properties as this one, except for the overrides. */
  public copy(overrides: PolicyStatementProps = {}): PolicyStatement {
    return new PolicyStatement({
      sid: overrides.sid ?? this.sid,
      effect: overrides.effect ?? this.effect,
      actions: overrides.actions ?? this.actions,
      notActions: overrides.notActions ?? this.notActions,
      principals: overrides.principals ?? this.principals,
      notPrincipals: overrides.notPrincipals ?? this.notPrincipals,
      resources: overrides.resources ?? this.resources,
      notResources: overrides.notResources ?? this.notResources,
      conditions: overrides.conditions ?? this.conditions,
    });
  }

  /** JSON-ify the policy statement: the statement as it appears in a policy document, tokens unresolved. */
  public toStatementJson(): any {
    const json: { [key: string]: any } = {};
    setIfDefined(json, 'Action', singleOrList(this._action));
    setIfDefined(json, 'NotAction', singleOrList(this._notAction));
    if (Object.keys(this._condition).length > 0) { json.Condition = this._condition; }
    json.Effect = this._effect;
    setIfDefined(json, 'Principal', renderPrincipalJson(this._principal));
    setIfDefined(json, 'NotPrincipal', renderPrincipalJson(this._notPrincipal));
    setIfDefined(json, 'Resource', singleOrList(this._resource));
    setIfDefined(json, 'NotResource', singleOrList(this._notResource));
    setIfDefined(json, 'Sid', this._sid);
    return json;
  }

  /** String representation of this policy statement (a token that resolves to its JSON). */
  public toString(): string {
    return Token.asString(this, { displayHint: 'PolicyStatement' });
  }

  /** JSON-ify the statement: used when JSON.stringify() is called. */
  public toJSON(): any {
    return this.toStatementJson();
  }

  /** Validate that the policy statement satisfies base requirements for a policy. */
  public validateForAnyPolicy(): string[] {
    const errors: string[] = [];
    if (this._action.length === 0 && this._notAction.length === 0) {
      errors.push("A PolicyStatement must specify at least one 'action' or 'notAction'.");
    }
    return errors;
  }

  /** Validate that the policy statement satisfies all requirements for a resource-based policy. */
  public validateForResourcePolicy(): string[] {
    const errors = this.validateForAnyPolicy();
    if (!this.hasPrincipal) {
      errors.push('A PolicyStatement used in a resource-based policy must specify at least one IAM principal.');
    }
    if (!this.hasResource) {
      errors.push('A PolicyStatement used in a resource-based policy must specify at least one resource.');
    }
    return errors;
  }

  /** Validate that the policy statement satisfies all requirements for a trust policy (AssumeRolePolicyDocument). */
  public validateForTrustPolicy(): string[] {
    const errors = this.validateForAnyPolicy();
    if (!this.hasPrincipal) {
      errors.push('A PolicyStatement used in a trust policy must specify at least one IAM principal.');
    }
    return errors;
  }

  /** Validate that the policy statement satisfies all requirements for an identity-based policy. */
  public validateForIdentityPolicy(): string[] {
    const errors = this.validateForAnyPolicy();
    if (this.hasPrincipal) {
      errors.push('A PolicyStatement used in an identity-based policy cannot specify any IAM principals.');
    }
    if (!this.hasResource) {
      errors.push('A PolicyStatement used in an identity-based policy must specify at least one resource.');
    }
    return errors;
  }

  /** The Actions added to this statement. */
  public get actions(): string[] {
    return this._action.slice();
  }

  /** The NotActions added to this statement. */
  public get notActions(): string[] {
    return this._notAction.slice();
  }

  /** The Principals added to this statement. */
  public get principals(): IPrincipal[] {
    return this._principals.slice();
  }

  /** The NotPrincipals added to this statement. */
  public get notPrincipals(): IPrincipal[] {
    return this._notPrincipals.slice();
  }

  /** The Resources added to this statement. */
  public get resources(): string[] {
    return this._resource.slice();
  }

  /** The NotResources added to this statement. */
  public get notResources(): string[] {
    return this._notResource.slice();
  }

  /** The conditions added to this statement. */
  public get conditions(): any {
    return { ...this._condition };
  }

  /**
   * Make the PolicyStatement immutable. Documents freeze their statements when they are rendered, so a
   * statement cannot change after it has been written into a template.
   */
  public freeze(): PolicyStatement {
    this._frozen = true;
    return this;
  }

  /** Whether the PolicyStatement has been frozen. */
  public get frozen(): boolean {
    return this._frozen;
  }

  /**
   * Estimate the size of this policy statement, in characters of the rendered JSON.
   * @internal
   */
  public _estimateSize(options: SizeEstimateOptions): number {
    return estimateStatementSize({
      effect: this._effect,
      actions: this._action,
      notActions: this._notAction,
      resources: this._resource,
      notResources: this._notResource,
      principals: this._principals.slice(),
      notPrincipals: this._notPrincipals.slice(),
      conditions: this._condition,
    }, options);
  }

  /** Add a principal's JSON and conditions, unless it is in `list` already; says whether to add it to the list. */
  private addPrincipalTo(principal: IPrincipal, list: readonly IPrincipal[], json: PrincipalJson): boolean {
    validatePolicyPrincipal(principal);
    if (list.includes(principal)) { return false; }
    const fragment = principal.policyFragment;
    mergePrincipal(json, fragment.principalJson);
    this.addPrincipalConditions(fragment.conditions);
    return true;
  }

  private addPrincipalConditions(conditions: { [key: string]: any }): void {
    const json = JSON.stringify(conditions ?? {});
    if (this._principalConditionsJson === undefined) {
      this._principalConditionsJson = json;
    } else if (this._principalConditionsJson !== json) {
      throw new UnscopedValidationError(`All principals in a PolicyStatement must have the same Conditions (got '${this._principalConditionsJson}' and '${json}'). Use multiple statements instead.`);
    }
    this.addConditions(conditions ?? {});
  }

  private assertNotFrozen(method: string): void {
    if (this._frozen) {
      throw new UnscopedValidationError(`${method}: freeze() has been called on this PolicyStatement previously, so it can no longer be modified`);
    }
  }
}
