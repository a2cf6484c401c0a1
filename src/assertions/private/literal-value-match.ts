import { Matcher, MatchResult } from '../matcher';
import { describeValue, typeName } from './describe-value';

/**
 * Matches a scalar (string, number, boolean, null, undefined) by strict equality.
 * Created for the scalar leaves of a literal pattern.
 */
export class LiteralValueMatch extends Matcher {
  constructor(public readonly name: string, private readonly expected: unknown) {
    super();
  }

  /** Equality without building a result: container matchers skip equal leaves with it. */
  public equals(actual: unknown): boolean {
    return actual === this.expected;
  }

  public test(actual: any): MatchResult {
    const result = new MatchResult(actual);
    if (actual === this.expected) { return result; }
    const expectedType = typeName(this.expected);
    const actualType = typeName(actual);
    const message = expectedType === actualType
      ? `Expected ${describeValue(this.expected)} but received ${describeValue(actual)}`
      : `Expected type ${expectedType} but received ${actualType}: ${describeValue(actual)}`;
    return result.recordFailure({ matcher: this, path: [], message });
  }
}
