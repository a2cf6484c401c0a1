import { Construct } from 'constructs';
import * as iam from '../aws-iam';
import { IResource, Lazy, Resource, TimeZone, Token, ValidationError } from '../core';
import { CfnScalableTarget, IScalableTargetRef, ScalableTargetReference } from './applicationautoscaling.generated';
import { Schedule } from './schedule';
import { ServiceNamespace } from './service-namespace';
import { BasicTargetTrackingScalingPolicyProps, TargetTrackingScalingPolicy } from './target-tracking-scaling-policy';

/** A scalable target: the capacity of some resource that Application Auto Scaling adjusts. */
export interface IScalableTarget extends IResource, IScalableTargetRef {
  /**
   * The ID of the scalable target (`<resourceId>|<scalableDimension>|<serviceNamespace>`).
   * @attribute
   */
  readonly scalableTargetId: string;
}

/** Properties for a scalable target. */
export interface ScalableTargetProps {
  /** The lowest capacity Application Auto Scaling may scale in to. */
  readonly minCapacity: number;

  /** The highest capacity Application Auto Scaling may scale out to. */
  readonly maxCapacity: number;

  /**
   * The role that allows Application Auto Scaling to modify the scalable target.
   * @default - a role is created, trusted by `application-autoscaling.amazonaws.com`
   */
  readonly role?: iam.IRole;

  /**
   * The resource to scale, as the service names it, e.g. `function:my-function:live` or
   * `service/my-cluster/my-service`.
   * @see https://docs.aws.amazon.com/autoscaling/application/APIReference/API_RegisterScalableTarget.html
   */
  readonly resourceId: string;

  /**
   * The dimension to scale: service namespace, resource type and property, e.g.
   * `lambda:function:ProvisionedConcurrency` or `ecs:service:DesiredCount`.
   */
  readonly scalableDimension: string;

  /** The service that owns the resource. */
  readonly serviceNamespace: ServiceNamespace;
}

/** Attributes of a scalable target defined elsewhere. */
export interface ScalableTargetAttributes {
  /** The ID of the scalable target. */
  readonly scalableTargetId: string;
  /** The scalable dimension of the target. */
  readonly scalableDimension: string;
  /** The namespace of the service that owns the resource. */
  readonly serviceNamespace: string;
}

/** A scheduled change of a scalable target's capacity bounds. */
export interface ScalingSchedule {
  /** When the action runs. */
  readonly schedule: Schedule;

  /**
   * When the action becomes active.
   * @default - the action is active at once
   */
  readonly startTime?: Date;

  /**
   * When the action expires.
   * @default - the action never expires
   */
  readonly endTime?: Date;

  /**
   * The new minimum capacity. At least one of `minCapacity` and `maxCapacity` must be given.
   * @default - the minimum capacity is not changed
   */
  readonly minCapacity?: number;

  /**
   * The new maximum capacity. At least one of `minCapacity` and `maxCapacity` must be given.
   * @default - the maximum capacity is not changed
   */
  readonly maxCapacity?: number;

  /**
   * The time zone a cron or `at` schedule is read in.
   * @default - UTC
   */
  readonly timeZone?: TimeZone;
}

/**
 * A scalable target: registers the capacity of a resource with Application Auto Scaling, and scales it on a
 * schedule or to track a metric.
 */
export class ScalableTarget extends Resource implements IScalableTarget {
  /** Import a scalable target by its ID. Policies need `fromScalableTargetAttributes` (they need its reference). */
  public static fromScalableTargetId(scope: Construct, id: string, scalableTargetId: string): IScalableTarget {
    class Import extends Resource implements IScalableTarget {
      public readonly scalableTargetId = scalableTargetId;

      public get scalableTargetRef(): ScalableTargetReference {
        throw new ValidationError('Cannot access scalableTargetRef on a ScalableTarget imported by ID only. Use ScalableTarget.fromScalableTargetAttributes() instead.', this);
      }
    }
    return new Import(scope, id);
  }

