import type { Construct } from 'constructs';
import { Duration, UnscopedValidationError } from '../core';
import type { Alarm, CreateAlarmOptions } from './alarm';
import type { IMetric, MetricConfig } from './metric-types';
import { validatePeriod } from './private/period';

/** Configurable options of a math expression. */
export interface MathExpressionOptions {
  /**
   * Label for this expression when added to a graph.
   * @default - the expression
   */
  readonly label?: string;

  /**
   * The hex color code, prefixed with '#' (e.g. '#00ff00'), used to draw this expression on a graph.
   * @default - automatic color
   */
  readonly color?: string;

  /**
   * The period over which the expression's metrics are aggregated; the periods of all metrics in `usingMetrics`
   * are changed to it.
   * @default Duration.minutes(5)
   */
  readonly period?: Duration;

  /**
   * Account to evaluate search expressions within.
   * @default - the deployment account
   */
  readonly searchAccount?: string;

  /**
   * Region to evaluate search expressions within.
   * @default - the deployment region
   */
  readonly searchRegion?: string;
}

/** Properties of a math expression. */
export interface MathExpressionProps extends MathExpressionOptions {
  /** The expression, in CloudWatch metric math syntax, e.g. `errors / invocations * 100`. */
  readonly expression: string;

  /**
   * The metrics the expression names, by the identifier used in it (a lower-case letter, then letters, digits and
   * underscores).
   * @default - no metrics (for search expressions)
   */
  readonly usingMetrics?: { [id: string]: IMetric };
}

const PERIODS_OVERRIDDEN = 'CloudWatch:Math:MetricsPeriodsOverridden';
const UNKNOWN_IDENTIFIER = 'CloudWatch:Math:UnknownIdentifier';
const VALID_VARIABLE = /^[a-z][a-zA-Z0-9_]*$/;

/**
 * A metric computed from other metrics with CloudWatch metric math.
 *
 * Like `Metric`, an immutable value: `with()` returns a changed copy.
 */
export class MathExpression implements IMetric {
  /** The expression. */
  public readonly expression: string;
  /** The metrics used in the expression, with their periods set to the expression's. */
  public readonly usingMetrics: { [id: string]: IMetric };
  /** Label for this expression on a graph. */
  public readonly label?: string;
  /** The hex color code of this expression on a graph. */
  public readonly color?: string;
  /** Aggregation period of the expression's metrics. */
  public readonly period: Duration;
  /** Account to evaluate search expressions within. */
  public readonly searchAccount?: string;
  /** Region to evaluate search expressions within. */
  public readonly searchRegion?: string;
  /**
   * Warnings about this expression and the metrics it uses.
   * @deprecated use `warningsV2`
   */
  public readonly warnings?: string[];
  /** Warnings about this expression and the metrics it uses, by warning id. */
  public readonly warningsV2?: { [id: string]: string };

  constructor(props: MathExpressionProps) {
    this.period = props.period ?? Duration.minutes(5);
    validatePeriod(this.period);
    this.expression = props.expression;
    this.label = props.label;
    this.color = props.color;
    this.searchAccount = props.searchAccount;
    this.searchRegion = props.searchRegion;

    const given = props.usingMetrics ?? {};
    const invalid = Object.keys(given).filter(id => !VALID_VARIABLE.test(id));
    if (invalid.length > 0) {
      throw new UnscopedValidationError(`Invalid variable names in expression: ${invalid}. Must start with lowercase letter and only contain alphanumerics.`);
    }
    this.usingMetrics = withPeriod(given, this.period);

    const warnings: { [id: string]: string } = {};
    if (Object.values(given).some(m => periodSecondsOf(m) !== this.period.toSeconds())) {
      warnings[PERIODS_OVERRIDDEN] = `Periods of metrics in 'usingMetrics' for Math expression '${this.expression}' have been overridden to ${this.period.toSeconds()} seconds.`;
    }
    const unknown = identifiersOf(this.expression).filter(id => !(id in this.usingMetrics));
    if (unknown.length > 0) {
      warnings[UNKNOWN_IDENTIFIER] = `Math expression '${this.expression}' references unknown identifiers: ${unknown.join(', ')}. Please add them to the 'usingMetrics' map.`;
    }
    for (const used of Object.values(this.usingMetrics)) {
      Object.assign(warnings, used.warningsV2 ?? {});
    }
    if (Object.keys(warnings).length > 0) {
      this.warningsV2 = warnings;
      this.warnings = Object.values(warnings);
    }
  }

  /** Return a copy of this expression with the given options changed, or this expression when nothing changes. */
  public with(props: MathExpressionOptions): MathExpression {
    if ((props.label === undefined || props.label === this.label)
      && (props.color === undefined || props.color === this.color)
      && (props.period === undefined || props.period.toSeconds() === this.period.toSeconds())
      && (props.searchAccount === undefined || props.searchAccount === this.searchAccount)
      && (props.searchRegion === undefined || props.searchRegion === this.searchRegion)) {
      return this;
    }
    return new MathExpression({
      expression: this.expression,
      usingMetrics: this.usingMetrics,
      label: props.label ?? this.label,
      color: props.color ?? this.color,
      period: props.period ?? this.period,
      searchAccount: props.searchAccount ?? this.searchAccount,
      searchRegion: props.searchRegion ?? this.searchRegion,
    });
  }

  public toMetricConfig(): MetricConfig {
    const mathExpression: any = { period: this.period.toSeconds(), expression: this.expression, usingMetrics: this.usingMetrics };
    if (this.searchAccount !== undefined) { mathExpression.searchAccount = this.searchAccount; }
    if (this.searchRegion !== undefined) { mathExpression.searchRegion = this.searchRegion; }
    const renderingProperties: { [key: string]: unknown } = {};
    if (this.label !== undefined) { renderingProperties.label = this.label; }
    if (this.color !== undefined) { renderingProperties.color = this.color; }
    return { mathExpression, renderingProperties };
  }

  /** Make a new alarm for this expression. */
  public createAlarm(scope: Construct, id: string, props: CreateAlarmOptions): Alarm {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Alarm: AlarmClass } = require('./alarm') as typeof import('./alarm');
    return new AlarmClass(scope, id, { ...props, metric: this });
  }

  /** The label of the expression, else the expression. */
  public toString(): string {
    return this.label || this.expression;
  }
}

/** The metrics with their periods changed to `period` (metrics that cannot be changed are kept). */
function withPeriod(metrics: { [id: string]: IMetric }, period: Duration): { [id: string]: IMetric } {
  const out: { [id: string]: IMetric } = {};
  for (const [id, metric] of Object.entries(metrics)) {
    const changeable = metric as IMetric & { with?: (options: { period: Duration }) => IMetric };
    out[id] = typeof changeable.with === 'function' ? changeable.with({ period }) : metric;
  }
  return out;
}

function periodSecondsOf(metric: IMetric): number | undefined {
  const config = metric.toMetricConfig();
  return config.metricStat ? config.metricStat.period.toSeconds() : config.mathExpression?.period;
}

/** The variable names of an expression: lower-case words outside quoted strings (functions are upper case). */
function identifiersOf(expression: string): string[] {
  const unquoted = expression.replace(/'[^']*'|"[^"]*"/g, ' ');
  return [...new Set(unquoted.match(/\b[a-z][a-zA-Z0-9_]*\b/g) ?? [])];
}
