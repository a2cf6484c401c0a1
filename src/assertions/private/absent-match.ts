import { Matcher, MatchResult } from '../matcher';
import { describeValue } from './describe-value';

/**
 * Succeeds only when there is no value. An object matcher treats a key whose
 * pattern is this matcher as optional-and-forbidden: it must not be present.
 */
export class AbsentMatch extends Matcher {
  constructor(public readonly name: string) {
    super();
  }

  public test(actual: any): MatchResult {
    const result = new MatchResult(actual);
    if (actual !== undefined) {
      result.recordFailure({ matcher: this, path: [], message: `Received ${describeValue(actual)}, but the key should be absent` });
    }
    return result;
  }
}
