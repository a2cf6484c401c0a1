import { Matcher, MatchResult, mergeResultInto } from '../matcher';
import { describeValue, typeName } from './describe-value';

/**
 * Parses a string as JSON and matches the parsed value against a pattern.
 */
export class SerializedJsonMatch extends Matcher {
  constructor(public readonly name: string, private readonly inner: Matcher) {
    super();
  }

  public test(actual: any): MatchResult {
    const result = new MatchResult(actual);
    if (typeof actual !== 'string') {
      return result.recordFailure({ matcher: this, path: [], message: `Expected JSON as a string but received ${typeName(actual)}` });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(actual);
    } catch (e) {
      return result.recordFailure({ matcher: this, path: [], message: `Invalid JSON string ${describeValue(actual)}: ${(e as Error).message}` });
    }
    const innerResult = this.inner.test(parsed);
    if (innerResult.hasFailed()) {
      result.recordFailure({ matcher: this, path: [], message: 'Encoded JSON value does not match' });
    }
    // The inner paths point into the parsed value, which lives inside this string.
    mergeResultInto(result, innerResult);
    return result;
  }
}
