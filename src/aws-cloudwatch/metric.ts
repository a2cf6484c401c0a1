import type { Construct, IConstruct } from 'constructs';
import { Duration, Stack, Token, UnscopedValidationError } from '../core';
import type * as iam from '../aws-iam';
import type { Alarm, CreateAlarmOptions } from './alarm';
import type { Dimension, DimensionsMap, IMetric, MetricConfig } from './metric-types';
import { validatePeriod } from './private/period';
import { parseStatistic } from './private/statistic';
import type { Unit } from './unit';
import { lazyModule } from '../core/lazy-module';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const alarmModule = lazyModule(() => require('./alarm') as typeof import('./alarm'));

/**
 * Dimensions of a metric, whose values may be of any type.
 * @deprecated use `DimensionsMap`
 */
export interface DimensionHash {
  [dim: string]: any;
}

/** Options shared by most methods accepting metric options. */
export interface CommonMetricOptions {
  /**
   * The period over which the statistic is applied: 1, 5, 10 or 30 seconds, or a multiple of 60 seconds.
   * @default Duration.minutes(5)
   */
  readonly period?: Duration;

  /**
   * The aggregation function: `Average`, `Sum`, `Minimum`, `Maximum`, `SampleCount` (also `avg`, `sum`, `min`,
   * `max`, `n`, in any case), or an extended statistic such as `p99` or `TM(10%:90%)` (see `Stats`).
   * @default Average
   */
  readonly statistic?: string;

  /**
   * Dimensions of the metric.
   * @default - no dimensions
   */
  readonly dimensionsMap?: DimensionsMap;

  /**
   * Only use data points with this unit. CloudWatch does not convert units: data points in another unit are ignored.
   * @default - all data points, whatever their unit
   */
  readonly unit?: Unit;

  /**
   * Label for this metric on a dashboard graph (rendering a metric with a label makes an alarm use its `Metrics` form).
   * @default - no label
   */
  readonly label?: string;

  /**
   * The hex color code, prefixed with '#' (e.g. '#00ff00'), used to draw this metric on a graph.
   * @default - automatic color
   */
  readonly color?: string;

  /**
   * Account which this metric comes from.
   * @default - the deployment account
   */
  readonly account?: string;

  /**
   * Region which this metric comes from.
   * @default - the deployment region
   */
  readonly region?: string;

  /**
   * Account of the stack this metric is attached to (set by `attachTo`).
   * @default - the deployment account
   */
  readonly stackAccount?: string;

  /**
   * Region of the stack this metric is attached to (set by `attachTo`).
   * @default - the deployment region
   */
  readonly stackRegion?: string;

  /**
   * Unique identifier of this metric in dashboard widgets and math expressions: letters, numbers and underscores,
   * starting with a lower-case letter.
   * @default - no id
   */
  readonly id?: string;

  /**
   * Whether this metric is shown on a dashboard graph (hide it when only a math expression uses it).
   * @default true
   */
  readonly visible?: boolean;
}

/** Properties of a metric that can be changed. */
export interface MetricOptions extends CommonMetricOptions {
}

/** Properties of a metric. */
export interface MetricProps extends CommonMetricOptions {
  /** Namespace of the metric, e.g. `AWS/Lambda`. */
  readonly namespace: string;

  /** Name of the metric, e.g. `Errors`. */
  readonly metricName: string;
}

const UNRECOGNIZED_STATISTIC = 'CloudWatch:Alarm:UnrecognizedStatistic';
const MAX_DIMENSIONS = 30;

/**
 * A CloudWatch metric: a namespace, a name and dimensions, with the statistic and period to aggregate it by.
 *
 * A metric is an immutable value, not a construct: change it with `with()`, which returns a new metric.
 */
export class Metric implements IMetric {
  /** Grant permission to publish metric data (`cloudwatch:PutMetricData` on `*`; it cannot be narrowed). */
  public static grantPutMetricData(grantee: iam.IGrantable): iam.Grant {
    // Loaded here so that using metrics alone does not load the IAM module.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Grant } = require('../aws-iam') as typeof iam;
    return Grant.addToPrincipal({ grantee, actions: ['cloudwatch:PutMetricData'], resourceArns: ['*'] });
  }

