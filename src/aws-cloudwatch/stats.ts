import { UnscopedValidationError } from '../core';

/**
 * The simple statistics of a metric.
 * @deprecated use the `Stats` class, which also builds percentiles and other extended statistics
 */
export enum Statistic {
  /** The count (number) of data points used for the statistical calculation. */
  SAMPLE_COUNT = 'SampleCount',
  /** The value of Sum / SampleCount during the period. */
  AVERAGE = 'Average',
  /** All values submitted for the matching metric added together. */
  SUM = 'Sum',
  /** The lowest value observed during the period. */
  MINIMUM = 'Minimum',
  /** The highest value observed during the period. */
  MAXIMUM = 'Maximum',
}

/**
 * Builds the statistic strings CloudWatch understands, for `statistic` options.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Statistics-definitions.html
 */
export abstract class Stats {
  /** The count (number) of data points used for the statistical calculation. */
  public static readonly SAMPLE_COUNT = 'SampleCount';
  /** The value of Sum / SampleCount during the period. */
  public static readonly AVERAGE = 'Average';
  /** All values submitted for the matching metric added together. */
  public static readonly SUM = 'Sum';
  /** The lowest value observed during the period. */
  public static readonly MINIMUM = 'Minimum';
  /** The highest value observed during the period. */
  public static readonly MAXIMUM = 'Maximum';
  /** Interquartile mean: the trimmed mean of the values between the 25th and 75th percentile. */
  public static readonly IQM = 'IQM';

  /** The value below which `percentile` percent of the data points fall, e.g. `p99`. */
  public static percentile(percentile: number): string {
    assertPercentage(percentile);
    return `p${percentile}`;
  }

  /** Shorthand for `percentile`. */
  public static p(percentile: number): string {
    return Stats.percentile(percentile);
  }

  /**
   * The mean of the values between two percentiles: `tm99` with one argument (from 0), `TM(10%:90%)` with two.
   */
  public static trimmedMean(p1: number, p2?: number): string {
    return percentileRange('tm', p1, p2);
  }

  /** Shorthand for `trimmedMean`. */
  public static tm(p1: number, p2?: number): string {
    return Stats.trimmedMean(p1, p2);
  }

  /** The mean with values outside the percentiles clamped to them: `wm99` or `WM(10%:90%)`. */
  public static winsorizedMean(p1: number, p2?: number): string {
    return percentileRange('wm', p1, p2);
  }

  /** Shorthand for `winsorizedMean`. */
  public static wm(p1: number, p2?: number): string {
    return Stats.winsorizedMean(p1, p2);
  }

  /** The number of values between two percentiles: `tc99` or `TC(10%:90%)`. */
  public static trimmedCount(p1: number, p2?: number): string {
    return percentileRange('tc', p1, p2);
  }

  /** Shorthand for `trimmedCount`. */
  public static tc(p1: number, p2?: number): string {
    return Stats.trimmedCount(p1, p2);
  }

  /** The sum of the values between two percentiles: `ts99` or `TS(10%:90%)`. */
  public static trimmedSum(p1: number, p2?: number): string {
    return percentileRange('ts', p1, p2);
  }

  /** Shorthand for `trimmedSum`. */
  public static ts(p1: number, p2?: number): string {
    return Stats.trimmedSum(p1, p2);
  }

  /**
   * The percentage of data points below a value (`PR(:v1)`), or between two values (`PR(v1:v2)`).
   */
  public static percentileRank(v1: number, v2?: number): string {
    return v2 !== undefined ? `PR(${v1}:${v2})` : `PR(:${v1})`;
  }

  /** Shorthand for `percentileRank`. */
  public static pr(v1: number, v2?: number): string {
    return Stats.percentileRank(v1, v2);
  }
}

function percentileRange(prefix: string, p1: number, p2: number | undefined): string {
  assertPercentage(p1);
  assertPercentage(p2);
  return p2 === undefined ? `${prefix}${p1}` : `${prefix.toUpperCase()}(${p1}%:${p2}%)`;
}

function assertPercentage(x: number | undefined): void {
  if (x !== undefined && (x < 0 || x > 100)) {
    throw new UnscopedValidationError(`Expecting a percentage, got: ${x}`);
  }
}
