import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Annotations, Match, Template } from '../../src/assertions';
import { Duration, Stack, Token } from '../../src/core';
import { ScalableTarget, Schedule, ServiceNamespace } from '../../src/aws-applicationautoscaling';

const TOKEN = () => Token.asNumber({ Ref: 'P' });

describe('Schedule.rate', () => {
  test('renders the largest unit that divides the duration, singular for one', () => {
    assert.equal(Schedule.rate(Duration.minutes(1)).expressionString, 'rate(1 minute)');
    assert.equal(Schedule.rate(Duration.minutes(90)).expressionString, 'rate(90 minutes)');
    assert.equal(Schedule.rate(Duration.minutes(120)).expressionString, 'rate(2 hours)');
    assert.equal(Schedule.rate(Duration.hours(1)).expressionString, 'rate(1 hour)');
    assert.equal(Schedule.rate(Duration.hours(25)).expressionString, 'rate(25 hours)');
    assert.equal(Schedule.rate(Duration.hours(24)).expressionString, 'rate(1 day)');
    assert.equal(Schedule.rate(Duration.days(7)).expressionString, 'rate(7 days)');
  });

  test('accepts seconds and milliseconds that make whole minutes', () => {
    assert.equal(Schedule.rate(Duration.seconds(60)).expressionString, 'rate(1 minute)');
    assert.equal(Schedule.rate(Duration.seconds(7200)).expressionString, 'rate(2 hours)');
    assert.equal(Schedule.rate(Duration.millis(60000)).expressionString, 'rate(1 minute)');
  });

  test('refuses a zero duration and one that is not whole minutes', () => {
    assert.throws(() => Schedule.rate(Duration.minutes(0)), /Duration cannot be 0/);
    assert.throws(() => Schedule.rate(Duration.seconds(90)), /whole number of minutes/);
    assert.throws(() => Schedule.rate(Duration.minutes(1.5)), /whole number of minutes, got 1 minute 30 seconds \(1\.5 minutes\)/);
  });

  test('a token amount keeps the unit it was given in', () => {
    const stack = new Stack();
    assert.deepEqual(stack.resolve(Schedule.rate(Duration.minutes(TOKEN())).expressionString), { 'Fn::Join': ['', ['rate(', { Ref: 'P' }, ' minutes)']] });
    assert.deepEqual(stack.resolve(Schedule.rate(Duration.days(TOKEN())).expressionString), { 'Fn::Join': ['', ['rate(', { Ref: 'P' }, ' days)']] });
  });

  test('a token amount in seconds is refused', () => {
    assert.throws(() => Schedule.rate(Duration.seconds(TOKEN())), /Allowed units for scheduling are: 'minute', 'minutes', 'hour', 'hours', 'day' or 'days'/);
  });
});

describe('Schedule.cron', () => {
  test('fields left out match everything, and the day not given is ?', () => {
    assert.equal(Schedule.cron({}).expressionString, 'cron(* * * * ? *)');
    assert.equal(Schedule.cron({ minute: '0', hour: '8' }).expressionString, 'cron(0 8 * * ? *)');
    assert.equal(Schedule.cron({ day: '1' }).expressionString, 'cron(* * 1 * ? *)');
    assert.equal(Schedule.cron({ weekDay: 'MON' }).expressionString, 'cron(* * ? * MON *)');
    assert.equal(Schedule.cron({ minute: '0', hour: '1', day: 'L', month: 'JAN', year: '2030' }).expressionString, 'cron(0 1 L JAN ? 2030)');
    assert.equal(Schedule.cron({ minute: '0', hour: '1', weekDay: '2#1', month: '*/2' }).expressionString, 'cron(0 1 ? */2 2#1 *)');
  });

  test('refuses both day and weekDay', () => {
    assert.throws(() => Schedule.cron({ day: '1', weekDay: 'MON' }), /Cannot supply both 'day' and 'weekDay', use at most one/);
  });

  test('keeps tokens in fields', () => {
    const stack = new Stack();
    const hour = Token.asString({ Ref: 'H' });
    assert.deepEqual(stack.resolve(Schedule.cron({ minute: '0', hour }).expressionString), { 'Fn::Join': ['', ['cron(0 ', { Ref: 'H' }, ' * * ? *)']] });
  });
});

describe('Schedule.at and Schedule.expression', () => {
  test('at renders the moment in UTC to the second', () => {
    assert.equal(Schedule.at(new Date(Date.UTC(2030, 0, 2, 3, 4, 5, 678))).expressionString, 'at(2030-01-02T03:04:05)');
  });

  test('expression is used as given', () => {
    assert.equal(Schedule.expression('rate(12 hours)').expressionString, 'rate(12 hours)');
  });
});

describe('binding a schedule to a scalable target', () => {
  function target(stack: Stack): ScalableTarget {
    return new ScalableTarget(stack, 'Target', { serviceNamespace: ServiceNamespace.ECS, scalableDimension: 'ecs:service:DesiredCount', resourceId: 'service/c/s', minCapacity: 1, maxCapacity: 10 });
  }

  test('a cron schedule without a minute warns on the target that it runs every minute', () => {
    const stack = new Stack();
    target(stack).scaleOnSchedule('Hourly', { schedule: Schedule.cron({ hour: '8' }), minCapacity: 1 });
    Annotations.fromStack(stack).hasWarning('/Default/Target',
      "cron: If you don't pass 'minute', by default the event runs every minute. Pass 'minute: '*'' if that's what you intend, or 'minute: 0' to run once per hour instead. [ack: @aws-cdk/aws-applicationautoscaling:defaultRunEveryMinute]");
  });

  test('a cron schedule with a minute, and other schedules, do not warn', () => {
    const stack = new Stack();
    const t = target(stack);
    t.scaleOnSchedule('A', { schedule: Schedule.cron({ hour: '8', minute: '0' }), minCapacity: 1 });
    t.scaleOnSchedule('B', { schedule: Schedule.expression('cron(* 8 * * ? *)'), minCapacity: 1 });
    t.scaleOnSchedule('C', { schedule: Schedule.rate(Duration.hours(1)), minCapacity: 1 });
    assert.deepEqual(Annotations.fromStack(stack).findWarning('*', Match.anyValue()), []);
    Template.fromStack(stack).resourceCountIs('AWS::ApplicationAutoScaling::ScalableTarget', 1);
  });
});
