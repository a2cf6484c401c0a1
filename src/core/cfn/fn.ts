import { NO_CREATION_STACK } from '../tokens/creation-stack';
import { UnscopedValidationError } from '../errors';
import { minimalJoin } from '../tokens/cloudformation-lang';
import { Intrinsic } from '../tokens/intrinsic';
import { IResolvable, IResolveContext, ResolutionTypeHint } from '../tokens/resolvable';
import { Token } from '../tokens/token';
import { ICfnConditionExpression, ICfnRuleConditionExpression } from './cfn-condition';
import { findStack } from './stack-lookup';
import { lazyModule } from '../lazy-module';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const jsonModule = lazyModule(() => require('../tokens/json') as typeof import('../tokens/json'));

/** CloudFormation intrinsic functions. */
export class Fn {
  /** The `Ref` intrinsic function returns the value of the specified parameter or resource. */
  public static ref(logicalName: string): string {
    return new Intrinsic({ Ref: logicalName }).toString();
  }

  /** The `Fn::GetAtt` intrinsic function returns the value of an attribute from a resource in the template. */
  public static getAtt(logicalNameOfResource: string, attributeName: string): IResolvable {
    return new Intrinsic({ 'Fn::GetAtt': [logicalNameOfResource, attributeName] });
  }

  /** The `Fn::Join` intrinsic function appends a set of values into a single value, separated by the delimiter. */
  public static join(delimiter: string, listOfValues: string[]): string {
    if (listOfValues.length === 0) {
      throw new UnscopedValidationError('Fn.join: listOfValues must contain at least one value, got an empty list');
    }
    if (!Token.isUnresolved(listOfValues) && !listOfValues.some(v => Token.isUnresolved(v))) {
      return listOfValues.join(delimiter);
    }
    return new FnJoin(delimiter, listOfValues).toString();
  }

  /** Split a string token into a token list of string values. */
  public static split(delimiter: string, source: string, assumedLength?: number): string[] {
    if (!Token.isUnresolved(source)) { return source.split(delimiter); }
    if (Token.isUnresolved(delimiter)) {
      throw new UnscopedValidationError(`Fn.split: the delimiter must be a literal string, got the token ${delimiter}`);
    }
    const split = Token.asList(new Intrinsic({ 'Fn::Split': [delimiter, source] }));
    if (assumedLength === undefined) { return split; }
    if (Token.isUnresolved(assumedLength)) {
      throw new UnscopedValidationError('Fn.split: assumedLength must be a literal number, got a token');
    }
    const ret: string[] = [];
    for (let i = 0; i < assumedLength; i++) { ret.push(Fn.select(i, split)); }
    return ret;
  }

  /** The `Fn::Select` intrinsic function returns a single object from a list of objects by index. */
  public static select(index: number, array: string[]): string {
    if (!Token.isUnresolved(index) && !Token.isUnresolved(array) && !array.some(v => Token.isUnresolved(v))) {
      return array[index];
    }
    return new Intrinsic({ 'Fn::Select': [index, array] }).toString();
  }

  /** The `Fn::Sub` intrinsic function substitutes variables in an input string with values that you specify. */
  public static sub(body: string, variables?: { [key: string]: string }): string {
    return new Intrinsic({ 'Fn::Sub': variables ? [body, variables] : body }).toString();
  }

  /** The `Fn::Base64` intrinsic function returns the Base64 representation of the input string. */
  public static base64(data: string): string {
    return new Intrinsic({ 'Fn::Base64': data }).toString();
  }

  /** The `Fn::Cidr` intrinsic function returns the specified Cidr address block. */
  public static cidr(ipBlock: string, count: number, sizeMask?: string): string[] {
    return Token.asList(new Intrinsic({ 'Fn::Cidr': sizeMask !== undefined ? [ipBlock, count, sizeMask] : [ipBlock, count] }));
  }

  /** Given a url, parse the domain name (the third `/`-separated part). */
  public static parseDomainName(url: string): string {
    const noHttps = Fn.select(1, Fn.split('//', url));
    return Fn.select(0, Fn.split('/', noHttps));
  }

