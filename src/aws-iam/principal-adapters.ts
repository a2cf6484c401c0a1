import { Token, UnscopedValidationError } from '../core';
import {
  AddToPrincipalPolicyResult, ComparablePrincipal, IPrincipal, PrincipalBase, PrincipalPolicyFragment, validateConditionObject,
} from './principal-base';
import type { PolicyDocument } from './policy-document';
import type { PolicyStatement } from './policy-statement';
import { addPrincipalToAssumeRolePolicy } from './private/assume-role-policy';
import { RewritingPolicyDocument } from './private/rewriting-policy-document';

/** Base class for principals that wrap another principal and change how it is used. */
abstract class PrincipalAdapter extends PrincipalBase {
  public override readonly assumeRoleAction: string;
  public override readonly principalAccount: string | undefined;

  constructor(protected readonly wrapped: IPrincipal) {
    super();
    this.assumeRoleAction = wrapped.assumeRoleAction;
    this.principalAccount = wrapped.principalAccount;
  }

  public get policyFragment(): PrincipalPolicyFragment {
    return this.wrapped.policyFragment;
  }

  public override addToPolicy(statement: PolicyStatement): boolean {
    return this.wrapped.addToPrincipalPolicy(statement).statementAdded;
  }

  public override addToPrincipalPolicy(statement: PolicyStatement): AddToPrincipalPolicyResult {
    return this.wrapped.addToPrincipalPolicy(statement);
  }

  /** This principal's dedupe string, derived from the wrapped one's (undefined when that is not comparable). */
  protected appendDedupe(append: string): string | undefined {
    const inner = ComparablePrincipal.dedupeStringFor(this.wrapped);
    return inner !== undefined ? `${this.constructor.name}:${inner}:${append}` : undefined;
  }
}

/**
 * An IAM principal with additional conditions specifying when the policy is in effect.
 *
 * For more information about conditions, see:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html
 */
export class PrincipalWithConditions extends PrincipalAdapter {
  private readonly additionalConditions: { [key: string]: any };

  constructor(principal: IPrincipal, conditions: { [key: string]: any }) {
    super(principal);
    this.additionalConditions = conditions;
  }

  public override addToAssumeRolePolicy(document: PolicyDocument): void {
    addPrincipalToAssumeRolePolicy(this.wrapped, new RewritingPolicyDocument(document, (statement) => {
      statement.addActions(this.assumeRoleAction);
      statement.addConditions(this.conditions);
    }));
  }

  /** Add a condition to the principal. */
  public addCondition(key: string, value: any): void {
    validateConditionObject(value, key);
    const existing = this.additionalConditions[key];
    if (!existing) {
      this.additionalConditions[key] = value;
      return;
    }
    validateConditionObject(existing, key);
    this.additionalConditions[key] = { ...existing, ...value };
  }

  /** Adds multiple conditions to the principal; values are merged with existing conditions of the same operator. */
  public addConditions(conditions: { [key: string]: any }): void {
    for (const key of Object.keys(conditions)) { this.addCondition(key, conditions[key]); }
  }

  /** The conditions under which the policy is in effect: the wrapped principal's plus the added ones. */
  public get conditions(): { [key: string]: any } {
    return mergeConditions(this.wrapped.policyFragment.conditions, this.additionalConditions);
  }

  public override get policyFragment(): PrincipalPolicyFragment {
    return new PrincipalPolicyFragment(this.wrapped.policyFragment.principalJson, this.conditions);
  }

  public override toString(): string {
    return this.wrapped.toString();
  }

  public override toJSON(): { [key: string]: string[] } {
    return this.policyFragment.principalJson;
  }

  public dedupeString(): string | undefined {
    return this.appendDedupe(JSON.stringify(this.conditions));
  }
}

/** Enables session tags on role assumptions from a principal: the trust policy also allows `sts:TagSession`. */
export class SessionTagsPrincipal extends PrincipalAdapter {
  constructor(principal: IPrincipal) {
    super(principal);
  }

  public override addToAssumeRolePolicy(document: PolicyDocument): void {
    addPrincipalToAssumeRolePolicy(this.wrapped, new RewritingPolicyDocument(document, (statement) => {
      statement.addActions('sts:TagSession');
    }));
  }

  public dedupeString(): string | undefined {
    return this.appendDedupe('');
  }
}

function mergeConditions(principalConditions: { [key: string]: any }, additional: { [key: string]: any }): { [key: string]: any } {
  const merged: { [key: string]: any } = { ...principalConditions };
  for (const operator of Object.keys(additional)) {
    const condition = additional[operator];
    const existing = merged[operator];
    if (!existing) {
      merged[operator] = condition;
      continue;
    }
    if (Token.isUnresolved(condition) || Token.isUnresolved(existing)) {
      throw new UnscopedValidationError(`Cannot merge the '${operator}' conditions of a principal: one of them is a token, `
        + 'whose keys are only known at deployment; give the conditions for this operator in one place');
    }
    validateConditionObject(existing, operator);
    validateConditionObject(condition, operator);
    merged[operator] = { ...existing, ...condition };
  }
  return merged;
}
