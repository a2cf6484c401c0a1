import type { Duration } from '../core';

/** Which images a lifecycle rule selects by their tags. */
export enum TagStatus {
  /** Any image, tagged or not (at most one rule, evaluated last). */
  ANY = 'any',
  /** Images with a tag matching `tagPrefixList` or `tagPatternList`. */
  TAGGED = 'tagged',
  /** Images without tags. */
  UNTAGGED = 'untagged',
}

/** A rule that expires images of a repository, by count or by age. */
export interface LifecycleRule {
  /**
   * Controls the order in which rules are evaluated (low to high); must be unique. Rules without a priority are
   * numbered after the highest given one, the `TagStatus.ANY` rule last.
   * @default - automatically assigned
   */
  readonly rulePriority?: number;

  /**
   * Describes the purpose of the rule.
   * @default - no description
   */
  readonly description?: string;

  /**
   * Which images the rule selects by their tags.
   * @default TagStatus.TAGGED if `tagPrefixList` or `tagPatternList` is given, else TagStatus.ANY
   */
  readonly tagStatus?: TagStatus;

  /**
   * Select images whose tags start with one of these prefixes (only with `TagStatus.TAGGED`).
   * @default - none
   */
  readonly tagPrefixList?: string[];

  /**
   * Select images whose tags match one of these wildcard (`*`) patterns (only with `TagStatus.TAGGED`; at most four
   * wildcards per pattern).
   * @default - none
   */
  readonly tagPatternList?: string[];

  /**
   * The maximum number of images to keep (exactly one of `maxImageCount` and `maxImageAge` is required).
   * @default - none
   */
  readonly maxImageCount?: number;

  /**
   * The maximum age of images to keep, a whole number of days (exactly one of `maxImageCount` and `maxImageAge`
   * is required).
   * @default - none
   */
  readonly maxImageAge?: Duration;
}
