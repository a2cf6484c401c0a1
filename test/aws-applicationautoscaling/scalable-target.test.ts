import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Match, Template } from '../../src/assertions';
import * as iam from '../../src/aws-iam';
import { App, Duration, Stack, TimeZone, Token } from '../../src/core';
import { PredefinedMetric, ScalableTarget, ScalableTargetProps, Schedule, ServiceNamespace, TargetTrackingScalingPolicy } from '../../src/aws-applicationautoscaling';

const LAMBDA_TARGET: ScalableTargetProps = {
  serviceNamespace: ServiceNamespace.LAMBDA,
  scalableDimension: 'lambda:function:ProvisionedConcurrency',
  resourceId: 'function:my-function:live',
  minCapacity: 1,
  maxCapacity: 10,
};

function newStack(): Stack {
  return new Stack(new App(), 'Stack');
}

describe('ScalableTarget', () => {
  test('registers the target with a role trusted by Application Auto Scaling', () => {
    const stack = newStack();
    new ScalableTarget(stack, 'Target', LAMBDA_TARGET);
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: { Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'application-autoscaling.amazonaws.com' } }] },
    });
    template.hasResourceProperties('AWS::ApplicationAutoScaling::ScalableTarget', {
      MaxCapacity: 10,
      MinCapacity: 1,
      ResourceId: 'function:my-function:live',
      RoleARN: { 'Fn::GetAtt': [Match.stringLikeRegexp('^TargetRole'), 'Arn'] },
      ScalableDimension: 'lambda:function:ProvisionedConcurrency',
      ServiceNamespace: 'lambda',
      ScheduledActions: Match.absent(),
    });
  });

  test('uses a given role and creates none', () => {
    const stack = newStack();
    const role = iam.Role.fromRoleArn(stack, 'Role', 'arn:aws:iam::123456789012:role/scaling');
    const target = new ScalableTarget(stack, 'Target', { ...LAMBDA_TARGET, role });
    assert.equal(target.role, role);
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::IAM::Role', 0);
    template.hasResourceProperties('AWS::ApplicationAutoScaling::ScalableTarget', { RoleARN: 'arn:aws:iam::123456789012:role/scaling' });
  });

  test('addToRolePolicy puts the statement in the default policy of the created role', () => {
    const stack = newStack();
    const target = new ScalableTarget(stack, 'Target', LAMBDA_TARGET);
    target.addToRolePolicy(new iam.PolicyStatement({ actions: ['lambda:GetAlias'], resources: ['*'] }));
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: 'lambda:GetAlias', Effect: 'Allow', Resource: '*' }] },
    });
  });

  test('scalableTargetId and the reference resolve to the Ref of the target', () => {
    const stack = newStack();
    const target = new ScalableTarget(stack, 'Target', LAMBDA_TARGET);
    const ref = { Ref: Template.fromStack(stack).getResourceId('AWS::ApplicationAutoScaling::ScalableTarget') };
    assert.deepEqual(stack.resolve(target.scalableTargetId), ref);
    assert.deepEqual(stack.resolve(target.scalableTargetRef), { resourceId: ref, scalableDimension: 'lambda:function:ProvisionedConcurrency', serviceNamespace: 'lambda' });
  });

  test('capacities may be zero and fractional', () => {
    const stack = newStack();
    new ScalableTarget(stack, 'Target', { ...LAMBDA_TARGET, minCapacity: 0, maxCapacity: 0.5 });
    Template.fromStack(stack).hasResourceProperties('AWS::ApplicationAutoScaling::ScalableTarget', { MinCapacity: 0, MaxCapacity: 0.5 });
  });

  test('refuses negative capacities and a minimum above the maximum, naming the path', () => {
    assert.throws(() => new ScalableTarget(newStack(), 'Target', { ...LAMBDA_TARGET, minCapacity: -2, maxCapacity: -1 }),
      /\[Stack\/Target\] maxCapacity cannot be negative, got: -1/);
    assert.throws(() => new ScalableTarget(newStack(), 'Target', { ...LAMBDA_TARGET, minCapacity: -1 }), /minCapacity cannot be negative, got: -1/);
    assert.throws(() => new ScalableTarget(newStack(), 'Target', { ...LAMBDA_TARGET, minCapacity: 5, maxCapacity: 2 }),
      /minCapacity \(5\) must not be greater than maxCapacity \(2\)/);
  });

  test('does not check capacities that are tokens', () => {
    const stack = newStack();
    new ScalableTarget(stack, 'Target', { ...LAMBDA_TARGET, minCapacity: Token.asNumber({ Ref: 'Min' }), maxCapacity: 0 });
    Template.fromStack(stack).hasResourceProperties('AWS::ApplicationAutoScaling::ScalableTarget', { MinCapacity: { Ref: 'Min' } });
  });
});