  /**
   * The dimensions of this metric, as given.
   * @deprecated use the `dimensions` of `toMetricConfig()`
   */
  public readonly dimensions?: DimensionHash;
  /** Namespace of this metric. */
  public readonly namespace: string;
  /** Name of this metric. */
  public readonly metricName: string;
  /** Period of this metric. */
  public readonly period: Duration;
  /** Statistic of this metric, normalized (`avg` becomes `Average`, `P99` becomes `p99`). */
  public readonly statistic: string;
  /** Label for this metric when added to a graph. */
  public readonly label?: string;
  /** The hex color code used when this metric is drawn on a graph. */
  public readonly color?: string;
  /** Unit of the metric. */
  public readonly unit?: Unit;
  /**
   * Warnings attached to this metric.
   * @deprecated use `warningsV2`
   */
  public readonly warnings?: string[];
  /** Warnings attached to this metric, by warning id. */
  public readonly warningsV2?: { [id: string]: string };
  /** Unique identifier of this metric in dashboard widgets and math expressions. */
  public readonly id?: string;
  /** Whether this metric is shown on a dashboard graph. */
  public readonly visible?: boolean;

  private readonly accountOverride?: string;
  private readonly regionOverride?: string;
  private readonly stackAccount?: string;
  private readonly stackRegion?: string;

  constructor(props: MetricProps) {
    this.period = props.period ?? Duration.minutes(5);
    validatePeriod(this.period);

    const dimensions = props.dimensionsMap;
    if (dimensions) {
      validateDimensions(dimensions);
    }
    this.dimensions = dimensions;
    this.namespace = props.namespace;
    this.metricName = props.metricName;

    const parsed = parseStatistic(props.statistic ?? 'Average');
    this.statistic = parsed.statistic;
    if (!parsed.recognized) {
      const message = `Unrecognized statistic "${this.statistic}" for metric with namespace "${this.namespace}" and metric `
        + `name "${this.metricName}". Preferably use the \`aws_cloudwatch.Stats\` helper class to specify a statistic. `
        + 'You can ignore this warning if your statistic is valid but not yet supported by the `aws_cloudwatch.Stats` helper class.';
      this.warnings = [message];
      this.warningsV2 = { [UNRECOGNIZED_STATISTIC]: message };
    }

    this.label = props.label;
    this.color = props.color;
    this.unit = props.unit;
    this.accountOverride = props.account;
    this.regionOverride = props.region;
    this.stackAccount = props.stackAccount;
    this.stackRegion = props.stackRegion;
    this.id = props.id;
    this.visible = props.visible;
  }

  /** Account which this metric comes from: the one asked for, else the one of the stack it is attached to. */
  public get account(): string | undefined {
    return this.accountOverride ?? this.stackAccount;
  }

  /** Region which this metric comes from: the one asked for, else the one of the stack it is attached to. */
  public get region(): string | undefined {
    return this.regionOverride ?? this.stackRegion;
  }

  /**
   * Return a copy of this metric with the given properties changed, or this metric itself when nothing changes.
   *
   * Dimensions given here replace all dimensions of the metric.
   */
  public with(props: MetricOptions): Metric {
    if (props.dimensionsMap === undefined
      && unchanged(props.label, this.label) && unchanged(props.color, this.color)
      && unchanged(props.statistic, this.statistic) && unchanged(props.unit, this.unit)
      && unchanged(props.account, this.account) && unchanged(props.region, this.region)
      && unchanged(props.stackAccount, this.stackAccount) && unchanged(props.stackRegion, this.stackRegion)
      && unchanged(props.id, this.id) && unchanged(props.visible, this.visible)
      && (props.period === undefined || samePeriod(props.period, this.period))) {
      return this;
    }
    return new Metric({
      namespace: this.namespace,
      metricName: this.metricName,
      dimensionsMap: props.dimensionsMap ?? this.dimensions,
      period: props.period ?? this.period,
      statistic: props.statistic ?? this.statistic,
      unit: props.unit ?? this.unit,
      label: props.label ?? this.label,
      color: props.color ?? this.color,
      account: props.account ?? this.accountOverride,
      region: props.region ?? this.regionOverride,
      stackAccount: props.stackAccount ?? this.stackAccount,
      stackRegion: props.stackRegion ?? this.stackRegion,
      id: props.id ?? this.id,
      visible: props.visible ?? this.visible,
    });
  }

