import type { Construct } from 'constructs';
import * as appscaling from '../../aws-applicationautoscaling';
import { Token, ValidationError } from '../../core';
import type { IScalableFunctionAttribute, UtilizationScalingOptions } from '../scalable-attribute-api';

const MIN_UTILIZATION = 0.1;
const MAX_UTILIZATION = 0.9;

/** The provisioned concurrency of an alias as an Application Auto Scaling target. */
export class ScalableFunctionAttribute extends appscaling.BaseScalableAttribute implements IScalableFunctionAttribute {
  constructor(scope: Construct, id: string, props: appscaling.BaseScalableAttributeProps) {
    super(scope, id, props);
  }

  public scaleOnUtilization(options: UtilizationScalingOptions): void {
    const target = options.utilizationTarget;
    if (!Token.isUnresolved(target) && (target < MIN_UTILIZATION || target > MAX_UTILIZATION)) {
      throw new ValidationError(`utilizationTarget must be between ${MIN_UTILIZATION} and ${MAX_UTILIZATION} `
        + `(a fraction of the provisioned concurrency), got ${target}`, this);
    }
    const { utilizationTarget, ...policyOptions } = options;
    this.doScaleToTrackMetric('Tracking', {
      targetValue: utilizationTarget,
      predefinedMetric: appscaling.PredefinedMetric.LAMBDA_PROVISIONED_CONCURRENCY_UTILIZATION,
      ...policyOptions,
    });
  }

  public scaleOnSchedule(id: string, actionProps: appscaling.ScalingSchedule): void {
    this.doScaleOnSchedule(id, actionProps);
  }
}
