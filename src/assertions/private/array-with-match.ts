import { Matcher, MatchResult } from '../matcher';
import { AbsentMatch } from './absent-match';
import { AnyValueMatch } from './any-value-match';
import { typeName } from './describe-value';

/**
 * Matches when the pattern's elements appear in the array in the same order,
 * each on its own element, other elements allowed in between (a subsequence).
 */
export class ArrayWithMatch extends Matcher {
  constructor(public readonly name: string, private readonly elements: readonly Matcher[]) {
    super();
    // Both are refused by aws-cdk-lib too: neither says which element is meant.
    if (elements.some((e) => e instanceof AbsentMatch)) {
      throw new Error(`Match.absent() cannot be an element of Match.${name}(): an array has no keys that could be absent. `
        + 'To assert that an element is not in an array, use Match.not(Match.arrayWith([...])).');
    }
    if (elements.some((e) => e instanceof AnyValueMatch)) {
      throw new Error(`Match.anyValue() cannot be an element of Match.${name}(): it would match whichever element comes first. `
        + 'Describe the element you expect, or use Match.arrayEquals() to check every position.');
    }
  }

  public test(actual: any): MatchResult {
    const result = new MatchResult(actual);
    if (!Array.isArray(actual)) {
      return result.recordFailure({ matcher: this, path: [], message: `Expected type array but received ${typeName(actual)}` });
    }
    // Taking the earliest matching element for each pattern element in turn
    // finds a subsequence whenever one exists.
    let next = 0;
    for (let p = 0; p < this.elements.length; p++) {
      const pattern = this.elements[p];
      let closest: { index: number; result: MatchResult } | undefined;
      let matched = false;
      while (next < actual.length) {
        const index = next++;
        const attempt = pattern.test(actual[index]);
        if (attempt.isSuccess) {
          result.compose(String(index), attempt);
          matched = true;
          break;
        }
        if (closest === undefined || attempt.failCost < closest.result.failCost) {
          closest = { index, result: attempt };
        }
      }
      if (matched) { continue; }
      if (closest === undefined) {
        result.recordFailure({
          matcher: this,
          path: [],
          message: `Could not match element #${p} of the ${this.name} pattern: no elements left `
            + `(array has ${actual.length}, pattern has ${this.elements.length})`,
        });
      } else {
        result.recordFailure({
          matcher: this,
          path: [String(closest.index)],
          message: `Could not match element #${p} of the ${this.name} pattern; the closest element is [${closest.index}]`,
        });
        result.compose(String(closest.index), closest.result);
      }
      break;
    }
    return result;
  }
}
