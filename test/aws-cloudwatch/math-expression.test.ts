import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { App, Duration, Stack } from '../../src/core';
import { Template } from '../../src/assertions';
import { Alarm, MathExpression, Metric } from '../../src/aws-cloudwatch';

function metric(name: string, extra: Partial<ConstructorParameters<typeof Metric>[0]> = {}): Metric {
  return new Metric({ namespace: 'NS', metricName: name, ...extra });
}

function alarmMetrics(expression: MathExpression): any[] {
  const stack = new Stack(new App(), 'Stack');
  new Alarm(stack, 'Alarm', { metric: expression, threshold: 1, evaluationPeriods: 1 });
  return Object.values(Template.fromStack(stack).findResources('AWS::CloudWatch::Alarm'))[0].Properties.Metrics;
}

describe('MathExpression', () => {
  test('sets the periods of the metrics it uses to its own, with a warning when one changes', () => {
    const expr = new MathExpression({ expression: 'a / b', usingMetrics: { a: metric('A'), b: metric('B', { period: Duration.minutes(1) }) } });
    const config = expr.toMetricConfig();
    assert.equal(config.mathExpression?.period, 300);
    for (const used of Object.values(expr.usingMetrics)) {
      assert.equal(used.toMetricConfig().metricStat?.period.toSeconds(), 300);
    }
    assert.deepEqual(expr.warningsV2, {
      'CloudWatch:Math:MetricsPeriodsOverridden': "Periods of metrics in 'usingMetrics' for Math expression 'a / b' have been overridden to 300 seconds.",
    });
  });

  test('warns about identifiers missing from usingMetrics, ignoring functions and quoted text', () => {
    const expr = new MathExpression({ expression: "a + qq + FILL(a, 0) + m1 + 'foo bar'", usingMetrics: { a: metric('A') } });
    assert.deepEqual(expr.warningsV2, {
      'CloudWatch:Math:UnknownIdentifier': "Math expression 'a + qq + FILL(a, 0) + m1 + 'foo bar'' references unknown identifiers: qq, m1. Please add them to the 'usingMetrics' map.",
    });
  });

  test('passes on the warnings of the metrics it uses', () => {
    const expr = new MathExpression({ expression: 'a', usingMetrics: { a: metric('A', { statistic: 'bogus' }) } });
    assert.ok(expr.warningsV2?.['CloudWatch:Alarm:UnrecognizedStatistic']);
    assert.equal(new MathExpression({ expression: 'a', usingMetrics: { a: metric('A') } }).warningsV2, undefined);
  });

  test('rejects variable names that do not start with a lower-case letter', () => {
    assert.throws(() => new MathExpression({ expression: 'A + B', usingMetrics: { A: metric('A'), B: metric('B'), c_1: metric('C') } }),
      /Invalid variable names in expression: A,B\. Must start with lowercase letter and only contain alphanumerics\./);
  });

  test('with returns the expression itself when nothing changes', () => {
    const expr = new MathExpression({ expression: 'a', usingMetrics: { a: metric('A') }, label: 'L' });
    assert.equal(expr.with({ period: Duration.minutes(5), label: 'L' }), expr);
    const changed = expr.with({ label: 'Z' });
    assert.notEqual(changed, expr);
    assert.equal(changed.label, 'Z');
    assert.equal(changed.expression, 'a');
  });

  test('renders its config with period in seconds and rendering properties', () => {
    const expr = new MathExpression({ expression: 'a', usingMetrics: { a: metric('A') }, label: 'L', color: '#f', searchAccount: '1', searchRegion: 'r' });
    const config = expr.toMetricConfig();
    assert.deepEqual({ ...config.mathExpression, usingMetrics: Object.keys(config.mathExpression!.usingMetrics) },
      { period: 300, expression: 'a', usingMetrics: ['a'], searchAccount: '1', searchRegion: 'r' });
    assert.deepEqual(config.renderingProperties, { label: 'L', color: '#f' });
  });

  test('toString is the label, else the expression', () => {
    assert.equal(String(new MathExpression({ expression: 'a + 1' })), 'a + 1');
    assert.equal(String(new MathExpression({ expression: 'a + 1', label: 'L' })), 'L');
  });
});

describe('alarms on math expressions', () => {
  test('render the expression, then its metrics at the expression period', () => {
    const metrics = alarmMetrics(new MathExpression({
      expression: 'a / b', label: 'rate',
      usingMetrics: { a: metric('A', { statistic: 'Sum', dimensionsMap: { D: 'd' } }), b: metric('B', { label: 'bl', period: Duration.minutes(1) }) },
    }));
    assert.deepEqual(metrics, [
      { Expression: 'a / b', Id: 'expr_1', Label: 'rate', ReturnData: true },
      { Id: 'a', MetricStat: { Metric: { Dimensions: [{ Name: 'D', Value: 'd' }], MetricName: 'A', Namespace: 'NS' }, Period: 300, Stat: 'Sum' }, ReturnData: false },
      { Id: 'b', Label: 'bl', MetricStat: { Metric: { MetricName: 'B', Namespace: 'NS' }, Period: 300, Stat: 'Average' }, ReturnData: false },
    ]);
  });

  test('list nested expressions depth first and an id reused for the same metric once', () => {
    const inner = new MathExpression({ expression: 'a + b', usingMetrics: { a: metric('A'), b: metric('B') }, period: Duration.minutes(1) });
    const other = new MathExpression({ expression: 'd * 2', usingMetrics: { d: metric('D') } });
    const metrics = alarmMetrics(new MathExpression({ expression: 'x + y + c + z', usingMetrics: { x: inner, c: metric('C'), y: other, z: inner } }));
    assert.deepEqual(metrics.map(m => m.Id), ['expr_1', 'x', 'a', 'b', 'c', 'y', 'd', 'z']);
    assert.deepEqual(metrics.map(m => m.ReturnData), [true, false, false, false, false, false, false, false]);
    assert.equal(metrics[2].MetricStat.Period, 300);
  });

  test('reject an id used for two different metrics', () => {
    const inner = new MathExpression({ expression: 'a', usingMetrics: { a: metric('A') } });
    assert.throws(() => alarmMetrics(new MathExpression({ expression: 'x + a', usingMetrics: { x: inner, a: metric('Other') } })),
      /The ID 'a' used for two metrics in the expression: 'Other' and 'A'\. Rename one\./);
  });

  test('render the account of metrics from other accounts', () => {
    const metrics = alarmMetrics(new MathExpression({ expression: 'a', usingMetrics: { a: metric('A', { account: '222222222222' }) } }));
    assert.equal(metrics[1].AccountId, '222222222222');
  });
});