  /**
   * Attach this metric to the stack of `scope`: a metric without its own account and region then comes from that
   * stack's environment (when it has a concrete one), wherever it is used.
   */
  public attachTo(scope: IConstruct): Metric {
    const stack = Stack.of(scope);
    return this.with({
      stackAccount: Token.isUnresolved(stack.account) ? undefined : stack.account,
      stackRegion: Token.isUnresolved(stack.region) ? undefined : stack.region,
    });
  }

  public toMetricConfig(): MetricConfig {
    const renderingProperties: { [key: string]: unknown } = {};
    setDefined(renderingProperties, 'color', this.color);
    setDefined(renderingProperties, 'label', this.label);
    setDefined(renderingProperties, 'id', this.id);
    setDefined(renderingProperties, 'visible', this.visible);
    return {
      metricStat: omitUndefined({
        dimensions: this.dimensionsAsList(),
        namespace: this.namespace,
        metricName: this.metricName,
        period: this.period,
        statistic: this.statistic,
        unitFilter: this.unit,
        account: this.account,
        region: this.region,
        accountOverride: this.accountOverride,
        regionOverride: this.regionOverride,
      }),
      renderingProperties,
    };
  }

  /** Make a new alarm for this metric. */
  public createAlarm(scope: Construct, id: string, props: CreateAlarmOptions): Alarm {
    const { Alarm: AlarmClass } = alarmModule();
    return new AlarmClass(scope, id, { ...props, metric: this });
  }

  /** The label of the metric, else its name. */
  public toString(): string {
    return this.label || this.metricName;
  }

  private dimensionsAsList(): Dimension[] | undefined {
    const dims = this.dimensions;
    if (!dims) { return undefined; }
    const names = Object.keys(dims).sort();
    return names.length > 0 ? names.map(name => ({ name, value: dims[name] })) : undefined;
  }
}

function unchanged<T>(given: T | undefined, current: T | undefined): boolean {
  return given === undefined || given === current;
}

function samePeriod(a: Duration, b: Duration): boolean {
  if (a === b) { return true; }
  if (a.isUnresolved() || b.isUnresolved()) { return false; }
  return a.toMilliseconds() === b.toMilliseconds();
}

function validateDimensions(dims: DimensionHash): void {
  const names = Object.keys(dims);
  if (names.length > MAX_DIMENSIONS) {
    throw new UnscopedValidationError(`The maximum number of dimensions is ${MAX_DIMENSIONS}, received ${names.length}`);
  }
  for (const name of names) {
    const value = dims[name];
    if (value === undefined || value === null) {
      throw new UnscopedValidationError(`Dimension value of '${value}' is invalid for key: ${name}`);
    }
    if (name.length < 1 || name.length > 255) {
      throw new UnscopedValidationError(`Dimension name must be at least 1 and no more than 255 characters; received ${name}`);
    }
    if (typeof value === 'string' && !Token.isUnresolved(value) && (value.length < 1 || value.length > 255)) {
      throw new UnscopedValidationError(`Dimension value must be at least 1 and no more than 255 characters; received ${value}`);
    }
  }
}

function setDefined(target: { [key: string]: unknown }, key: string, value: unknown): void {
  if (value !== undefined) { target[key] = value; }
}

function omitUndefined<T extends object>(obj: T): T {
  const out: any = {};
  for (const [key, value] of Object.entries(obj)) {
    if (value !== undefined) { out[key] = value; }
  }
  return out;
}

