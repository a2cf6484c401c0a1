import type { Construct } from 'constructs';
import { Annotations, ArnFormat, Lazy, Stack } from '../core';
import { AlarmBase, IAlarm } from './alarm-base';
import { CfnAlarm, CfnAlarmProps } from './cloudwatch.generated';
import type { IMetric } from './metric-types';
import { renderAlarmMetric } from './private/render-alarm-metric';

/** Comparison operator for evaluating alarms. */
export enum ComparisonOperator {
  /** Specified statistic is greater than or equal to the threshold. */
  GREATER_THAN_OR_EQUAL_TO_THRESHOLD = 'GreaterThanOrEqualToThreshold',
  /** Specified statistic is strictly greater than the threshold. */
  GREATER_THAN_THRESHOLD = 'GreaterThanThreshold',
  /** Specified statistic is strictly less than the threshold. */
  LESS_THAN_THRESHOLD = 'LessThanThreshold',
  /** Specified statistic is less than or equal to the threshold. */
  LESS_THAN_OR_EQUAL_TO_THRESHOLD = 'LessThanOrEqualToThreshold',
  /** Specified statistic is lower than or greater than the anomaly model band (anomaly detection alarms only). */
  LESS_THAN_LOWER_OR_GREATER_THAN_UPPER_THRESHOLD = 'LessThanLowerOrGreaterThanUpperThreshold',
  /** Specified statistic is greater than the anomaly model band (anomaly detection alarms only). */
  GREATER_THAN_UPPER_THRESHOLD = 'GreaterThanUpperThreshold',
  /** Specified statistic is lower than the anomaly model band (anomaly detection alarms only). */
  LESS_THAN_LOWER_THRESHOLD = 'LessThanLowerThreshold',
}

/** How to handle periods without data points. */
export enum TreatMissingData {
  /** Missing data points are treated as breaching the threshold. */
  BREACHING = 'breaching',
  /** Missing data points are treated as being within the threshold. */
  NOT_BREACHING = 'notBreaching',
  /** The current alarm state is maintained. */
  IGNORE = 'ignore',
  /** The alarm does not consider missing data points when evaluating whether to change state. */
  MISSING = 'missing',
}

/** Properties needed to make an alarm from a metric. */
export interface CreateAlarmOptions {
  /**
   * Name of the alarm.
   * @default - CloudFormation generates a name
   */
  readonly alarmName?: string;

  /**
   * Description for the alarm.
   * @default - no description
   */
  readonly alarmDescription?: string;

  /**
   * Comparison to use to check if the metric is breaching.
   * @default GreaterThanOrEqualToThreshold
   */
  readonly comparisonOperator?: ComparisonOperator;

  /** The value against which the statistic is compared. */
  readonly threshold: number;

  /** The number of periods over which data is compared to the threshold. */
  readonly evaluationPeriods: number;

  /**
   * Whether to evaluate the data and possibly change state when there are too few data points to be statistically
   * significant (`evaluate` or `ignore`); used only for alarms on percentiles.
   * @default - not configured
   */
  readonly evaluateLowSampleCountPercentile?: string;

  /**
   * How this alarm handles missing data points.
   * @default TreatMissingData.MISSING
   */
  readonly treatMissingData?: TreatMissingData;

  /**
   * Whether the actions of this alarm are enabled.
   * @default true
   */
  readonly actionsEnabled?: boolean;

  /**
   * The number of data points that must be breaching to trigger the alarm (the M of an "M out of N" alarm).
   * @default evaluationPeriods
   */
  readonly datapointsToAlarm?: number;
}

/** Properties for an alarm. */
export interface AlarmProps extends CreateAlarmOptions {
  /** The metric to alarm on: a `Metric`, or a `MathExpression` over metrics. */
  readonly metric: IMetric;
}

/**
 * An alarm on a CloudWatch metric.
 *
 * @resource AWS::CloudWatch::Alarm
 */
export class Alarm extends AlarmBase {
  /** Import an existing alarm by its ARN. */
  public static fromAlarmArn(scope: Construct, id: string, alarmArn: string): IAlarm {
    return new ImportedAlarm(scope, id, alarmArn);
  }

  /** Import an existing alarm by its name (in the environment of the scope's stack). */
  public static fromAlarmName(scope: Construct, id: string, alarmName: string): IAlarm {
    const alarmArn = Stack.of(scope).formatArn({
      service: 'cloudwatch', resource: 'alarm', resourceName: alarmName, arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });
    return new ImportedAlarm(scope, id, alarmArn);
  }

  /** @attribute */
  public readonly alarmArn: string;
  /** @attribute */
  public readonly alarmName: string;
  /** The metric this alarm watches. */
  public readonly metric: IMetric;

  constructor(scope: Construct, id: string, props: AlarmProps) {
    super(scope, id, { physicalName: props.alarmName });

    const metric = props.metric;
    const resourceProps: CfnAlarmProps = {
      alarmDescription: props.alarmDescription,
      alarmName: this.physicalName,
      comparisonOperator: props.comparisonOperator ?? ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      threshold: props.threshold,
      datapointsToAlarm: props.datapointsToAlarm,
      evaluateLowSampleCountPercentile: props.evaluateLowSampleCountPercentile,
      evaluationPeriods: props.evaluationPeriods,
      treatMissingData: props.treatMissingData,
      actionsEnabled: props.actionsEnabled,
      alarmActions: Lazy.list({ produce: () => this.alarmActionArns }, { omitEmpty: true }),
      insufficientDataActions: Lazy.list({ produce: () => this.insufficientDataActionArns }, { omitEmpty: true }),
      okActions: Lazy.list({ produce: () => this.okActionArns }, { omitEmpty: true }),
      ...renderAlarmMetric(this, metric),
    };
    const alarm = new CfnAlarm(this, 'Resource', resourceProps);

    this.alarmArn = this.getResourceArnAttribute(alarm.attrArn, {
      service: 'cloudwatch', resource: 'alarm', resourceName: this.physicalName, arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });
    this.alarmName = this.getResourceNameAttribute(alarm.ref);
    this.metric = metric;

    reportMetricWarnings(this, metric);
  }
}

function reportMetricWarnings(alarm: Alarm, metric: IMetric): void {
  const annotations = Annotations.of(alarm);
  if (metric.warningsV2) {
    for (const [id, message] of Object.entries(metric.warningsV2)) {
      annotations.addWarningV2(id, message);
    }
  } else {
    for (const message of metric.warnings ?? []) {
      annotations.addWarning(message);
    }
  }
}

/** An alarm defined outside this app. */
class ImportedAlarm extends AlarmBase {
  public readonly alarmArn: string;
  public readonly alarmName: string;

  constructor(scope: Construct, id: string, alarmArn: string) {
    super(scope, id, { environmentFromArn: alarmArn });
    this.alarmArn = alarmArn;
    this.alarmName = Stack.of(scope).splitArn(alarmArn, ArnFormat.COLON_RESOURCE_NAME).resourceName!;
  }
}
