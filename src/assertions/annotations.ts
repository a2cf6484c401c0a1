import type { Stack, SynthesisMessage } from '../core';
import { describeClosestCandidates, listIds, testEntries, toMatcher } from './private/section-query';
import { synthesizeStack } from './private/stack-artifact';

type Level = 'info' | 'warning' | 'error';

/**
 * Suite of assertions that can be run on a CDK Stack.
 * Focused on asserting annotations (info, warnings and errors) attached to
 * its constructs.
 *
 * `constructPath` arguments are a construct path with a leading slash
 * (`/MyStack/MyFunction`), or `'*'` for every construct. `message` arguments
 * are a string (matched exactly) or a `Match` matcher.
 */
export class Annotations {
  /**
   * Base your assertions on the messages returned by a synthesized CDK `Stack`.
   * @param stack the CDK Stack to run assertions on
   */
  public static fromStack(stack: Stack): Annotations {
    return new Annotations(synthesizeStack(stack, 'Annotations.fromStack()').messages);
  }

  private constructor(private readonly messages: readonly SynthesisMessage[]) {}

  /**
   * Assert that an error with the given message exists in the synthesized CDK `Stack`.
   * @param constructPath the construct path to the error, provide `'*'` to match all errors in the template.
   * @param message the error message as should be expected. This should be a string or Matcher object.
   */
  public hasError(constructPath: string, message: any): void {
    this.assertHas('error', constructPath, message);
  }

  /**
   * Assert that no error with the given message exists in the synthesized CDK `Stack`.
   * @param constructPath the construct path to the error, provide `'*'` to match all errors in the template.
   * @param message the error message as should be expected. This should be a string or Matcher object.
   */
  public hasNoError(constructPath: string, message: any): void {
    this.assertHasNone('error', constructPath, message);
  }

  /**
   * Get the set of matching errors of a given construct path and message.
   * @param constructPath the construct path to the error, provide `'*'` to match all errors in the template.
   * @param message the error message as should be expected. This should be a string or Matcher object.
   */
  public findError(constructPath: string, message: any): SynthesisMessage[] {
    return this.find('error', constructPath, message);
  }

  /**
   * Assert that a warning with the given message exists in the synthesized CDK `Stack`.
   * @param constructPath the construct path to the warning, provide `'*'` to match all warnings in the template.
   * @param message the warning message as should be expected. This should be a string or Matcher object.
   */
  public hasWarning(constructPath: string, message: any): void {
    this.assertHas('warning', constructPath, message);
  }

  /**
   * Assert that no warning with the given message exists in the synthesized CDK `Stack`.
   * @param constructPath the construct path to the warning, provide `'*'` to match all warnings in the template.
   * @param message the warning message as should be expected. This should be a string or Matcher object.
   */
  public hasNoWarning(constructPath: string, message: any): void {
    this.assertHasNone('warning', constructPath, message);
  }

  /**
   * Get the set of matching warning of a given construct path and message.
   * @param constructPath the construct path to the warning, provide `'*'` to match all warnings in the template.
   * @param message the warning message as should be expected. This should be a string or Matcher object.
   */
  public findWarning(constructPath: string, message: any): SynthesisMessage[] {
    return this.find('warning', constructPath, message);
  }

  /**
   * Assert that an info with the given message exists in the synthesized CDK `Stack`.
   * @param constructPath the construct path to the info, provide `'*'` to match all info in the template.
   * @param message the info message as should be expected. This should be a string or Matcher object.
   */
  public hasInfo(constructPath: string, message: any): void {
    this.assertHas('info', constructPath, message);
  }

  /**
   * Assert that no info with the given message exists in the synthesized CDK `Stack`.
   * @param constructPath the construct path to the info, provide `'*'` to match all info in the template.
   * @param message the info message as should be expected. This should be a string or Matcher object.
   */
  public hasNoInfo(constructPath: string, message: any): void {
    this.assertHasNone('info', constructPath, message);
  }

  /**
   * Get the set of matching infos of a given construct path and message.
   * @param constructPath the construct path to the info, provide `'*'` to match all infos in the template.
   * @param message the info message as should be expected. This should be a string or Matcher object.
   */
  public findInfo(constructPath: string, message: any): SynthesisMessage[] {
    return this.find('info', constructPath, message);
  }

  private candidates(level: Level, constructPath: string): SynthesisMessage[] {
    // Only '*' is a wildcard; any other path must equal the construct path (as in aws-cdk-lib).
    return this.messages.filter((m) => m.level === level && (constructPath === '*' || m.id === constructPath));
  }

  private test(level: Level, constructPath: string, message: any) {
    const matcher = toMatcher(message);
    const candidates = this.candidates(level, constructPath);
    const outcome = testEntries(candidates.map((m) => [m.id, m] as const), (m: SynthesisMessage) => matcher.test(m.entry.data));
    return { candidates, outcome };
  }

  private find(level: Level, constructPath: string, message: any): SynthesisMessage[] {
    return this.test(level, constructPath, message).outcome.matched.map((e) => e.value);
  }

  private assertHas(level: Level, constructPath: string, message: any): void {
    const { candidates, outcome } = this.test(level, constructPath, message);
    if (outcome.matched.length > 0) { return; }
    if (candidates.length === 0) {
      const where = constructPath === '*' ? 'in the stack' : `at path ${constructPath}`;
      const elsewhere = [...new Set(this.messages.filter((m) => m.level === level).map((m) => m.id))];
      throw new Error(`Stack has no ${level} messages ${where}.`
        + (elsewhere.length > 0 ? ` There are ${level} messages at: ${listIds(elsewhere)}.` : ''));
    }
    const where = constructPath === '*' ? '' : ` at path ${constructPath}`;
    throw new Error(`Stack has ${candidates.length} ${level} message(s)${where}, but none match as expected.\n`
      + describeClosestCandidates(outcome.failed));
  }

  private assertHasNone(level: Level, constructPath: string, message: any): void {
    const { outcome } = this.test(level, constructPath, message);
    if (outcome.matched.length === 0) { return; }
    const where = constructPath === '*' ? 'in the stack' : `at path ${constructPath}`;
    throw new Error(`Expected no matching ${level} messages ${where}, but found ${outcome.matched.length}:\n`
      + outcome.matched.map((e) => `  ${e.id}: ${String(e.value.entry.data)}`).join('\n'));
  }
}
