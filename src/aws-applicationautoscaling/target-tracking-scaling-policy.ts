import { Construct } from 'constructs';
import type * as cloudwatch from '../aws-cloudwatch';
import { Duration, Names, ValidationError } from '../core';
import { CfnScalingPolicy } from './applicationautoscaling.generated';
import type { IScalableTarget } from './scalable-target';
import { PredefinedMetric } from './predefined-metric';

/** Options common to every target tracking policy. */
export interface BaseTargetTrackingProps {
  /**
   * A name for the scaling policy.
   * @default - the construct's unique ID
   */
  readonly policyName?: string;

  /**
   * Whether scaling in is disabled: when true the policy only adds capacity, and capacity is removed some other way.
   * @default false
   */
  readonly disableScaleIn?: boolean;

  /**
   * How long after a scale-in activity completes before another scale-in activity can start.
   * @default - the service's default, which depends on the scalable resource
   */
  readonly scaleInCooldown?: Duration;

  /**
   * How long after a scale-out activity completes before another scale-out activity can start.
   * @default - the service's default, which depends on the scalable resource
   */
  readonly scaleOutCooldown?: Duration;
}

/** Properties of a target tracking policy, without the scalable target. */
export interface BasicTargetTrackingScalingPolicyProps extends BaseTargetTrackingProps {
  /** The value the metric should be kept at. */
  readonly targetValue: number;

  /**
   * The predefined metric to track. Exactly one of `predefinedMetric` and `customMetric` must be given.
   * @default - no predefined metric
   */
  readonly predefinedMetric?: PredefinedMetric;

  /**
   * Which resource the predefined metric is about (for `ALB_REQUEST_COUNT_PER_TARGET`, the target group:
   * `app/<load-balancer-name>/<load-balancer-id>/targetgroup/<target-group-name>/<target-group-id>`).
   * @default - no resource label
   */
  readonly resourceLabel?: string;

  /**
   * A custom metric to track: a plain metric (not a math expression) whose statistic is Average, Minimum, Maximum,
   * SampleCount or Sum. Exactly one of `predefinedMetric` and `customMetric` must be given.
   * @default - no custom metric
   */
  readonly customMetric?: cloudwatch.IMetric;
}

/** Properties of a target tracking policy. */
export interface TargetTrackingScalingPolicyProps extends BasicTargetTrackingScalingPolicyProps {
  /** The scalable target the policy scales. */
  readonly scalingTarget: IScalableTarget;
}

const SUPPORTED_STATISTICS = ['Average', 'Minimum', 'Maximum', 'SampleCount', 'Sum'];

/** A policy that scales a target out and in to keep a metric at a target value. */
export class TargetTrackingScalingPolicy extends Construct {
  /** The ARN of the scaling policy (its `Ref`). */
  public readonly scalingPolicyArn: string;

  constructor(scope: Construct, id: string, props: TargetTrackingScalingPolicyProps) {
    super(scope, id);
    if ((props.customMetric === undefined) === (props.predefinedMetric === undefined)) {
      throw new ValidationError(`Exactly one of 'customMetric' or 'predefinedMetric' must be specified, got ${props.customMetric ? 'both' : 'neither'}`, this);
    }

    const resource = new CfnScalingPolicy(this, 'Resource', {
      policyName: props.policyName ?? Names.uniqueId(this),
      policyType: 'TargetTrackingScaling',
      scalingTargetId: props.scalingTarget.scalableTargetRef.resourceId,
      targetTrackingScalingPolicyConfiguration: {
        customizedMetricSpecification: renderCustomMetric(this, props.customMetric),
        disableScaleIn: props.disableScaleIn,
        predefinedMetricSpecification: props.predefinedMetric !== undefined ? {
          predefinedMetricType: props.predefinedMetric,
          resourceLabel: props.resourceLabel,
        } : undefined,
        scaleInCooldown: props.scaleInCooldown?.toSeconds(),
        scaleOutCooldown: props.scaleOutCooldown?.toSeconds(),
        targetValue: props.targetValue,
      },
    });
    this.scalingPolicyArn = resource.ref;
  }
}

function renderCustomMetric(scope: Construct, metric?: cloudwatch.IMetric): CfnScalingPolicy.CustomizedMetricSpecificationProperty | undefined {
  if (!metric) { return undefined; }
  const stat = metric.toMetricConfig().metricStat;
  if (!stat) {
    throw new ValidationError('customMetric: only plain metrics are supported for Target Tracking, got a math expression. Use Step Scaling or supply a Metric object.', scope);
  }
  if (!SUPPORTED_STATISTICS.includes(stat.statistic)) {
    throw new ValidationError(`customMetric: cannot use statistic '${stat.statistic}' for Target Tracking: only 'Average', 'Minimum', 'Maximum', 'SampleCount', and 'Sum' are supported.`, scope);
  }
  return {
    dimensions: stat.dimensions,
    metricName: stat.metricName,
    namespace: stat.namespace,
    statistic: stat.statistic,
    unit: stat.unitFilter,
  };
}
