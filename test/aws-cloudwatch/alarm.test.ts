import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { App, Aws, Duration, Fn, Stack } from '../../src/core';
import { Annotations, Match, Template } from '../../src/assertions';
import { Alarm, ComparisonOperator, Metric, Stats, TreatMissingData, Unit } from '../../src/aws-cloudwatch';

const ENV = { account: '111111111111', region: 'us-east-1' };

function newStack(env?: { account: string; region: string }): Stack {
  return new Stack(new App(), 'Stack', env ? { env } : undefined);
}

function alarmProps(stack: Stack): any {
  return Object.values(Template.fromStack(stack).findResources('AWS::CloudWatch::Alarm'))[0].Properties;
}

describe('Alarm', () => {
  test('renders a Lambda errors alarm in the classic form', () => {
    const stack = newStack();
    new Metric({ namespace: 'AWS/Lambda', metricName: 'Errors', dimensionsMap: { FunctionName: Fn.ref('Fn') }, statistic: 'Sum' })
      .createAlarm(stack, 'Alarm', { threshold: 1, evaluationPeriods: 1 });
    Template.fromStack(stack).templateMatches({
      Resources: {
        Alarm7103F465: {
          Type: 'AWS::CloudWatch::Alarm',
          Properties: {
            ComparisonOperator: 'GreaterThanOrEqualToThreshold',
            Dimensions: [{ Name: 'FunctionName', Value: { Ref: 'Fn' } }],
            EvaluationPeriods: 1,
            MetricName: 'Errors',
            Namespace: 'AWS/Lambda',
            Period: 300,
            Statistic: 'Sum',
            Threshold: 1,
          },
        },
      },
    });
  });

  test('renders all alarm options', () => {
    const stack = newStack();
    new Alarm(stack, 'Alarm', {
      metric: new Metric({ namespace: 'NS', metricName: 'M' }),
      threshold: 5, evaluationPeriods: 3, datapointsToAlarm: 2, comparisonOperator: ComparisonOperator.LESS_THAN_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING, alarmName: 'nm', alarmDescription: 'desc', actionsEnabled: false,
      evaluateLowSampleCountPercentile: 'ignore',
    });
    assert.deepEqual(alarmProps(stack), {
      ActionsEnabled: false, AlarmDescription: 'desc', AlarmName: 'nm', ComparisonOperator: 'LessThanThreshold',
      DatapointsToAlarm: 2, EvaluateLowSampleCountPercentile: 'ignore', EvaluationPeriods: 3, MetricName: 'M', Namespace: 'NS',
      Period: 300, Statistic: 'Average', Threshold: 5, TreatMissingData: 'notBreaching',
    });
  });

  test('renders a percentile as ExtendedStatistic, with the unit', () => {
    const stack = newStack();
    new Metric({ namespace: 'NS', metricName: 'M', statistic: Stats.percentile(99), unit: Unit.MILLISECONDS })
      .createAlarm(stack, 'Alarm', { threshold: 1, evaluationPeriods: 1 });
    const props = alarmProps(stack);
    assert.equal(props.ExtendedStatistic, 'p99');
    assert.equal(props.Statistic, undefined);
    assert.equal(props.Unit, 'Milliseconds');
  });

  test('an alarm on a metric changed with with() renders the changed statistic and period', () => {
    const stack = newStack();
    new Metric({ namespace: 'NS', metricName: 'M', statistic: 'p99.9' })
      .with({ statistic: 'Maximum', period: Duration.minutes(10) })
      .createAlarm(stack, 'Alarm', { threshold: 1, evaluationPeriods: 1 });
    const props = alarmProps(stack);
    assert.equal(props.Statistic, 'Maximum');
    assert.equal(props.ExtendedStatistic, undefined);
    assert.equal(props.Period, 600);
  });

  test('a metric with a label renders in the Metrics form', () => {
    const stack = newStack();
    new Metric({ namespace: 'NS', metricName: 'M', label: 'lbl', dimensionsMap: { B: 'b', A: 'a' }, unit: Unit.COUNT, statistic: 'Sum', period: Duration.minutes(1) })
      .createAlarm(stack, 'Alarm', { threshold: 1, evaluationPeriods: 1 });
    assert.deepEqual(alarmProps(stack), {
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      EvaluationPeriods: 1,
      Metrics: [{
        Id: 'm1',
        Label: 'lbl',
        MetricStat: {
          Metric: { Dimensions: [{ Name: 'A', Value: 'a' }, { Name: 'B', Value: 'b' }], MetricName: 'M', Namespace: 'NS' },
          Period: 60,
          Stat: 'Sum',
          Unit: 'Count',
        },
        ReturnData: true,
      }],
      Threshold: 1,
    });
  });

  test('an empty label still selects the Metrics form', () => {
    const stack = newStack();
    new Metric({ namespace: 'NS', metricName: 'M', label: '' }).createAlarm(stack, 'Alarm', { threshold: 1, evaluationPeriods: 1 });
    assert.equal(alarmProps(stack).Metrics[0].Label, '');
  });

  test('a metric from another account renders with its AccountId', () => {
    const stack = newStack(ENV);
    new Metric({ namespace: 'NS', metricName: 'M', account: '222222222222' }).createAlarm(stack, 'Alarm', { threshold: 1, evaluationPeriods: 1 });
    assert.deepEqual(alarmProps(stack).Metrics, [{
      AccountId: '222222222222', Id: 'm1', MetricStat: { Metric: { MetricName: 'M', Namespace: 'NS' }, Period: 300, Stat: 'Average' }, ReturnData: true,
    }]);
  });

  test('a metric from the alarm stack account renders in the classic form', () => {
    const stack = newStack(ENV);
    new Metric({ namespace: 'NS', metricName: 'M', account: '111111111111', region: 'us-east-1' }).createAlarm(stack, 'Alarm', { threshold: 1, evaluationPeriods: 1 });
    assert.equal(alarmProps(stack).Metrics, undefined);
    const agnostic = newStack();
    new Metric({ namespace: 'NS', metricName: 'M', account: Aws.ACCOUNT_ID }).createAlarm(agnostic, 'Alarm', { threshold: 1, evaluationPeriods: 1 });
    assert.equal(alarmProps(agnostic).Metrics, undefined);
  });

  test('a metric attached to another stack keeps that account', () => {
    const app = new App();
    const producer = new Stack(app, 'Producer', { env: ENV });
    const consumer = new Stack(app, 'Consumer', { env: { account: '222222222222', region: 'us-east-1' } });
    new Metric({ namespace: 'NS', metricName: 'M' }).attachTo(producer).createAlarm(consumer, 'Alarm', { threshold: 1, evaluationPeriods: 1 });
    assert.equal(alarmProps(consumer).Metrics[0].AccountId, '111111111111');
  });

  test('a metric from another region is rejected, naming the alarm', () => {
    const stack = newStack(ENV);
    assert.throws(
      () => new Metric({ namespace: 'NS', metricName: 'M', region: 'eu-west-1' }).createAlarm(stack, 'Alarm', { threshold: 1, evaluationPeriods: 1 }),
      /\[Stack\/Alarm\] Cannot create an Alarm in region 'us-east-1' based on metric 'M' in 'eu-west-1'/);
  });

  test('a metric region is not checked in an environment-agnostic stack', () => {
    const stack = newStack();
    new Metric({ namespace: 'NS', metricName: 'M', region: 'eu-west-1' }).createAlarm(stack, 'Alarm', { threshold: 1, evaluationPeriods: 1 });
    assert.equal(alarmProps(stack).Namespace, 'NS');
  });

  test('an unrecognized statistic renders as ExtendedStatistic with an acknowledgeable warning', () => {
    const stack = newStack();
    new Metric({ namespace: 'NS', metricName: 'M', statistic: 'bogus' }).createAlarm(stack, 'Alarm', { threshold: 1, evaluationPeriods: 1 });
    assert.equal(alarmProps(stack).ExtendedStatistic, 'bogus');
    Annotations.fromStack(stack).hasWarning('/Stack/Alarm', Match.stringLikeRegexp('Unrecognized statistic "bogus".*\\[ack: CloudWatch:Alarm:UnrecognizedStatistic\\]'));
  });

  test('actions render in the order added, and only when some were added', () => {
    const stack = newStack();
    const alarm = new Alarm(stack, 'Alarm', { metric: new Metric({ namespace: 'NS', metricName: 'M' }), threshold: 1, evaluationPeriods: 1 });
    const bound: unknown[] = [];
    const action = (arn: string) => ({ bind: (scope: unknown, a: unknown) => { bound.push([scope, a]); return { alarmActionArn: arn }; } });
    alarm.addAlarmAction(action('a1'), action('a2'));
    alarm.addOkAction(action('ok'));
    alarm.addInsufficientDataAction();
    const props = alarmProps(stack);
    assert.deepEqual(props.AlarmActions, ['a1', 'a2']);
    assert.deepEqual(props.OKActions, ['ok']);
    assert.equal(props.InsufficientDataActions, undefined);
    assert.deepEqual(bound[0], [alarm, alarm]);
  });

  test('exposes its ARN, name, metric and alarm rule', () => {
    const stack = newStack();
    const metric = new Metric({ namespace: 'NS', metricName: 'M' });
    const alarm = new Alarm(stack, 'Alarm', { metric, threshold: 1, evaluationPeriods: 1 });
    assert.deepEqual(stack.resolve([alarm.alarmArn, alarm.alarmName]), [{ 'Fn::GetAtt': ['Alarm7103F465', 'Arn'] }, { Ref: 'Alarm7103F465' }]);
    assert.deepEqual(stack.resolve(alarm.alarmRef), { alarmArn: { 'Fn::GetAtt': ['Alarm7103F465', 'Arn'] }, alarmName: { Ref: 'Alarm7103F465' } });
    assert.equal(alarm.metric, metric);
    assert.deepEqual(stack.resolve(alarm.renderAlarmRule()), { 'Fn::Join': ['', ['ALARM("', { 'Fn::GetAtt': ['Alarm7103F465', 'Arn'] }, '")']] });
  });

  // Fails until core's Resource allows an explicitly named resource to be used across environments, as aws-cdk-lib does.
  test('a named alarm used from another account is referred to by a formatted ARN', () => {
    const app = new App();
    const producer = new Stack(app, 'Producer', { env: ENV });
    const consumer = new Stack(app, 'Consumer', { env: { account: '222222222222', region: 'us-east-1' } });
    const alarm = new Alarm(producer, 'Alarm', { alarmName: 'nm', metric: new Metric({ namespace: 'NS', metricName: 'M' }), threshold: 1, evaluationPeriods: 1 });
    assert.deepEqual(consumer.resolve(alarm.alarmArn),
      { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':cloudwatch:us-east-1:111111111111:alarm:nm']] });
    assert.equal(consumer.resolve(alarm.alarmName), 'nm');
  });
});

describe('imported alarms', () => {
  test('fromAlarmArn takes the name and environment from the ARN', () => {
    const stack = newStack();
    const alarm = Alarm.fromAlarmArn(stack, 'Imported', 'arn:aws:cloudwatch:eu-west-1:222222222222:alarm:foo');
    assert.equal(alarm.alarmName, 'foo');
    assert.equal(alarm.alarmArn, 'arn:aws:cloudwatch:eu-west-1:222222222222:alarm:foo');
    assert.deepEqual(alarm.env, { account: '222222222222', region: 'eu-west-1' });
  });

  test('fromAlarmName builds the ARN in the stack environment', () => {
    const stack = newStack(ENV);
    const alarm = Alarm.fromAlarmName(stack, 'Imported', 'bar');
    assert.equal(alarm.alarmName, 'bar');
    assert.deepEqual(stack.resolve(alarm.alarmArn), { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':cloudwatch:us-east-1:111111111111:alarm:bar']] });
  });
});
