import { Matcher } from './matcher';
import { AbsentMatch } from './private/absent-match';
import { AnyValueMatch } from './private/any-value-match';
import { ArrayMatch } from './private/array-match';
import { ArrayWithMatch } from './private/array-with-match';
import { compileObjectPattern, compilePattern } from './private/compile-pattern';
import { NotMatch } from './private/not-match';
import { SerializedJsonMatch } from './private/serialized-json-match';
import { StringLikeRegexpMatch } from './private/string-like-regexp-match';

/**
 * Partial and special matching during template assertions.
 *
 * Literal values nested in a pattern follow the matcher that holds them:
 * inside `objectLike()` nested objects are matched partially too, while
 * inside `objectEquals()`, `exact()`, `arrayWith()`, `arrayEquals()`, `not()`
 * and `serializedJson()` they are matched exactly. Literal arrays always need
 * the same length. Use a matcher at any depth to change the rule there.
 */
export abstract class Match {
  /**
   * Use this matcher in the place of a field's value, if the field must not be present.
   */
  public static absent(): Matcher {
    return new AbsentMatch('absent');
  }

  /**
   * Matches the specified pattern with the array found in the same relative path of the target.
   * The set of elements (or matchers) must be in the same order as would be found.
   * @param pattern the pattern to match
   */
  public static arrayWith(pattern: any[]): Matcher {
    requireArray('arrayWith', pattern);
    return new ArrayWithMatch('arrayWith', pattern.map((p) => compilePattern(p, false, 'arrayWith')));
  }

  /**
   * Matches the specified pattern with the array found in the same relative path of the target.
   * The set of elements (or matchers) must match exactly and in order.
   * @param pattern the pattern to match
   */
  public static arrayEquals(pattern: any[]): Matcher {
    requireArray('arrayEquals', pattern);
    return new ArrayMatch('arrayEquals', pattern.map((p) => compilePattern(p, false, 'arrayEquals')));
  }

  /**
   * Deep exact matching of the specified pattern to the target.
   * @param pattern the pattern to match
   */
  public static exact(pattern: any): Matcher {
    if (Matcher.isMatcher(pattern)) {
      throw new Error(`Match.exact() cannot take a matcher (${pattern.name}) as its whole pattern: `
        + 'use that matcher directly, or nest it inside an object or array pattern.');
    }
    return compilePattern(pattern, false, 'exact');
  }

  /**
   * Matches the specified pattern to an object found in the same relative path of the target.
   * The keys and their values (or matchers) must be present in the target but the target can be a superset.
   * @param pattern the pattern to match
   */
  public static objectLike(pattern: { [key: string]: any }): Matcher {
    requireObject('objectLike', pattern);
    return compileObjectPattern(pattern, true, 'objectLike');
  }

  /**
   * Matches the specified pattern to an object found in the same relative path of the target.
   * The keys and their values (or matchers) must match exactly with the target.
   * @param pattern the pattern to match
   */
  public static objectEquals(pattern: { [key: string]: any }): Matcher {
    requireObject('objectEquals', pattern);
    return compileObjectPattern(pattern, false, 'objectEquals');
  }

  /**
   * Matches any target which does NOT follow the specified pattern.
   * @param pattern the pattern to NOT match
   */
  public static not(pattern: any): Matcher {
    return new NotMatch('not', compilePattern(pattern, false, 'not'));
  }

  /**
   * Matches any string-encoded JSON and applies the specified pattern after parsing it.
   * @param pattern the pattern to match after parsing the encoded JSON.
   */
  public static serializedJson(pattern: any): Matcher {
    return new SerializedJsonMatch('serializedJson', compilePattern(pattern, false, 'serializedJson'));
  }

  /**
   * Matches any non-null value at the target.
   */
  public static anyValue(): Matcher {
    return new AnyValueMatch('anyValue');
  }

  /**
   * Matches targets according to a regular expression.
   */
  public static stringLikeRegexp(pattern: string): Matcher {
    return new StringLikeRegexpMatch('stringLikeRegexp', pattern);
  }
}

function requireArray(matcherName: string, pattern: unknown): void {
  if (!Array.isArray(pattern)) {
    throw new Error(`Match.${matcherName}() expects an array pattern, got ${describeKind(pattern)}`);
  }
}

function requireObject(matcherName: string, pattern: unknown): void {
  if (Matcher.isMatcher(pattern)) {
    throw new Error(`Match.${matcherName}() expects an object pattern, got the matcher ${pattern.name}(): `
      + 'use that matcher directly instead of wrapping it.');
  }
  if (typeof pattern !== 'object' || pattern === null || Array.isArray(pattern)) {
    throw new Error(`Match.${matcherName}() expects an object pattern, got ${describeKind(pattern)}`);
  }
}

function describeKind(value: unknown): string {
  if (value === null) { return 'null'; }
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}
