import { Construct } from 'constructs';
import type * as iam from '../aws-iam';
import type { ResourceEnvironment } from '../core';
import type { IScalableTargetRef, ScalableTargetReference } from './applicationautoscaling.generated';
import { ScalableTarget, ScalingSchedule } from './scalable-target';
import type { ServiceNamespace } from './service-namespace';
import type { BasicTargetTrackingScalingPolicyProps } from './target-tracking-scaling-policy';

/** The capacity bounds when scaling is enabled on an attribute. */
export interface EnableScalingProps {
  /**
   * The lowest capacity to scale in to.
   * @default 1
   */
  readonly minCapacity?: number;

  /** The highest capacity to scale out to. */
  readonly maxCapacity: number;
}

/** Properties of a scalable attribute. */
export interface BaseScalableAttributeProps extends EnableScalingProps {
  /** The service that owns the resource. */
  readonly serviceNamespace: ServiceNamespace;

  /** The resource to scale, as the service names it. */
  readonly resourceId: string;

  /** The dimension to scale, e.g. `lambda:function:ProvisionedConcurrency`. */
  readonly dimension: string;

  /** The role Application Auto Scaling uses to scale the resource. */
  readonly role: iam.IRole;
}

/**
 * An attribute of a resource whose capacity can be scaled: a `ScalableTarget` (created as the child `Target`) whose
 * scaling methods are protected, so that a service's subclass exposes only the ways of scaling that make sense for
 * it, in its own terms (Lambda's `scaleOnUtilization`, for instance).
 */
export abstract class BaseScalableAttribute extends Construct implements IScalableTargetRef {
  private readonly target: ScalableTarget;

  constructor(scope: Construct, id: string, protected readonly props: BaseScalableAttributeProps) {
    super(scope, id);
    this.target = new ScalableTarget(this, 'Target', {
      serviceNamespace: props.serviceNamespace,
      scalableDimension: props.dimension,
      resourceId: props.resourceId,
      role: props.role,
      minCapacity: props.minCapacity ?? 1,
      maxCapacity: props.maxCapacity,
    });
  }

  /** The environment of the scalable target. */
  public get env(): ResourceEnvironment {
    return this.target.env;
  }

  /** A reference to the scalable target. */
  public get scalableTargetRef(): ScalableTargetReference {
    return this.target.scalableTargetRef;
  }

  /** Change the capacity bounds on a schedule. */
  protected doScaleOnSchedule(id: string, props: ScalingSchedule): void {
    this.target.scaleOnSchedule(id, props);
  }

  /** Scale out or in to keep a metric at a target value. */
  protected doScaleToTrackMetric(id: string, props: BasicTargetTrackingScalingPolicyProps): void {
    this.target.scaleToTrackMetric(id, props);
  }
}
