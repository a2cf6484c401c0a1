import * as cdk from 'aws-cdk-lib';
import * as appscaling from 'aws-cdk-lib/aws-applicationautoscaling';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';

/** A Lambda-like subclass: scaling methods exposed in the service's own terms over the protected doScale* methods. */
class ScalableConcurrency extends appscaling.BaseScalableAttribute {
  constructor(scope: Construct, id: string, props: appscaling.BaseScalableAttributeProps) {
    super(scope, id, props);
  }

  public scaleOnUtilization(targetValue: number): void {
    this.doScaleToTrackMetric('Tracking', {
      targetValue,
      predefinedMetric: appscaling.PredefinedMetric.LAMBDA_PROVISIONED_CONCURRENCY_UTILIZATION,
    });
  }

  public scaleOnSchedule(id: string, action: appscaling.ScalingSchedule): void {
    this.doScaleOnSchedule(id, action);
  }
}

/** A service's scalable attribute built on BaseScalableAttribute (as Lambda's alias autoscaling is), min capacity defaulting to 1. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'ScalableAttribute');
  const role = new iam.Role(stack, 'ScalingRole', { assumedBy: new iam.ServicePrincipal('application-autoscaling.amazonaws.com') });
  const scalable = new ScalableConcurrency(stack, 'AliasScaling', {
    serviceNamespace: appscaling.ServiceNamespace.LAMBDA,
    dimension: 'lambda:function:ProvisionedConcurrency',
    resourceId: 'function:my-function:live',
    role,
    maxCapacity: 20,
  });
  scalable.scaleOnUtilization(0.75);
  scalable.scaleOnSchedule('Evening', { schedule: appscaling.Schedule.cron({ minute: '0', hour: '20' }), maxCapacity: 2 });

  const withMin = new ScalableConcurrency(stack, 'WithMin', {
    serviceNamespace: appscaling.ServiceNamespace.LAMBDA,
    dimension: 'lambda:function:ProvisionedConcurrency',
    resourceId: 'function:other:live',
    role,
    minCapacity: 5,
    maxCapacity: 10,
  });
  withMin.scaleOnUtilization(0.5);
  new cdk.CfnOutput(stack, 'Dimension', { value: withMin.scalableTargetRef.scalableDimension });
}
