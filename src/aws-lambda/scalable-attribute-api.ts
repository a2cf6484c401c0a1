import type { IConstruct } from 'constructs';
import type * as appscaling from '../aws-applicationautoscaling';

/** The provisioned concurrency of an alias, scaled by Application Auto Scaling (`alias.addAutoScaling()`). */
export interface IScalableFunctionAttribute extends IConstruct {
  /**
   * Keep the alias's provisioned concurrency utilization at a target (metric `LambdaProvisionedConcurrencyUtilization`).
   * @param options The target utilization and the policy's options
   */
  scaleOnUtilization(options: UtilizationScalingOptions): void;

  /**
   * Change the capacity bounds on a schedule.
   * @param id The name of the scheduled action
   * @param actionProps When, and which bounds
   */
  scaleOnSchedule(id: string, actionProps: appscaling.ScalingSchedule): void;
}

/** How to scale on provisioned concurrency utilization. */
export interface UtilizationScalingOptions extends appscaling.BaseTargetTrackingProps {
  /** The utilization to keep, as a fraction: 0.1 to 0.9. */
  readonly utilizationTarget: number;
}

/** The bounds of an alias's provisioned concurrency under auto scaling. */
export interface AutoScalingOptions {
  /**
   * The least provisioned concurrency.
   * @default 1
   */
  readonly minCapacity?: number;

  /** The most provisioned concurrency. */
  readonly maxCapacity: number;
}
