import { Matcher, MatchResult } from '../matcher';
import { describeValue } from './describe-value';

/**
 * Inverts a matcher: succeeds exactly when the inner matcher fails.
 */
export class NotMatch extends Matcher {
  constructor(public readonly name: string, private readonly inner: Matcher) {
    super();
  }

  public test(actual: any): MatchResult {
    const result = new MatchResult(actual);
    // Captures made by the inner matcher are dropped: they matched what must not match.
    if (this.inner.test(actual).isSuccess) {
      result.recordFailure({ matcher: this, path: [], message: `Found unexpected match: ${describeValue(actual)}` });
    }
    return result;
  }
}
