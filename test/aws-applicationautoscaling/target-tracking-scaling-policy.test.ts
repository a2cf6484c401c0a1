import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Match, Template } from '../../src/assertions';
import * as cloudwatch from '../../src/aws-cloudwatch';
import { App, Duration, Stack, Token } from '../../src/core';
import { PredefinedMetric, ScalableTarget, ServiceNamespace } from '../../src/aws-applicationautoscaling';

function newTarget(): { stack: Stack; target: ScalableTarget } {
  const stack = new Stack(new App(), 'Stack');
  const target = new ScalableTarget(stack, 'Target', {
    serviceNamespace: ServiceNamespace.ECS, scalableDimension: 'ecs:service:DesiredCount', resourceId: 'service/c/s', minCapacity: 1, maxCapacity: 10,
  });
  return { stack, target };
}

const metric = (props: Partial<cloudwatch.MetricProps> = {}) => new cloudwatch.Metric({ namespace: 'NS', metricName: 'M', ...props });

describe('TargetTrackingScalingPolicy', () => {
  test('tracks a predefined metric, named after its path by default', () => {
    const { stack, target } = newTarget();
    const policy = target.scaleToTrackMetric('Cpu', { targetValue: 50, predefinedMetric: PredefinedMetric.ECS_SERVICE_AVERAGE_CPU_UTILIZATION });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::ApplicationAutoScaling::ScalingPolicy', {
      PolicyName: 'StackTargetCpuD86CC9E0',
      PolicyType: 'TargetTrackingScaling',
      ScalingTargetId: { Ref: template.getResourceId('AWS::ApplicationAutoScaling::ScalableTarget') },
      TargetTrackingScalingPolicyConfiguration: {
        PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
        TargetValue: 50,
      },
    });
    assert.deepEqual(stack.resolve(policy.scalingPolicyArn), { Ref: template.getResourceId('AWS::ApplicationAutoScaling::ScalingPolicy') });
  });

  test('renders the resource label, scale-in switch, cooldowns in seconds and a given name', () => {
    const { stack, target } = newTarget();
    target.scaleToTrackMetric('Requests', {
      targetValue: 1000,
      predefinedMetric: PredefinedMetric.ALB_REQUEST_COUNT_PER_TARGET,
      resourceLabel: 'app/lb/1/targetgroup/tg/2',
      disableScaleIn: true,
      scaleInCooldown: Duration.minutes(5),
      scaleOutCooldown: Duration.days(2),
      policyName: 'requests',
    });
    Template.fromStack(stack).hasResourceProperties('AWS::ApplicationAutoScaling::ScalingPolicy', {
      PolicyName: 'requests',
      TargetTrackingScalingPolicyConfiguration: {
        PredefinedMetricSpecification: { PredefinedMetricType: 'ALBRequestCountPerTarget', ResourceLabel: 'app/lb/1/targetgroup/tg/2' },
        DisableScaleIn: true,
        ScaleInCooldown: 300,
        ScaleOutCooldown: 172800,
        TargetValue: 1000,
      },
    });
  });

  test('renders a custom metric with sorted dimensions, its unit and its statistic in full', () => {
    const { stack, target } = newTarget();
    target.scaleToTrackMetric('Custom', {
      targetValue: 3,
      customMetric: metric({ statistic: 'n', unit: cloudwatch.Unit.COUNT, dimensionsMap: { B: '2', A: '1' }, period: Duration.minutes(1), account: '111111111111' }),
    });
    Template.fromStack(stack).hasResourceProperties('AWS::ApplicationAutoScaling::ScalingPolicy', {
      TargetTrackingScalingPolicyConfiguration: {
        CustomizedMetricSpecification: {
          Dimensions: [{ Name: 'A', Value: '1' }, { Name: 'B', Value: '2' }],
          MetricName: 'M',
          Namespace: 'NS',
          Statistic: 'SampleCount',
          Unit: 'Count',
        },
        PredefinedMetricSpecification: Match.absent(),
        TargetValue: 3,
      },
    });
  });

  test('keeps a token target value', () => {
    const { stack, target } = newTarget();
    target.scaleToTrackMetric('Custom', { targetValue: Token.asNumber({ Ref: 'Target' }), customMetric: metric() });
    Template.fromStack(stack).hasResourceProperties('AWS::ApplicationAutoScaling::ScalingPolicy', {
      TargetTrackingScalingPolicyConfiguration: { TargetValue: { Ref: 'Target' } },
    });
  });

  test('needs exactly one of a predefined and a custom metric', () => {
    assert.throws(() => newTarget().target.scaleToTrackMetric('P', { targetValue: 1 }),
      /\[Stack\/Target\/P\] Exactly one of 'customMetric' or 'predefinedMetric' must be specified, got neither/);
    assert.throws(() => newTarget().target.scaleToTrackMetric('P', { targetValue: 1, customMetric: metric(), predefinedMetric: PredefinedMetric.ALB_REQUEST_COUNT_PER_TARGET }),
      /got both/);
  });

  test('refuses statistics target tracking cannot use, and math expressions', () => {
    assert.throws(() => newTarget().target.scaleToTrackMetric('P', { targetValue: 1, customMetric: metric({ statistic: 'p90' }) }),
      /cannot use statistic 'p90' for Target Tracking: only 'Average', 'Minimum', 'Maximum', 'SampleCount', and 'Sum' are supported/);
    const expression = new cloudwatch.MathExpression({ expression: 'a+b', usingMetrics: { a: metric(), b: metric({ metricName: 'N' }) } });
    assert.throws(() => newTarget().target.scaleToTrackMetric('P', { targetValue: 1, customMetric: expression }), /only plain metrics are supported for Target Tracking/);
  });
});