  /** Import a scalable target by its ID, scalable dimension and service namespace. */
  public static fromScalableTargetAttributes(scope: Construct, id: string, attrs: ScalableTargetAttributes): IScalableTarget {
    class Import extends Resource implements IScalableTarget {
      public readonly scalableTargetId = attrs.scalableTargetId;

      public get scalableTargetRef(): ScalableTargetReference {
        return { resourceId: attrs.scalableTargetId, scalableDimension: attrs.scalableDimension, serviceNamespace: attrs.serviceNamespace };
      }
    }
    return new Import(scope, id);
  }

  /** The ID of the scalable target (its `Ref`). */
  public readonly scalableTargetId: string;

  /** The role Application Auto Scaling uses to scale the resource. */
  public readonly role: iam.IRole;

  private readonly scalableDimension: string;
  private readonly serviceNamespace: string;
  private readonly actions: CfnScalableTarget.ScheduledActionProperty[] = [];

  constructor(scope: Construct, id: string, props: ScalableTargetProps) {
    super(scope, id);
    validateCapacities(this, props.minCapacity, props.maxCapacity);

    this.role = props.role ?? new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('application-autoscaling.amazonaws.com'),
    });

    const resource = new CfnScalableTarget(this, 'Resource', {
      maxCapacity: props.maxCapacity,
      minCapacity: props.minCapacity,
      resourceId: props.resourceId,
      roleArn: this.role.roleArn,
      scalableDimension: props.scalableDimension,
      scheduledActions: Lazy.any({ produce: () => this.actions }, { omitEmptyArray: true }),
      serviceNamespace: props.serviceNamespace,
    });
    this.scalableTargetId = resource.ref;
    this.scalableDimension = props.scalableDimension;
    this.serviceNamespace = props.serviceNamespace;
  }

  /** A reference to this scalable target, for policies (its `Ref` stands for the resource ID). */
  public get scalableTargetRef(): ScalableTargetReference {
    return { resourceId: this.scalableTargetId, scalableDimension: this.scalableDimension, serviceNamespace: this.serviceNamespace };
  }

  /** Add a statement to the policy of the scaling role. */
  public addToRolePolicy(statement: iam.PolicyStatement): void {
    this.role.addToPrincipalPolicy(statement);
  }

  /** Change the capacity bounds on a schedule; `id` names the scheduled action. */
  public scaleOnSchedule(id: string, action: ScalingSchedule): void {
    if (action.minCapacity === undefined && action.maxCapacity === undefined) {
      throw new ValidationError(`scaleOnSchedule('${id}'): supply at least one of minCapacity or maxCapacity, got neither`, this);
    }
    action.schedule._bind(this);
    this.actions.push({
      scheduledActionName: id,
      schedule: action.schedule.expressionString,
      startTime: action.startTime,
      endTime: action.endTime,
      scalableTargetAction: { maxCapacity: action.maxCapacity, minCapacity: action.minCapacity },
      timezone: action.timeZone?.timezoneName,
    });
  }

  /** Scale out or in to keep a metric at a target value. */
  public scaleToTrackMetric(id: string, props: BasicTargetTrackingScalingPolicyProps): TargetTrackingScalingPolicy {
    return new TargetTrackingScalingPolicy(this, id, { ...props, scalingTarget: this });
  }
}

/** Capacity bounds must be non-negative and ordered (tokens are checked by the service at deployment). */
function validateCapacities(scope: Construct, minCapacity: number, maxCapacity: number): void {
  if (!Token.isUnresolved(maxCapacity) && maxCapacity < 0) {
    throw new ValidationError(`maxCapacity cannot be negative, got: ${maxCapacity}`, scope);
  }
  if (!Token.isUnresolved(minCapacity) && minCapacity < 0) {
    throw new ValidationError(`minCapacity cannot be negative, got: ${minCapacity}`, scope);
  }
  if (!Token.isUnresolved(minCapacity) && !Token.isUnresolved(maxCapacity) && maxCapacity < minCapacity) {
    throw new ValidationError(`minCapacity (${minCapacity}) must not be greater than maxCapacity (${maxCapacity})`, scope);
  }
}
