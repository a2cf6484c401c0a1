import * as cdk from 'aws-cdk-lib';
import * as appscaling from 'aws-cdk-lib/aws-applicationautoscaling';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as iam from 'aws-cdk-lib/aws-iam';

/** Target tracking on predefined and custom metrics, generated and given policy names, roles made or given. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'TargetTracking');
  const target = new appscaling.ScalableTarget(stack, 'Target', {
    serviceNamespace: appscaling.ServiceNamespace.ECS,
    scalableDimension: 'ecs:service:DesiredCount',
    resourceId: 'service/my-cluster/my-service',
    minCapacity: 0,
    maxCapacity: 10,
  });
  target.addToRolePolicy(new iam.PolicyStatement({ actions: ['ecs:DescribeServices'], resources: ['*'] }));
  target.scaleToTrackMetric('Cpu', { targetValue: 50, predefinedMetric: appscaling.PredefinedMetric.ECS_SERVICE_AVERAGE_CPU_UTILIZATION });
  target.scaleToTrackMetric('Requests', {
    targetValue: 1000,
    predefinedMetric: appscaling.PredefinedMetric.ALB_REQUEST_COUNT_PER_TARGET,
    resourceLabel: 'app/my-lb/1234/targetgroup/my-tg/5678',
    disableScaleIn: true,
  });
  target.scaleToTrackMetric('Custom', {
    targetValue: 0.5,
    customMetric: new cloudwatch.Metric({
      namespace: 'My/App',
      metricName: 'QueueDepth',
      dimensionsMap: { Queue: 'orders', Env: 'prod' },
      statistic: 'max',
      unit: cloudwatch.Unit.COUNT,
      period: cdk.Duration.minutes(1),
    }),
    scaleInCooldown: cdk.Duration.minutes(5),
    scaleOutCooldown: cdk.Duration.seconds(30),
    policyName: 'queue-depth',
    disableScaleIn: false,
  });

  const role = iam.Role.fromRoleArn(stack, 'ScalingRole', 'arn:aws:iam::123456789012:role/scaling');
  const lambdaTarget = new appscaling.ScalableTarget(stack, 'LambdaTarget', {
    serviceNamespace: appscaling.ServiceNamespace.LAMBDA,
    scalableDimension: 'lambda:function:ProvisionedConcurrency',
    resourceId: 'function:my-function:live',
    minCapacity: 1,
    maxCapacity: 100,
    role,
  });
  const utilization = lambdaTarget.scaleToTrackMetric('Utilization', {
    targetValue: 0.9,
    predefinedMetric: appscaling.PredefinedMetric.LAMBDA_PROVISIONED_CONCURRENCY_UTILIZATION,
  });

  const imported = appscaling.ScalableTarget.fromScalableTargetAttributes(stack, 'Imported', {
    scalableTargetId: 'table/orders|dynamodb:table:ReadCapacityUnits|dynamodb',
    scalableDimension: 'dynamodb:table:ReadCapacityUnits',
    serviceNamespace: 'dynamodb',
  });
  new appscaling.TargetTrackingScalingPolicy(stack, 'ImportedTracking', {
    scalingTarget: imported,
    targetValue: 70,
    predefinedMetric: appscaling.PredefinedMetric.DYNAMODB_READ_CAPACITY_UTILIZATION,
  });

  new cdk.CfnOutput(stack, 'TargetId', { value: target.scalableTargetId });
  new cdk.CfnOutput(stack, 'PolicyArn', { value: utilization.scalingPolicyArn });
  new cdk.CfnOutput(stack, 'RoleArn', { value: target.role.roleArn });
}
