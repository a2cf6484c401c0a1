import type { Capture } from './capture';
import { COMMIT_CAPTURED_VALUE } from './private/capture-commit';
import { renderMismatch } from './private/render-mismatch';

/**
 * Represents a matcher that can perform special data matching
 * capabilities between a given pattern and a target.
 */
export abstract class Matcher {
  /**
   * Check whether the provided object is a subtype of `Matcher`.
   */
  public static isMatcher(x: unknown): x is Matcher {
    return x instanceof Matcher;
  }

  /**
   * A name for the matcher. It appears in failure messages.
   */
  public abstract readonly name: string;

  /**
   * Test whether a target matches the provided pattern.
   *
   * Called by the assertions framework; every Matcher implements it.
   * @param actual the target to match
   * @returns the result of the match; a result without failures is a success.
   */
  public abstract test(actual: any): MatchResult;
}

/**
 * Match failure details.
 */
export interface MatchFailure {
  /**
   * The matcher that had the failure.
   */
  readonly matcher: Matcher;

  /**
   * The path, relative to the tested value, where the failure occurred: one
   * segment per object key or array index (`['Properties', 'Layers', '2']`).
   * An empty list means the tested value itself.
   */
  readonly path: string[];

  /**
   * Failure message.
   */
  readonly message: string;

  /**
   * How much this failure weighs when candidates are ranked by closeness.
   *
   * @default 1
   */
  readonly cost?: number;
}

/**
 * Information about a value captured during match.
 */
export interface MatchCapture {
  /**
   * The instance of Capture class to which this capture is associated with.
   */
  readonly capture: Capture;

  /**
   * The value that was captured.
   */
  readonly value: any;
}

/** A failure as stored: cost settled, path owned by the result. */
interface StoredFailure {
  readonly matcher: Matcher;
  readonly path: readonly string[];
  readonly message: string;
  readonly cost: number;
}

/**
 * Copies the failures and captures of `inner` into `outer` at the same path.
 * Assigned inside MatchResult's static block so it may reach private state
 * without that state becoming part of the public API.
 */
let absorbResult: (outer: MatchResult, inner: MatchResult) => void;
let readFailures: (result: MatchResult) => readonly StoredFailure[];

/**
 * The result of `Matcher.test()`.
 */
export class MatchResult {
  /**
   * The target for which this result was generated.
   */
  public readonly target: any;

  // Allocated on first use: a successful match (the common case) stays one small object.
  private failures?: StoredFailure[];
  private captures?: MatchCapture[];
  private cost = 0;
  private finalized = false;

  static {
    absorbResult = (outer, inner) => {
      outer.appendFrom(inner, undefined);
    };
    readFailures = (result) => result.failures ?? [];
  }

  constructor(target: any) {
    this.target = target;
  }

  /**
   * Whether the match is a success.
   */
  public get isSuccess(): boolean {
    return this.failures === undefined;
  }

  /**
   * The number of failures.
   */
  public get failCount(): number {
    return this.failures?.length ?? 0;
  }

  /**
   * The cost of the failures so far.
   */
  public get failCost(): number {
    return this.cost;
  }

  /**
   * Does the result contain any failures. If not, the result is a success.
   */
  public hasFailed(): boolean {
    return this.failures !== undefined;
  }

  /**
   * Record a new failure into this result at a specific path.
   */
  public recordFailure(failure: MatchFailure): this {
    const cost = failure.cost ?? 1;
    (this.failures ??= []).push({ matcher: failure.matcher, path: [...failure.path], message: failure.message, cost });
    this.cost += cost;
    return this;
  }

  /**
   * Record a new failure into this result at a specific path.
   *
   * @deprecated use recordFailure()
   */
  public push(matcher: Matcher, path: string[], message: string): this {
    return this.recordFailure({ matcher, path, message });
  }

  /**
   * Record a capture against in this match result. The value reaches the
   * `Capture` when `finished()` is called on a successful result.
   */
  public recordCapture(options: MatchCapture): void {
    (this.captures ??= []).push(options);
  }

  /**
   * Compose the results of a previous match as a subtree.
   *
   * @param id the path segment (object key or array index) under which `inner` was tested.
   */
  public compose(id: string, inner: MatchResult): this {
    this.appendFrom(inner, id);
    return this;
  }

  /**
   * Prepare the result to be analyzed: on success, hands the captured values
   * to their `Capture` instances. Calling it again does nothing.
   */
  public finished(): this {
    if (this.finalized) { return this; }
    this.finalized = true;
    if (this.failures === undefined && this.captures !== undefined) {
      for (const { capture, value } of this.captures) {
        capture[COMMIT_CAPTURED_VALUE](value);
      }
    }
    return this;
  }

  /**
   * Get the list of failures as human readable strings.
   */
  public toHumanStrings(): string[] {
    return (this.failures ?? []).map((f) => {
      const where = f.path.length > 0 ? ` at /${f.path.join('/')}` : '';
      return `${f.message}${where} (using ${f.matcher.name} matcher)`;
    });
  }

  /**
   * Render the target as JSON with every failure written next to the place
   * where it occurred, for display in a terminal.
   */
  public renderMismatch(): string {
    if (this.failures === undefined) { return '<match>'; }
    return renderMismatch(this.target, this.failures);
  }

  private appendFrom(inner: MatchResult, id: string | undefined): void {
    if (inner.failures !== undefined) {
      const mine = (this.failures ??= []);
      for (const f of inner.failures) {
        mine.push(id === undefined ? f : { ...f, path: [id, ...f.path] });
      }
      this.cost += inner.cost;
    }
    if (inner.captures !== undefined) {
      (this.captures ??= []).push(...inner.captures);
    }
  }
}

/**
 * Merges `inner` into `outer` without prefixing paths, for matchers that test
 * a value derived from their target (e.g. parsed JSON) rather than a child of it.
 */
export function mergeResultInto(outer: MatchResult, inner: MatchResult): void {
  absorbResult(outer, inner);
}

/**
 * The failures of a result with their paths as segments, for assertion
 * messages that present them in their own layout.
 */
export function failuresOf(result: MatchResult): ReadonlyArray<{ readonly path: readonly string[]; readonly message: string; readonly matcher: Matcher }> {
  return readFailures(result);
}
