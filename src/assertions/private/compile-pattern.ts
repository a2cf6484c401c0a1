import { Matcher } from '../matcher';
import { ArrayMatch } from './array-match';
import { LiteralValueMatch } from './literal-value-match';
import { ObjectMatch } from './object-match';

/**
 * Turns a pattern into a tree of matchers once, so testing it against many
 * values does no further work on the pattern.
 *
 * Literal objects and arrays nest with one rule (checked against aws-cdk-lib):
 * objects are matched partially when `partialObjects` is set (inside
 * `objectLike`) and exactly otherwise; arrays always need the same length.
 * Matchers found in the pattern are used as they are.
 *
 * @param ownerName the name of the user-facing matcher, shown in failures.
 */
export function compilePattern(pattern: unknown, partialObjects: boolean, ownerName: string): Matcher {
  if (Matcher.isMatcher(pattern)) { return pattern; }
  if (Array.isArray(pattern)) {
    return new ArrayMatch(ownerName, pattern.map((p) => compilePattern(p, partialObjects, ownerName)));
  }
  if (typeof pattern === 'object' && pattern !== null) {
    return compileObjectPattern(pattern as Record<string, unknown>, partialObjects, ownerName);
  }
  return new LiteralValueMatch(ownerName, pattern);
}

export function compileObjectPattern(pattern: Record<string, unknown>, partialObjects: boolean, ownerName: string): ObjectMatch {
  const entries = Object.keys(pattern).map((key) => [key, compilePattern(pattern[key], partialObjects, ownerName)] as const);
  return new ObjectMatch(ownerName, entries, partialObjects);
}
