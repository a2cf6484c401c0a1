import { Construct } from 'constructs';
import { ICfnConditionExpression, ICfnRuleConditionExpression } from './cfn-condition';
import { CfnRefElement } from './cfn-element';
import { capitalizeKeys } from './render-util';

/** A rule assertion. */
export interface CfnRuleAssertion {
  /** The assertion. */
  readonly assert: ICfnConditionExpression;
  /** The assertion description. */
  readonly assertDescription: string;
}

/** Properties of a CfnRule. */
export interface CfnRuleProps {
  /**
   * If the rule condition evaluates to false, the rule doesn't take effect.
   * @default - Rule's assertions will always take effect.
   */
  readonly ruleCondition?: ICfnRuleConditionExpression;
  /**
   * Assertions which define the rule.
   * @default - No assertions for the rule.
   */
  readonly assertions?: CfnRuleAssertion[];
}

/** The Rules section of a template: parameter checks CloudFormation runs before creating or updating a stack. */
export class CfnRule extends CfnRefElement {
  private ruleCondition?: ICfnRuleConditionExpression;
  private assertions?: CfnRuleAssertion[];

  constructor(scope: Construct, id: string, props?: CfnRuleProps) {
    super(scope, id);
    this.ruleCondition = props && props.ruleCondition;
    this.assertions = props && props.assertions;
  }

  /** Adds an assertion to the rule. */
  public addAssertion(condition: ICfnConditionExpression, description: string): void {
    if (!this.assertions) { this.assertions = []; }
    this.assertions.push({ assert: condition, assertDescription: description });
  }

  /** @internal */
  public _toCloudFormation(): object {
    return {
      Rules: {
        [this.resolvedLogicalId]: {
          RuleCondition: this.ruleCondition,
          Assertions: capitalizeKeys(this.assertions),
        },
      },
    };
  }
}
