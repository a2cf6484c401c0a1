import { Construct } from 'constructs';
import { ValidationError } from '../errors';
import { CfnCondition } from './cfn-condition';
import { CfnElement } from './cfn-element';
import { lazyModule } from '../lazy-module';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const fnModule = lazyModule(() => require('./fn') as typeof import('./fn'));

/** Properties of a CfnOutput. */
export interface CfnOutputProps {
  /**
   * A String type that describes the output value. The description can be a maximum of 4 K in length.
   * @default - No description.
   */
  readonly description?: string;
  /** The value of the property returned by the aws cloudformation describe-stacks command. */
  readonly value: string;
  /**
   * The name used to export the value of this output across stacks.
   * @default - the output is not exported
   */
  readonly exportName?: string;
  /**
   * A condition to associate with this output value.
   * @default - No condition is associated with the output.
   */
  readonly condition?: CfnCondition;
  /**
   * The key of the output (its logical ID in the Outputs section).
   * @default - the logical ID allocated from the construct path
   */
  readonly key?: string;
}

/** An output of a CloudFormation stack. */
export class CfnOutput extends CfnElement {
  private _description?: string;
  private _condition?: CfnCondition;
  private _value?: any;
  private _exportName?: string;

  constructor(scope: Construct, id: string, props: CfnOutputProps) {
    super(scope, id);
    if (props.value === undefined) {
      throw new ValidationError(`CfnOutput '${id}': the value is undefined; an output needs a value (string or token)`, this);
    }
    this._description = props.description;
    this._value = props.value;
    this._condition = props.condition;
    this._exportName = props.exportName;
    if (props.key) { this.overrideLogicalId(props.key); }
  }

  /** A String type that describes the output value. */
  public get description(): string | undefined { return this._description; }
  public set description(description: string | undefined) { this._description = description; }

  /** The value of the property returned by the aws cloudformation describe-stacks command. */
  public get value(): any { return this._value; }
  public set value(value: any) { this._value = value; }

  /** A condition to associate with this output value. */
  public get condition(): CfnCondition | undefined { return this._condition; }
  public set condition(condition: CfnCondition | undefined) { this._condition = condition; }

  /** The name used to export the value of this output across stacks. */
  public get exportName(): string | undefined { return this._exportName; }
  public set exportName(exportName: string | undefined) { this._exportName = exportName; }

  /** Return the `Fn.importValue` expression to import this value into another stack. */
  public get importValue(): string {
    if (!this._exportName) {
      throw new ValidationError('importValue: the output has no exportName; set exportName to import it elsewhere', this);
    }
    const { Fn } = fnModule();
    return Fn.importValue(this._exportName);
  }

  /** @internal */
  public _toCloudFormation(): object {
    return {
      Outputs: {
        [this.resolvedLogicalId]: {
          Description: this._description,
          Value: this._value,
          Export: this._exportName != null ? { Name: this._exportName } : undefined,
          Condition: this._condition ? this._condition.resolvedLogicalId : undefined,
        },
      },
    };
  }
}
