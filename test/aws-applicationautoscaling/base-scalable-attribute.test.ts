import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Construct } from 'constructs';
import { Template } from '../../src/assertions';
import * as iam from '../../src/aws-iam';
import { App, Stack } from '../../src/core';
import {
  BaseScalableAttribute, BaseScalableAttributeProps, PredefinedMetric, ScalingSchedule, Schedule, ServiceNamespace,
} from '../../src/aws-applicationautoscaling';

/** What a service module does with the protected API: expose scaling in its own terms. */
class ScalableConcurrency extends BaseScalableAttribute {
  constructor(scope: Construct, id: string, props: BaseScalableAttributeProps) {
    super(scope, id, props);
  }

  public scaleOnUtilization(targetValue: number): void {
    this.doScaleToTrackMetric('Tracking', { targetValue, predefinedMetric: PredefinedMetric.LAMBDA_PROVISIONED_CONCURRENCY_UTILIZATION });
  }

  public scaleOnSchedule(id: string, action: ScalingSchedule): void {
    this.doScaleOnSchedule(id, action);
  }

  public get givenProps(): BaseScalableAttributeProps {
    return this.props;
  }
}

function newAttribute(extra: Partial<BaseScalableAttributeProps> = {}): { stack: Stack; attribute: ScalableConcurrency } {
  const stack = new Stack(new App(), 'Stack');
  const role = iam.Role.fromRoleArn(stack, 'Role', 'arn:aws:iam::123456789012:role/scaling');
  const attribute = new ScalableConcurrency(stack, 'Scaling', {
    serviceNamespace: ServiceNamespace.LAMBDA, dimension: 'lambda:function:ProvisionedConcurrency', resourceId: 'function:f:live', role, maxCapacity: 20, ...extra,
  });
  return { stack, attribute };
}

describe('BaseScalableAttribute', () => {
  test('creates a scalable target named Target with the given role and a minimum capacity of 1 by default', () => {
    const { stack, attribute } = newAttribute();
    assert.ok(attribute.node.tryFindChild('Target'));
    Template.fromStack(stack).hasResourceProperties('AWS::ApplicationAutoScaling::ScalableTarget', {
      MinCapacity: 1, MaxCapacity: 20, ScalableDimension: 'lambda:function:ProvisionedConcurrency', ResourceId: 'function:f:live',
      RoleARN: 'arn:aws:iam::123456789012:role/scaling', ServiceNamespace: 'lambda',
    });
  });

  test('passes a given minimum capacity, and keeps the props for subclasses', () => {
    const { stack, attribute } = newAttribute({ minCapacity: 5 });
    Template.fromStack(stack).hasResourceProperties('AWS::ApplicationAutoScaling::ScalableTarget', { MinCapacity: 5 });
    assert.equal(attribute.givenProps.minCapacity, 5);
  });

  test('doScaleToTrackMetric adds a target tracking policy under the target', () => {
    const { stack, attribute } = newAttribute();
    attribute.scaleOnUtilization(0.75);
    Template.fromStack(stack).hasResourceProperties('AWS::ApplicationAutoScaling::ScalingPolicy', {
      PolicyName: 'StackScalingTargetTracking8FE5D3E1',
      TargetTrackingScalingPolicyConfiguration: { PredefinedMetricSpecification: { PredefinedMetricType: 'LambdaProvisionedConcurrencyUtilization' }, TargetValue: 0.75 },
    });
  });

  test('doScaleOnSchedule adds a scheduled action to the target', () => {
    const { stack, attribute } = newAttribute();
    attribute.scaleOnSchedule('Evening', { schedule: Schedule.cron({ minute: '0', hour: '20' }), maxCapacity: 2 });
    Template.fromStack(stack).hasResourceProperties('AWS::ApplicationAutoScaling::ScalableTarget', {
      ScheduledActions: [{ ScheduledActionName: 'Evening', Schedule: 'cron(0 20 * * ? *)', ScalableTargetAction: { MaxCapacity: 2 } }],
    });
  });

  test('exposes the reference and environment of its target', () => {
    const { stack, attribute } = newAttribute();
    const targetId = Template.fromStack(stack).getResourceId('AWS::ApplicationAutoScaling::ScalableTarget');
    assert.deepEqual(stack.resolve(attribute.scalableTargetRef.resourceId), { Ref: targetId });
    assert.equal(attribute.env.region, stack.region);
  });
});
