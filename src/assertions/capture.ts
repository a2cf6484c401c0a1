import { Matcher, MatchResult, mergeResultInto } from './matcher';
import { COMMIT_CAPTURED_VALUE } from './private/capture-commit';
import { compileObjectPattern } from './private/compile-pattern';
import { describeValue, typeName } from './private/describe-value';

/**
 * Capture values while matching templates.
 *
 * Using an instance of this class within a Matcher will capture the matching value.
 * The `as*()` APIs on the instance can be used to get the captured value.
 * Every successful match appends the value it saw; `next()` walks through them.
 */
export class Capture extends Matcher {
  public readonly name = 'Capture';
  private readonly pattern?: Matcher;
  private readonly captured: unknown[] = [];
  private index = 0;

  /**
   * Initialize a new capture.
   *
   * @param pattern a nested pattern or Matcher the value must also match.
   * A literal pattern must be an object and is matched with `objectLike()`.
   * @default - any non-nullish value is captured
   */
  constructor(pattern?: any) {
    super();
    if (pattern === undefined || Matcher.isMatcher(pattern)) {
      this.pattern = pattern;
    } else if (typeof pattern === 'object' && pattern !== null && !Array.isArray(pattern)) {
      this.pattern = compileObjectPattern(pattern, true, 'objectLike');
    } else {
      // aws-cdk-lib applies objectLike() to any literal, so a scalar or array pattern never matches.
      throw new Error(`new Capture(pattern) takes a Matcher or an object pattern, got ${typeName(pattern)} ${describeValue(pattern)}: `
        + 'wrap it in a matcher such as Match.exact().');
    }
  }

  public test(actual: any): MatchResult {
    const result = new MatchResult(actual);
    if (this.pattern !== undefined) {
      const inner = this.pattern.test(actual);
      if (inner.hasFailed()) { return inner; }
      // Keeps captures nested inside the pattern.
      mergeResultInto(result, inner);
    }
    if (actual === undefined || actual === null) {
      return result.recordFailure({ matcher: this, path: [], message: `Can only capture non-nullish values, received ${actual}` });
    }
    result.recordCapture({ capture: this, value: actual });
    return result;
  }

  /**
   * When multiple results are captured, move the iterator to the next result.
   * @returns true if another capture is present, false otherwise
   */
  public next(): boolean {
    if (this.index < this.captured.length - 1) {
      this.index++;
      return true;
    }
    return false;
  }

  /**
   * Retrieve the captured value as a string.
   * An error is generated if no value is captured or if the value is not a string.
   */
  public asString(): string {
    return this.currentOfType('string') as string;
  }

  /**
   * Retrieve the captured value as a number.
   * An error is generated if no value is captured or if the value is not a number.
   */
  public asNumber(): number {
    return this.currentOfType('number') as number;
  }

  /**
   * Retrieve the captured value as a boolean.
   * An error is generated if no value is captured or if the value is not a boolean.
   */
  public asBoolean(): boolean {
    return this.currentOfType('boolean') as boolean;
  }

  /**
   * Retrieve the captured value as an array.
   * An error is generated if no value is captured or if the value is not an array.
   */
  public asArray(): any[] {
    return this.currentOfType('array') as any[];
  }

  /**
   * Retrieve the captured value as a JSON object.
   * An error is generated if no value is captured or if the value is not an object.
   */
  public asObject(): { [key: string]: any } {
    return this.currentOfType('object') as { [key: string]: any };
  }

  /** Called by a finished, successful MatchResult. */
  public [COMMIT_CAPTURED_VALUE](value: unknown): void {
    this.captured.push(value);
  }

  private currentOfType(expected: string): unknown {
    if (this.captured.length === 0) {
      throw new Error('No value captured: the Capture was not part of a successful match '
        + '(check that the assertion using it passed, or ran at all).');
    }
    const value = this.captured[this.index];
    const actualType = typeName(value);
    if (actualType !== expected) {
      throw new Error(`Captured value is expected to be ${expected} but found ${actualType}. `
        + `Value is ${JSON.stringify(value, undefined, 2)}`);
    }
    return value;
  }
}
