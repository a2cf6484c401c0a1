import { Matcher, MatchResult } from '../matcher';
import { AbsentMatch } from './absent-match';
import { typeName } from './describe-value';
import { LiteralValueMatch } from './literal-value-match';

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * Matches an object key by key. Every key of the pattern must be present
 * (unless its matcher is `Match.absent()`) and match; with `partial` false the
 * object may hold no other keys.
 */
export class ObjectMatch extends Matcher {
  private readonly patternKeys: ReadonlySet<string>;

  constructor(
    public readonly name: string,
    private readonly entries: ReadonlyArray<readonly [string, Matcher]>,
    private readonly partial: boolean,
  ) {
    super();
    this.patternKeys = new Set(entries.map(([key]) => key));
  }

  public test(actual: any): MatchResult {
    const result = new MatchResult(actual);
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) {
      return result.recordFailure({ matcher: this, path: [], message: `Expected type object but received ${typeName(actual)}` });
    }
    for (const [key, matcher] of this.entries) {
      if (!hasOwn.call(actual, key)) {
        if (!(matcher instanceof AbsentMatch)) {
          result.recordFailure({ matcher: this, path: [key], message: `Missing key '${key}'` });
        }
        continue;
      }
      const value = actual[key];
      if (matcher instanceof LiteralValueMatch && matcher.equals(value)) { continue; }
      result.compose(key, matcher.test(value));
    }
    if (!this.partial) {
      for (const key of Object.keys(actual)) {
        if (!this.patternKeys.has(key)) {
          result.recordFailure({ matcher: this, path: [key], message: `Unexpected key '${key}'` });
        }
      }
    }
    return result;
  }
}
