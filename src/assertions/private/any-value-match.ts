import { Matcher, MatchResult } from '../matcher';

/**
 * Succeeds for any value except `null` and `undefined`.
 */
export class AnyValueMatch extends Matcher {
  constructor(public readonly name: string) {
    super();
  }

  public test(actual: any): MatchResult {
    const result = new MatchResult(actual);
    if (actual === undefined || actual === null) {
      result.recordFailure({ matcher: this, path: [], message: `Expected a value but received ${actual}` });
    }
    return result;
  }
}
