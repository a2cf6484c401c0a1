/**
 * Reading the statistic strings users pass to metrics: the five simple statistics (with their short forms, any
 * case) render as CloudWatch's `Statistic`, percentiles and friends as `ExtendedStatistic`. What cannot be read is
 * passed on unchanged (CloudWatch gains statistics faster than this list), and earns a warning.
 */
import { Token } from '../../core';

/** What a statistic string turned out to be. */
export interface ParsedStatistic {
  /** The statistic as it is rendered. */
  readonly statistic: string;
  /** Whether it is one of the five simple statistics (rendered as `Statistic` rather than `ExtendedStatistic`). */
  readonly simple: boolean;
  /** Whether the string was understood. */
  readonly recognized: boolean;
}

const SIMPLE: { readonly [lowerCase: string]: string } = {
  samplecount: 'SampleCount',
  n: 'SampleCount',
  average: 'Average',
  avg: 'Average',
  sum: 'Sum',
  minimum: 'Minimum',
  min: 'Minimum',
  maximum: 'Maximum',
  max: 'Maximum',
};

/** `p99`, `tm99.9`, ...: one percentile, rendered in lower case. */
const SINGLE_PERCENTILE = /^(p|tm|wm|tc|ts)(\d+(\.\d+)?)$/i;
/** `TM(10%:90%)`, `PR(:300)`, ...: a range, rendered in upper case. */
const RANGE = /^(tm|wm|tc|ts|pr)\((.*)\)$/i;

/** Read a statistic string. */
export function parseStatistic(stat: string): ParsedStatistic {
  if (Token.isUnresolved(stat)) {
    return { statistic: stat, simple: false, recognized: false };
  }
  const simple = SIMPLE[stat.toLowerCase()];
  if (simple !== undefined) {
    return { statistic: simple, simple: true, recognized: true };
  }
  if (stat.toLowerCase() === 'iqm') {
    return { statistic: 'IQM', simple: false, recognized: true };
  }
  const single = SINGLE_PERCENTILE.exec(stat);
  if (single && parseFloat(single[2]) <= 100) {
    return { statistic: stat.toLowerCase(), simple: false, recognized: true };
  }
  const range = RANGE.exec(stat);
  if (range && isValidRange(range[2])) {
    return { statistic: stat.toUpperCase(), simple: false, recognized: true };
  }
  return { statistic: stat, simple: false, recognized: false };
}

/** The inside of `TM(lower:upper)`: at least one bound, both percentages or both absolute values, none negative. */
function isValidRange(inside: string): boolean {
  const bounds = inside.split(':');
  if (bounds.length < 2) { return false; }
  const [lower, upper] = bounds;
  if (!lower && !upper) { return false; }
  if (lower && upper && lower.endsWith('%') !== upper.endsWith('%')) { return false; }
  const percent = (lower || upper).endsWith('%');
  return [lower, upper].every(bound => {
    if (!bound) { return true; }
    const value = parseFloat(bound);
    return !isNaN(value) && value >= 0 && (!percent || value <= 100);
  });
}

/** The statistic as it is stored on a metric and rendered. */
export function normalizeStatistic(stat: string): string {
  return parseStatistic(stat).statistic;
}
