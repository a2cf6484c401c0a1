import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Template } from '../../src/assertions';
import * as cloudwatch from '../../src/aws-cloudwatch';
import * as lambda from '../../src/aws-lambda';
import { Duration } from '../../src/core';
import { newFunction, newStack } from './helpers';

describe('function metrics', () => {
  test('metric() is in AWS/Lambda with the FunctionName dimension and the given options', () => {
    const stack = newStack();
    const fn = newFunction(stack);
    const metric = fn.metric('Custom', { period: Duration.minutes(1), statistic: 'Maximum' });
    assert.equal(metric.namespace, 'AWS/Lambda');
    assert.equal(metric.metricName, 'Custom');
    assert.equal(metric.statistic, 'Maximum');
    assert.equal(metric.period.toSeconds(), 60);
    assert.deepEqual(stack.resolve(metric.dimensions), { FunctionName: { Ref: 'Fn9270CBC0' } });
  });

  test('errors, invocations and throttles are sums; duration is an average; all over 5 minutes', () => {
    const fn = newFunction(newStack());
    const stats = [fn.metricErrors(), fn.metricInvocations(), fn.metricThrottles(), fn.metricDuration()]
      .map(m => [m.metricName, m.statistic, m.period.toSeconds()]);
    assert.deepEqual(stats, [['Errors', 'Sum', 300], ['Invocations', 'Sum', 300], ['Throttles', 'Sum', 300], ['Duration', 'Average', 300]]);
  });

  test('account-wide metrics have no dimensions', () => {
    const stats = [
      lambda.Function.metricAll('X'), lambda.Function.metricAllErrors(), lambda.Function.metricAllDuration(),
      lambda.Function.metricAllInvocations(), lambda.Function.metricAllThrottles(),
      lambda.Function.metricAllConcurrentExecutions(), lambda.Function.metricAllUnreservedConcurrentExecutions(),
    ].map(m => [m.metricName, m.statistic, m.dimensions]);
    assert.deepEqual(stats, [
      ['X', 'Average', undefined], ['Errors', 'Sum', undefined], ['Duration', 'Average', undefined], ['Invocations', 'Sum', undefined],
      ['Throttles', 'Sum', undefined], ['ConcurrentExecutions', 'Maximum', undefined], ['UnreservedConcurrentExecutions', 'Maximum', undefined],
    ]);
  });

  test('an alarm on a function metric names the function', () => {
    const stack = newStack();
    newFunction(stack).metricErrors().createAlarm(stack, 'Alarm', { threshold: 1, evaluationPeriods: 1 });
    Template.fromStack(stack).hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Lambda', MetricName: 'Errors', Statistic: 'Sum', Period: 300,
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: 'Fn9270CBC0' } }],
    });
  });

  test('an imported function metric uses the name from its ARN', () => {
    const stack = newStack();
    const fn = lambda.Function.fromFunctionArn(stack, 'I', 'arn:aws:lambda:us-east-1:123456789012:function:foo');
    new cloudwatch.Alarm(stack, 'Alarm', { metric: fn.metricThrottles(), threshold: 1, evaluationPeriods: 1 });
    Template.fromStack(stack).hasResourceProperties('AWS::CloudWatch::Alarm', { Dimensions: [{ Name: 'FunctionName', Value: 'foo' }] });
  });
});