describe('ScalableTarget.scaleOnSchedule', () => {
  test('adds scheduled actions in order, with only the capacities given', () => {
    const stack = newStack();
    const target = new ScalableTarget(stack, 'Target', LAMBDA_TARGET);
    target.scaleOnSchedule('Up', { schedule: Schedule.cron({ minute: '0', hour: '8' }), minCapacity: 5 });
    target.scaleOnSchedule('Down', { schedule: Schedule.rate(Duration.hours(2)), maxCapacity: 2 });
    Template.fromStack(stack).hasResourceProperties('AWS::ApplicationAutoScaling::ScalableTarget', {
      ScheduledActions: [
        { ScheduledActionName: 'Up', Schedule: 'cron(0 8 * * ? *)', ScalableTargetAction: { MinCapacity: 5 } },
        { ScheduledActionName: 'Down', Schedule: 'rate(2 hours)', ScalableTargetAction: { MaxCapacity: 2 } },
      ],
    });
  });

  test('renders start and end times without milliseconds, and the time zone name', () => {
    const stack = newStack();
    new ScalableTarget(stack, 'Target', LAMBDA_TARGET).scaleOnSchedule('Once', {
      schedule: Schedule.at(new Date(Date.UTC(2030, 0, 2, 3, 4, 5))),
      minCapacity: 0,
      startTime: new Date(Date.UTC(2030, 0, 1, 0, 0, 0, 250)),
      endTime: new Date(Date.UTC(2031, 0, 1)),
      timeZone: TimeZone.EUROPE_LONDON,
    });
    Template.fromStack(stack).hasResourceProperties('AWS::ApplicationAutoScaling::ScalableTarget', {
      ScheduledActions: [{
        ScheduledActionName: 'Once',
        Schedule: 'at(2030-01-02T03:04:05)',
        ScalableTargetAction: { MinCapacity: 0 },
        StartTime: '2030-01-01T00:00:00Z',
        EndTime: '2031-01-01T00:00:00Z',
        Timezone: 'Europe/London',
      }],
    });
  });

  test('refuses an action that changes neither capacity', () => {
    const target = new ScalableTarget(newStack(), 'Target', LAMBDA_TARGET);
    assert.throws(() => target.scaleOnSchedule('Nothing', { schedule: Schedule.rate(Duration.hours(1)) }),
      /\[Stack\/Target\] scaleOnSchedule\('Nothing'\): supply at least one of minCapacity or maxCapacity/);
  });
});

describe('imported scalable targets', () => {
  test('fromScalableTargetAttributes gives policies the ID as the target', () => {
    const stack = newStack();
    const imported = ScalableTarget.fromScalableTargetAttributes(stack, 'Imported', {
      scalableTargetId: 'table/t|dynamodb:table:ReadCapacityUnits|dynamodb',
      scalableDimension: 'dynamodb:table:ReadCapacityUnits',
      serviceNamespace: 'dynamodb',
    });
    assert.deepEqual(imported.scalableTargetRef, {
      resourceId: 'table/t|dynamodb:table:ReadCapacityUnits|dynamodb', scalableDimension: 'dynamodb:table:ReadCapacityUnits', serviceNamespace: 'dynamodb',
    });
    new TargetTrackingScalingPolicy(stack, 'Policy', { scalingTarget: imported, targetValue: 70, predefinedMetric: PredefinedMetric.DYNAMODB_READ_CAPACITY_UTILIZATION });
    Template.fromStack(stack).hasResourceProperties('AWS::ApplicationAutoScaling::ScalingPolicy', {
      ScalingTargetId: 'table/t|dynamodb:table:ReadCapacityUnits|dynamodb',
    });
  });

  test('fromScalableTargetId knows the ID, but has no reference for policies', () => {
    const stack = newStack();
    const imported = ScalableTarget.fromScalableTargetId(stack, 'Imported', 'service/c/s|ecs:service:DesiredCount|ecs');
    assert.equal(imported.scalableTargetId, 'service/c/s|ecs:service:DesiredCount|ecs');
    assert.throws(() => new TargetTrackingScalingPolicy(stack, 'Policy', { scalingTarget: imported, targetValue: 1, predefinedMetric: PredefinedMetric.ECS_SERVICE_AVERAGE_CPU_UTILIZATION }),
      /\[Stack\/Imported\] Cannot access scalableTargetRef on a ScalableTarget imported by ID only\. Use ScalableTarget\.fromScalableTargetAttributes\(\) instead\./);
  });
});
