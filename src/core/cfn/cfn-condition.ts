import { Construct } from 'constructs';
import { IResolvable, IResolveContext } from '../tokens/resolvable';
import { CfnElement } from './cfn-element';

/** Construction properties for a CfnCondition. */
export interface CfnConditionProps {
  /**
   * The expression that the condition will evaluate.
   * @default - None.
   */
  readonly expression?: ICfnConditionExpression;
}

/** Represents a CloudFormation condition, for resources which must be conditionally created. */
export class CfnCondition extends CfnElement implements ICfnConditionExpression, IResolvable {
  /** The condition statement. */
  public expression?: ICfnConditionExpression;

  constructor(scope: Construct, id: string, props?: CfnConditionProps) {
    super(scope, id);
    this.expression = props?.expression;
  }

  /** @internal */
  public _toCloudFormation(): object {
    if (!this.expression) { return {}; }
    return { Conditions: { [this.resolvedLogicalId]: this.expression } };
  }

  /** Synthesizes the condition as a `{ Condition: <logical id> }` reference. */
  public resolve(_context: IResolveContext): any {
    return { Condition: this.logicalId };
  }
}

/**
 * Represents a CloudFormation element that can be used within a Condition: a condition function
 * (`Fn.conditionEquals` ...) or a CfnCondition.
 */
export interface ICfnConditionExpression extends IResolvable { }

/** Interface to specify certain functions as Service Catalog rule-specific (usable only in Rules). */
export interface ICfnRuleConditionExpression extends ICfnConditionExpression {
  /** This field is only needed to defeat TypeScript's structural typing. */
  readonly disambiguator: boolean;
}