  /** The `Fn::GetAZs` intrinsic function returns an array that lists Availability Zones for a specified region. */
  public static getAzs(region?: string): string[] {
    return Token.asList(new Intrinsic({ 'Fn::GetAZs': region || '' }));
  }

  /** The `Fn::ImportValue` intrinsic function returns the value of an output exported by another stack. */
  public static importValue(sharedValueToImport: string): string {
    return new Intrinsic({ 'Fn::ImportValue': sharedValueToImport }).toString();
  }

  /** Like `Fn.importValue`, but imports a list with a known length. */
  public static importListValue(sharedValueToImport: string, assumedLength: number, delimiter = ','): string[] {
    return Fn.split(delimiter, Fn.importValue(sharedValueToImport), assumedLength);
  }

  /** The `Fn::FindInMap` intrinsic function returns the value corresponding to keys in a two-level map. */
  public static findInMap(mapName: string, topLevelKey: string, secondLevelKey: string, defaultValue?: string): string {
    if (defaultValue === undefined) {
      return new Intrinsic({ 'Fn::FindInMap': [mapName, topLevelKey, secondLevelKey] }).toString();
    }
    return new LanguageExtensionIntrinsic({ 'Fn::FindInMap': [mapName, topLevelKey, secondLevelKey, { DefaultValue: defaultValue }] }).toString();
  }

  /** Creates a token representing the `Fn::Transform` expression. */
  public static transform(macroName: string, parameters: { [name: string]: any }): IResolvable {
    return new Intrinsic({ 'Fn::Transform': { Name: macroName, Parameters: parameters } });
  }

  /** Returns true if all the specified conditions evaluate to true. */
  public static conditionAnd(...conditions: ICfnConditionExpression[]): ICfnRuleConditionExpression {
    checkConditionCount('conditionAnd', conditions);
    if (conditions.length === 1) { return conditions[0] as ICfnRuleConditionExpression; }
    return new FnCondition('Fn::And', conditions);
  }

  /** Compares if two values are equal. */
  public static conditionEquals(lhs: any, rhs: any): ICfnRuleConditionExpression {
    return new FnCondition('Fn::Equals', [lhs, rhs]);
  }

  /** Returns one value if the specified condition evaluates to true and another value if it evaluates to false. */
  public static conditionIf(conditionId: string, valueIfTrue: any, valueIfFalse: any): ICfnRuleConditionExpression {
    return new FnCondition('Fn::If', [conditionId, valueIfTrue, valueIfFalse]);
  }

  /** Returns true for a condition that evaluates to false or returns false for a condition that evaluates to true. */
  public static conditionNot(condition: ICfnConditionExpression): ICfnRuleConditionExpression {
    return new FnCondition('Fn::Not', [condition]);
  }

  /** Returns true if any one of the specified conditions evaluate to true. */
  public static conditionOr(...conditions: ICfnConditionExpression[]): ICfnRuleConditionExpression {
    checkConditionCount('conditionOr', conditions);
    if (conditions.length === 1) { return conditions[0] as ICfnRuleConditionExpression; }
    return new FnCondition('Fn::Or', conditions);
  }

  /** Returns true if a specified string matches at least one value in a list of strings. */
  public static conditionContains(listOfStrings: string[], value: string): ICfnRuleConditionExpression {
    return new FnCondition('Fn::Contains', [listOfStrings, value]);
  }

  /** Returns true if a specified string matches all values in a list. */
  public static conditionEachMemberEquals(listOfStrings: string[], value: string): ICfnRuleConditionExpression {
    return new FnCondition('Fn::EachMemberEquals', [listOfStrings, value]);
  }

  /** Returns true if each member in a list of strings matches at least one value in a second list of strings. */
  public static conditionEachMemberIn(stringsToCheck: string[], stringsToMatch: string[]): ICfnRuleConditionExpression {
    return new FnCondition('Fn::EachMemberIn', [stringsToCheck, stringsToMatch]);
  }

