import { Construct } from 'constructs';
import { ValidationError } from '../errors';
import { IResolvable, IResolveContext } from '../tokens/resolvable';
import { Token } from '../tokens/token';
import { CfnElement } from './cfn-element';
import { CfnReference } from './cfn-reference';

/** Properties of a CfnParameter. */
export interface CfnParameterProps {
  /**
   * The data type for the parameter (DataType).
   * @default String
   */
  readonly type?: string;
  /**
   * A value of the appropriate type for the template to use if no value is specified when a stack is created.
   * @default - No default value for parameter.
   */
  readonly default?: any;
  /**
   * A regular expression that represents the patterns to allow for String types.
   * @default - No constraints on patterns allowed for parameter.
   */
  readonly allowedPattern?: string;
  /**
   * An array containing the list of values allowed for the parameter.
   * @default - No constraints on values allowed for parameter.
   */
  readonly allowedValues?: string[];
  /**
   * A string that explains a constraint when the constraint is violated.
   * @default - No description with customized error message when user specifies invalid values.
   */
  readonly constraintDescription?: string;
  /**
   * A string of up to 4000 characters that describes the parameter.
   * @default - No description for the parameter.
   */
  readonly description?: string;
  /**
   * An integer value that determines the largest number of characters you want to allow for String types.
   * @default - None.
   */
  readonly maxLength?: number;
  /**
   * A numeric value that determines the largest numeric value you want to allow for Number types.
   * @default - None.
   */
  readonly maxValue?: number;
  /**
   * An integer value that determines the smallest number of characters you want to allow for String types.
   * @default - None.
   */
  readonly minLength?: number;
  /**
   * A numeric value that determines the smallest numeric value you want to allow for Number types.
   * @default - None.
   */
  readonly minValue?: number;
  /**
   * Whether to mask the parameter value when anyone makes a call that describes the stack.
   * @default - Parameter values are not masked.
   */
  readonly noEcho?: boolean;
}

/**
 * A CloudFormation parameter: a value supplied when the stack is deployed.
 */
export class CfnParameter extends CfnElement {
  private _type: string;
  private _default?: any;
  private _allowedPattern?: string;
  private _allowedValues?: string[];
  private _constraintDescription?: string;
  private _description?: string;
  private _maxLength?: number;
  private _maxValue?: number;
  private _minLength?: number;
  private _minValue?: number;
  private _noEcho?: boolean;

  constructor(scope: Construct, id: string, props: CfnParameterProps = {}) {
    super(scope, id);
    this._type = props.type || 'String';
    this._default = props.default;
    this._allowedPattern = props.allowedPattern;
    this._allowedValues = props.allowedValues;
    this._constraintDescription = props.constraintDescription;
    this._description = props.description;
    this._maxLength = props.maxLength;
    this._maxValue = props.maxValue;
    this._minLength = props.minLength;
    this._minValue = props.minValue;
    this._noEcho = props.noEcho;
  }

  /** The data type for the parameter (DataType). */
  public get type(): string { return this._type; }
  public set type(type: string) { this._type = type; }
  /** A value of the appropriate type for the template to use if no value is specified. */
  public get default(): any { return this._default; }
  public set default(value: any) { this._default = value; }
  /** A regular expression that represents the patterns to allow for String types. */
  public get allowedPattern(): string | undefined { return this._allowedPattern; }
  public set allowedPattern(pattern: string | undefined) { this._allowedPattern = pattern; }
  /** An array containing the list of values allowed for the parameter. */
  public get allowedValues(): string[] | undefined { return this._allowedValues; }
  public set allowedValues(values: string[] | undefined) { this._allowedValues = values; }
  /** A string that explains a constraint when the constraint is violated. */
  public get constraintDescription(): string | undefined { return this._constraintDescription; }
  public set constraintDescription(desc: string | undefined) { this._constraintDescription = desc; }
  /** A string of up to 4000 characters that describes the parameter. */
  public get description(): string | undefined { return this._description; }
  public set description(desc: string | undefined) { this._description = desc; }
  /** The largest number of characters allowed for String types. */
  public get maxLength(): number | undefined { return this._maxLength; }
  public set maxLength(len: number | undefined) { this._maxLength = len; }
  /** The smallest number of characters allowed for String types. */
  public get minLength(): number | undefined { return this._minLength; }
  public set minLength(len: number | undefined) { this._minLength = len; }
  /** The largest numeric value allowed for Number types. */
  public get maxValue(): number | undefined { return this._maxValue; }
  public set maxValue(len: number | undefined) { this._maxValue = len; }
  /** The smallest numeric value allowed for Number types. */
  public get minValue(): number | undefined { return this._minValue; }
  public set minValue(len: number | undefined) { this._minValue = len; }
  /** Whether the parameter value is masked. */
  public get noEcho(): boolean | undefined { return this._noEcho; }
  public set noEcho(echo: boolean | undefined) { this._noEcho = echo; }

  /** The parameter value as a Token (a `{ Ref }` to the parameter). */
  public get value(): IResolvable {
    return CfnReference.for(this, 'Ref');
  }

  /** The parameter value, if it represents a string. */
  public get valueAsString(): string {
    if (!isStringType(this.type) && !isNumberType(this.type)) {
      throw new ValidationError(`Parameter type (${this.type}) is not a string or number type; use valueAsList for list types`, this);
    }
    return Token.asString(this.value);
  }

  /** The parameter value, if it represents a number. */
  public get valueAsNumber(): number {
    if (!isNumberType(this.type)) {
      throw new ValidationError(`Parameter type (${this.type}) is not a number type; use valueAsString or valueAsList`, this);
    }
    return Token.asNumber(this.value);
  }

  /** The parameter value, if it represents a list. */
  public get valueAsList(): string[] {
    if (!isListType(this.type)) {
      throw new ValidationError(`Parameter type (${this.type}) is not a list type (List<...> or CommaDelimitedList); use valueAsString or valueAsNumber`, this);
    }
    return Token.asList(this.value);
  }

  /** @internal */
  public _toCloudFormation(): object {
    return {
      Parameters: {
        [this.resolvedLogicalId]: {
          Type: this.type,
          Default: this.default,
          AllowedPattern: this.allowedPattern,
          AllowedValues: this.allowedValues,
          ConstraintDescription: this.constraintDescription,
          Description: this.description,
          MaxLength: this.maxLength,
          MaxValue: this.maxValue,
          MinLength: this.minLength,
          MinValue: this.minValue,
          NoEcho: this.noEcho,
        },
      },
    };
  }

  /** Resolves to a `{ Ref }` of this parameter. */
  public resolve(_context: IResolveContext): any {
    return this.value;
  }
}

function isListType(type: string): boolean {
  return type.indexOf('List<') >= 0 || type.indexOf('CommaDelimitedList') >= 0;
}

function isNumberType(type: string): boolean {
  return type === 'Number';
}

function isStringType(type: string): boolean {
  return !isListType(type) && !isNumberType(type);
}
