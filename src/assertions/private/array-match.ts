import { Matcher, MatchResult } from '../matcher';
import { typeName } from './describe-value';
import { LiteralValueMatch } from './literal-value-match';

/**
 * Matches an array element by element; the lengths must be equal.
 */
export class ArrayMatch extends Matcher {
  constructor(public readonly name: string, private readonly elements: readonly Matcher[]) {
    super();
  }

  public test(actual: any): MatchResult {
    const result = new MatchResult(actual);
    if (!Array.isArray(actual)) {
      return result.recordFailure({ matcher: this, path: [], message: `Expected type array but received ${typeName(actual)}` });
    }
    const common = Math.min(actual.length, this.elements.length);
    for (let i = 0; i < common; i++) {
      const element = this.elements[i];
      if (element instanceof LiteralValueMatch && element.equals(actual[i])) { continue; }
      result.compose(String(i), element.test(actual[i]));
    }
    if (actual.length !== this.elements.length) {
      const difference = actual.length > this.elements.length ? 'Too many' : 'Not enough';
      result.recordFailure({
        matcher: this,
        path: [],
        message: `${difference} elements in array: expected ${this.elements.length}, received ${actual.length}`,
      });
    }
    return result;
  }
}