  /** Returns all values for a specified parameter type. */
  public static refAll(parameterType: string): string[] {
    return Token.asList(new Intrinsic({ 'Fn::RefAll': parameterType }));
  }

  /** Returns an attribute value or list of values for a specific parameter and attribute. */
  public static valueOf(parameterOrLogicalId: string, attribute: string): string {
    return new Intrinsic({ 'Fn::ValueOf': [parameterOrLogicalId, attribute] }).toString();
  }

  /** Returns a list of all attribute values for a given parameter type and attribute. */
  public static valueOfAll(parameterType: string, attribute: string): string[] {
    return Token.asList(new Intrinsic({ 'Fn::ValueOfAll': [parameterType, attribute] }));
  }

  /** The `Fn::ToJsonString` intrinsic function converts an object or array to its corresponding JSON string. */
  public static toJsonString(object: any): string {
    if (!Token.isUnresolved(object) && !containsToken(object)) { return JSON.stringify(object); }
    const { tokenAwareJsonify } = jsonModule();
    return tokenAwareJsonify(object);
  }

  /** The intrinsic function `Fn::Length` returns the number of elements within an array or an intrinsic function that returns an array. */
  public static len(array: any): number {
    if (!Token.isUnresolved(array) && Array.isArray(array)) { return array.length; }
    return Token.asNumber(new LanguageExtensionIntrinsic({ 'Fn::Length': array }, ResolutionTypeHint.NUMBER));
  }

  private constructor() { }
}

function checkConditionCount(fn: string, conditions: ICfnConditionExpression[]) {
  if (conditions.length === 0) {
    throw new UnscopedValidationError(`Fn.${fn}() needs at least one condition, got none`);
  }
  if (conditions.length > 10) {
    throw new UnscopedValidationError(`Fn.${fn}() takes at most 10 conditions, got ${conditions.length}`);
  }
}

function containsToken(x: any): boolean {
  if (Token.isUnresolved(x)) { return true; }
  if (Array.isArray(x)) { return x.some(containsToken); }
  if (typeof x === 'object' && x !== null) { return Object.values(x).some(containsToken); }
  return false;
}

const LANGUAGE_EXTENSIONS = 'AWS::LanguageExtensions';

/** An intrinsic that needs the `AWS::LanguageExtensions` transform: the stack using it gets the transform. */
class LanguageExtensionIntrinsic extends Intrinsic {
  constructor(value: any, typeHint?: ResolutionTypeHint) {
    super(value, { typeHint });
  }

  public override resolve(context: IResolveContext): any {
    const stack = findStack(context.scope);
    const transforms: string[] | undefined = stack.templateOptions.transforms;
    if (!transforms || !transforms.includes(LANGUAGE_EXTENSIONS)) { stack.addTransform(LANGUAGE_EXTENSIONS); }
    return super.resolve(context);
  }
}

/** A condition function: usable in Conditions, Rules and `Fn::If`. */
class FnCondition extends Intrinsic implements ICfnRuleConditionExpression {
  public readonly disambiguator = true;
  constructor(name: string, value: any) {
    super({ [name]: value });
  }
}

/** `Fn::Join` that renders as compactly as possible. */
class FnJoin implements IResolvable {
  public readonly creationStack: string[] = NO_CREATION_STACK;
  public readonly typeHint = ResolutionTypeHint.STRING;

  constructor(private readonly delimiter: string, private readonly listOfValues: any[]) { }

  public resolve(context: IResolveContext): any {
    if (Token.isUnresolved(this.listOfValues)) {
      return { 'Fn::Join': [this.delimiter, context.resolve(this.listOfValues)] };
    }
    const values = this.listOfValues;
    const resolved = new Array(values.length);
    for (let i = 0; i < values.length; i++) { resolved[i] = context.resolve(values[i]); }
    return minimalJoin(this.delimiter, resolved);
  }

  public toString(): string {
    return Token.asString(this, { displayHint: 'Fn::Join' });
  }

  public toJSON(): string {
    return '<Fn::Join>';
  }
}
