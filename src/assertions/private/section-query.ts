import { Matcher, MatchResult, failuresOf } from '../matcher';
import { compilePattern } from './compile-pattern';

/** One entry of a template section (a resource, an output, ...) after testing. */
export interface TestedEntry {
  readonly id: string;
  readonly value: any;
  /** The result, relative to `value`. */
  readonly result: MatchResult;
}

export interface TestOutcome {
  readonly matched: TestedEntry[];
  readonly failed: TestedEntry[];
}

/**
 * The matcher for an assertion's `props` argument: a matcher is used as
 * given, any literal is matched with objectLike() rules.
 */
export function toMatcher(pattern: unknown): Matcher {
  return compilePattern(pattern, true, 'objectLike');
}

/**
 * Tests every entry; successful results are finished so their captures reach
 * their Capture objects (every matching entry contributes one value).
 */
export function testEntries(entries: ReadonlyArray<readonly [string, any]>, test: (value: any) => MatchResult): TestOutcome {
  const matched: TestedEntry[] = [];
  const failed: TestedEntry[] = [];
  for (const [id, value] of entries) {
    const result = test(value);
    if (result.isSuccess) {
      result.finished();
      matched.push({ id, value, result });
    } else {
      failed.push({ id, value, result });
    }
  }
  return { matched, failed };
}

/** How many candidates a failure message shows in full. */
const CLOSEST_SHOWN = 3;
/** How many mismatch lines are listed per candidate before the JSON view. */
const MISMATCH_LINES_SHOWN = 10;

/**
 * The body of a "none match" failure: the closest candidates (fewest, cheapest
 * mismatches first), each with its mismatches listed by path and then shown
 * in place in the candidate's JSON.
 */
export function describeClosestCandidates(failed: readonly TestedEntry[]): string {
  const ranked = [...failed].sort((a, b) => a.result.failCost - b.result.failCost);
  const shown = ranked.slice(0, CLOSEST_SHOWN);
  const heading = shown.length === 1 ? 'The closest match:' : `The ${shown.length} closest matches:`;
  const parts = [heading, ...shown.map(describeCandidate)];
  if (ranked.length > shown.length) {
    parts.push(`(${ranked.length - shown.length} other candidate(s) differ more: ${ranked.slice(CLOSEST_SHOWN).map((e) => e.id).join(', ')})`);
  }
  return parts.join('\n\n');
}

export function describeCandidate(entry: TestedEntry): string {
  const failures = failuresOf(entry.result);
  const count = `${failures.length} mismatch${failures.length === 1 ? '' : 'es'}`;
  const lines = failures.slice(0, MISMATCH_LINES_SHOWN).map((f) => `  ${formatPath(f.path)}: ${f.message}`);
  if (failures.length > MISMATCH_LINES_SHOWN) {
    lines.push(`  ... and ${failures.length - MISMATCH_LINES_SHOWN} more`);
  }
  // For a scalar the listed mismatch already says everything the JSON view would.
  const target = entry.result.target;
  const tree = typeof target === 'object' && target !== null ? [entry.result.renderMismatch()] : [];
  return [`${entry.id} (${count}):`, ...lines, ...tree].join('\n');
}

export function formatPath(path: readonly string[]): string {
  return path.length === 0 ? '(whole value)' : `/${path.join('/')}`;
}

/** "A, B and 3 more" style list of ids. */
export function listIds(ids: readonly string[], max = 10): string {
  if (ids.length <= max) { return ids.join(', '); }
  return `${ids.slice(0, max).join(', ')} and ${ids.length - max} more`;
}
