import type { Duration } from '../core';
import type { Unit } from './unit';

/** A metric dimension: a name and value pair that identifies part of a metric. */
export interface Dimension {
  /** Name of the dimension. */
  readonly name: string;
  /** Value of the dimension. */
  readonly value: any;
}

/** Dimensions of a metric, by name. */
export interface DimensionsMap {
  [dimensionName: string]: string;
}

/** Something that can be rendered as a metric: a plain metric, or an expression over metrics. */
export interface IMetric {
  /**
   * Any warnings about this metric, to be reported where it is used.
   * @default - none
   * @deprecated use `warningsV2`
   */
  readonly warnings?: string[];

  /**
   * Any warnings about this metric by warning id, to be reported (acknowledgeably) where it is used.
   * @default - none
   */
  readonly warningsV2?: { [id: string]: string };

  /** Inspect the details of the metric. */
  toMetricConfig(): MetricConfig;
}

/** The details of a metric: exactly one of `metricStat` and `mathExpression` is set. */
export interface MetricConfig {
  /**
   * Set if the metric is a plain metric.
   * @default - none
   */
  readonly metricStat?: MetricStatConfig;

  /**
   * Set if the metric is a math expression over other metrics.
   * @default - none
   */
  readonly mathExpression?: MetricExpressionConfig;

  /**
   * How the metric is shown on graphs (label, color, ...).
   * @default - none
   */
  readonly renderingProperties?: { [key: string]: unknown };
}

/** The details of a plain metric. */
export interface MetricStatConfig {
  /**
   * The dimensions, sorted by name.
   * @default - none
   */
  readonly dimensions?: Dimension[];
  /** Namespace of the metric. */
  readonly namespace: string;
  /** Name of the metric. */
  readonly metricName: string;
  /** How long each data point aggregates. */
  readonly period: Duration;
  /** The aggregation function, as CloudWatch names it. */
  readonly statistic: string;
  /**
   * Only data points with this unit are used.
   * @default - data points of any unit
   */
  readonly unitFilter?: Unit;
  /**
   * Region the metric comes from.
   * @default - the region of the stack where it is used
   */
  readonly region?: string;
  /**
   * Account the metric comes from.
   * @default - the account of the stack where it is used
   */
  readonly account?: string;
  /**
   * The account the user asked for, if any (unlike `account`, not taken from an attached stack).
   * @default - none
   */
  readonly accountOverride?: string;
  /**
   * The region the user asked for, if any (unlike `region`, not taken from an attached stack).
   * @default - none
   */
  readonly regionOverride?: string;
}

/** The details of a math expression over metrics. */
export interface MetricExpressionConfig {
  /** The math expression. */
  readonly expression: string;
  /** The metrics the expression names, by the identifier used in it. */
  readonly usingMetrics: { [id: string]: IMetric };
  /** How many seconds each data point aggregates. */
  readonly period: number;
  /**
   * Account to evaluate search expressions in.
   * @default - the deployment account
   */
  readonly searchAccount?: string;
  /**
   * Region to evaluate search expressions in.
   * @default - the deployment region
   */
  readonly searchRegion?: string;
}
