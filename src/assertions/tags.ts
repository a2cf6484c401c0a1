import type { Stack } from '../core';
import { Match } from './match';
import { Matcher } from './matcher';
import { AbsentMatch } from './private/absent-match';
import { toMatcher } from './private/section-query';
import { synthesizeStack } from './private/stack-artifact';

/**
 * Allows assertions on the tags associated with a synthesized CDK stack's
 * manifest. Stack tags are not part of the synthesized template, so can only be
 * checked from the manifest in this manner.
 */
export class Tags {
  /**
   * Find tags associated with a synthesized CDK `Stack`.
   *
   * @param stack the CDK Stack to find tags on.
   */
  public static fromStack(stack: Stack): Tags {
    return new Tags(synthesizeStack(stack, 'Tags.fromStack()').tags);
  }

  private constructor(private readonly tags: { [key: string]: string }) {}

  /**
   * Assert that the given Matcher or object matches the tags associated with
   * the synthesized CDK Stack's manifest.
   *
   * @param tags the expected set of tags. This should be a
   * string or Matcher object.
   */
  public hasValues(tags: any): void {
    if (Matcher.isMatcher(tags) && tags instanceof AbsentMatch) {
      throw new Error('Match.absent() never matches stack tags, because a stack without tags has the empty set {}. '
        + 'Use Tags.hasNone() instead.');
    }
    const result = toMatcher(tags).test(this.tags);
    if (result.hasFailed()) {
      throw new Error(`Stack tags did not match as expected:\n${result.renderMismatch()}`);
    }
    result.finished();
  }

  /**
   * Assert that the there are no tags associated with the synthesized CDK
   * Stack's manifest.
   *
   * This is a convenience method over `hasValues(Match.exact({}))`, and is
   * present because the more obvious method of detecting no tags
   * (`Match.absent()`) will not work. Manifests default the tag set to an empty
   * object.
   */
  public hasNone(): void {
    this.hasValues(Match.exact({}));
  }

  /**
   * Get the tags associated with the manifest. This will be an empty object if
   * no tags were supplied.
   *
   * @returns The tags associated with the stack's synthesized manifest.
   */
  public all(): { [key: string]: string } {
    return this.tags;
  }
}
