import { UnscopedValidationError } from '../core';

/** Conditions on a string attribute; a message matches when any one of them does. */
export interface StringConditions {
  /**
   * Match one of these values exactly.
   * @default - none
   */
  readonly allowlist?: string[];

  /**
   * Match any value other than these.
   * @default - none
   */
  readonly denylist?: string[];

  /**
   * Match values that begin with one of these prefixes.
   * @default - none
   */
  readonly matchPrefixes?: string[];

  /**
   * Match values that end with one of these suffixes.
   * @default - none
   */
  readonly matchSuffixes?: string[];
}

/** An inclusive or exclusive range of numbers. */
export interface BetweenCondition {
  /** The lower end of the range. */
  readonly start: number;

  /** The upper end of the range. */
  readonly stop: number;
}

/** Conditions on a numeric attribute; a message matches when any one of them does. */
export interface NumericConditions {
  /**
   * Match one of these values exactly.
   * @default - none
   */
  readonly allowlist?: number[];

  /**
   * Match values greater than this.
   * @default - none
   */
  readonly greaterThan?: number;

  /**
   * Match values greater than or equal to this.
   * @default - none
   */
  readonly greaterThanOrEqualTo?: number;

  /**
   * Match values less than this.
   * @default - none
   */
  readonly lessThan?: number;

  /**
   * Match values less than or equal to this.
   * @default - none
   */
  readonly lessThanOrEqualTo?: number;

  /**
   * Match values in this range, ends included.
   * @default - none
   */
  readonly between?: BetweenCondition;

  /**
   * Match values in this range, ends excluded.
   * @default - none
   */
  readonly betweenStrict?: BetweenCondition;
}

/** The conditions on one message attribute in a subscription filter policy. */
export class SubscriptionFilter {
  /** Match a string attribute against the given conditions. */
  public static stringFilter(stringConditions: StringConditions): SubscriptionFilter {
    const conditions: any[] = [];
    if (stringConditions.allowlist) {
      conditions.push(...stringConditions.allowlist);
    }
    if (stringConditions.denylist) {
      conditions.push({ 'anything-but': stringConditions.denylist });
    }
    for (const prefix of stringConditions.matchPrefixes ?? []) {
      conditions.push({ prefix });
    }
    for (const suffix of stringConditions.matchSuffixes ?? []) {
      conditions.push({ suffix });
    }
    return new SubscriptionFilter(conditions);
  }

  /** Match a numeric attribute against the given conditions. */
  public static numericFilter(numericConditions: NumericConditions): SubscriptionFilter {
    const conditions: any[] = [];
    for (const value of numericConditions.allowlist ?? []) {
      conditions.push({ numeric: ['=', value] });
    }
    if (numericConditions.greaterThan !== undefined) {
      conditions.push({ numeric: ['>', numericConditions.greaterThan] });
    }
    if (numericConditions.greaterThanOrEqualTo !== undefined) {
      conditions.push({ numeric: ['>=', numericConditions.greaterThanOrEqualTo] });
    }
    if (numericConditions.lessThan !== undefined) {
      conditions.push({ numeric: ['<', numericConditions.lessThan] });
    }
    if (numericConditions.lessThanOrEqualTo !== undefined) {
      conditions.push({ numeric: ['<=', numericConditions.lessThanOrEqualTo] });
    }
    if (numericConditions.between) {
      conditions.push({ numeric: ['>=', numericConditions.between.start, '<=', numericConditions.between.stop] });
    }
    if (numericConditions.betweenStrict) {
      conditions.push({ numeric: ['>', numericConditions.betweenStrict.start, '<', numericConditions.betweenStrict.stop] });
    }
    return new SubscriptionFilter(conditions);
  }

  /** Match messages that have the attribute, whatever its value. */
  public static existsFilter(): SubscriptionFilter {
    return new SubscriptionFilter([{ exists: true }]);
  }

  /** Match messages that do not have the attribute. */
  public static notExistsFilter(): SubscriptionFilter {
    return new SubscriptionFilter([{ exists: false }]);
  }

  /** @param conditions The conditions as they appear in the filter policy JSON */
  constructor(public readonly conditions: any[] = []) {
    if (!Array.isArray(conditions)) {
      throw new UnscopedValidationError(`SubscriptionFilter conditions must be a list, got ${JSON.stringify(conditions)}`);
    }
  }
}
