import { Matcher, MatchResult } from '../matcher';
import { describeValue, typeName } from './describe-value';

/**
 * Matches a string that contains a match for a regular expression.
 */
export class StringLikeRegexpMatch extends Matcher {
  private readonly regexp: RegExp;

  constructor(public readonly name: string, private readonly pattern: string) {
    super();
    this.regexp = new RegExp(pattern);
  }

  public test(actual: any): MatchResult {
    const result = new MatchResult(actual);
    if (typeof actual !== 'string') {
      return result.recordFailure({ matcher: this, path: [], message: `Expected a string but received ${typeName(actual)}: ${describeValue(actual)}` });
    }
    if (!this.regexp.test(actual)) {
      result.recordFailure({ matcher: this, path: [], message: `String ${describeValue(actual)} does not match pattern /${this.pattern}/` });
    }
    return result;
  }
}
