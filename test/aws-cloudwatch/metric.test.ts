import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { App, Duration, Fn, Stack } from '../../src/core';
import { Template } from '../../src/assertions';
import { Metric, Unit } from '../../src/aws-cloudwatch';
import { Role, ServicePrincipal } from '../../src/aws-iam';

function metric(extra: Partial<ConstructorParameters<typeof Metric>[0]> = {}): Metric {
  return new Metric({ namespace: 'NS', metricName: 'M', ...extra });
}

describe('Metric', () => {
  test('defaults to the Average statistic over 5 minutes', () => {
    const m = metric();
    assert.equal(m.statistic, 'Average');
    assert.equal(m.period.toSeconds(), 300);
    assert.deepEqual(m.toMetricConfig(), {
      metricStat: { namespace: 'NS', metricName: 'M', period: m.period, statistic: 'Average' },
      renderingProperties: {},
    });
  });

  test('lists dimensions sorted by name, keeping the map as given', () => {
    const m = metric({ dimensionsMap: { B: 'b', A: 'a' } });
    assert.deepEqual(m.toMetricConfig().metricStat?.dimensions, [{ name: 'A', value: 'a' }, { name: 'B', value: 'b' }]);
    assert.deepEqual(Object.keys(m.dimensions!), ['B', 'A']);
  });

  test('an empty dimension map lists no dimensions', () => {
    assert.equal(metric({ dimensionsMap: {} }).toMetricConfig().metricStat?.dimensions, undefined);
  });

  test('normalizes the statistic it stores', () => {
    assert.equal(metric({ statistic: 'avg' }).statistic, 'Average');
    assert.equal(metric({ statistic: 'n' }).statistic, 'SampleCount');
    assert.equal(metric({ statistic: 'P99' }).statistic, 'p99');
    assert.equal(metric({ statistic: 'tm(10%:90%)' }).statistic, 'TM(10%:90%)');
  });

  test('an unrecognized statistic is kept and earns a warning', () => {
    const m = metric({ statistic: 'bogus' });
    assert.equal(m.statistic, 'bogus');
    assert.match(m.warningsV2!['CloudWatch:Alarm:UnrecognizedStatistic'], /^Unrecognized statistic "bogus" for metric with namespace "NS" and metric name "M"/);
    assert.equal(m.warnings?.length, 1);
    assert.equal(metric({ statistic: 'p99' }).warningsV2, undefined);
  });

  test('renders unit, label, color, id and visibility into the config', () => {
    const m = metric({ unit: Unit.COUNT, label: 'L', color: '#fff', id: 'abc', visible: false });
    const config = m.toMetricConfig();
    assert.equal(config.metricStat?.unitFilter, 'Count');
    assert.deepEqual(config.renderingProperties, { color: '#fff', label: 'L', id: 'abc', visible: false });
  });

  test('rejects a period that CloudWatch does not support', () => {
    assert.throws(() => metric({ period: Duration.seconds(90) }), /'period' must be 1, 5, 10, 30, or a multiple of 60 seconds, received 90/);
    for (const seconds of [1, 5, 10, 30, 60, 86400]) {
      assert.equal(metric({ period: Duration.seconds(seconds) }).period.toSeconds(), seconds);
    }
  });

  test('rejects more than 30 dimensions', () => {
    const dims: { [k: string]: string } = {};
    for (let i = 0; i < 31; i++) { dims[`k${i}`] = 'v'; }
    assert.throws(() => metric({ dimensionsMap: dims }), /The maximum number of dimensions is 30, received 31/);
  });

  test('rejects empty or over-long dimension names and values, and missing values', () => {
    assert.throws(() => metric({ dimensionsMap: { '': 'v' } }), /Dimension name must be at least 1 and no more than 255 characters/);
    assert.throws(() => metric({ dimensionsMap: { k: '' } }), /Dimension value must be at least 1 and no more than 255 characters/);
    assert.throws(() => metric({ dimensionsMap: { k: 'v'.repeat(256) } }), /Dimension value must be/);
    assert.throws(() => metric({ dimensionsMap: { k: undefined as unknown as string } }), /Dimension value of 'undefined' is invalid for key: k/);
  });

  test('accepts token dimension values', () => {
    const m = metric({ dimensionsMap: { FunctionName: Fn.ref('Fn') } });
    assert.equal(m.toMetricConfig().metricStat?.dimensions?.length, 1);
  });

  test('toString is the label, else the metric name', () => {
    assert.equal(metric().toString(), 'M');
    assert.equal(metric({ label: 'X' }).toString(), 'X');
  });
});

describe('Metric.with', () => {
  test('returns the metric itself when nothing changes', () => {
    const m = metric({ statistic: 'Average', label: 'L' });
    assert.equal(m.with({}), m);
    assert.equal(m.with({ statistic: 'Average', period: Duration.seconds(300), label: 'L' }), m);
  });

  test('returns a new metric when a value changes, keeping the others', () => {
    const m = metric({ dimensionsMap: { a: 'b' }, unit: Unit.COUNT });
    const changed = m.with({ statistic: 'Sum', period: Duration.minutes(1) });
    assert.notEqual(changed, m);
    assert.equal(changed.statistic, 'Sum');
    assert.equal(changed.period.toSeconds(), 60);
    assert.equal(changed.unit, Unit.COUNT);
    assert.deepEqual(changed.toMetricConfig().metricStat?.dimensions, [{ name: 'a', value: 'b' }]);
  });

  test('a statistic spelled differently counts as a change', () => {
    const m = metric();
    const changed = m.with({ statistic: 'avg' });
    assert.notEqual(changed, m);
    assert.equal(changed.statistic, 'Average');
  });

  test('dimensions given to with replace all dimensions', () => {
    const m = metric({ dimensionsMap: { a: 'b' } });
    assert.deepEqual(m.with({ dimensionsMap: { c: 'd' } }).toMetricConfig().metricStat?.dimensions, [{ name: 'c', value: 'd' }]);
  });

  test('account and region given to with are overrides', () => {
    const m = metric({ account: '2' }).with({ account: '3', region: 'r' });
    assert.deepEqual(m.toMetricConfig().metricStat, {
      namespace: 'NS', metricName: 'M', period: m.period, statistic: 'Average',
      account: '3', region: 'r', accountOverride: '3', regionOverride: 'r',
    });
  });

  test('validates the new period', () => {
    assert.throws(() => metric().with({ period: Duration.seconds(7) }), /received 7/);
  });
});

describe('Metric.attachTo', () => {
  test('takes account and region from a stack with a concrete environment', () => {
    const stack = new Stack(new App(), 'S', { env: { account: '111111111111', region: 'us-east-1' } });
    const m = metric();
    const attached = m.attachTo(stack);
    assert.notEqual(attached, m);
    assert.equal(attached.account, '111111111111');
    assert.equal(attached.region, 'us-east-1');
    const stat = attached.toMetricConfig().metricStat!;
    assert.equal(stat.account, '111111111111');
    assert.equal(stat.accountOverride, undefined);
    assert.equal(attached.attachTo(stack), attached);
  });

  test('leaves the metric alone in an environment-agnostic stack', () => {
    const stack = new Stack(new App(), 'S');
    const m = metric();
    assert.equal(m.attachTo(stack), m);
    assert.equal(m.account, undefined);
  });

  test('an explicit account wins over the attached stack account', () => {
    const stack = new Stack(new App(), 'S', { env: { account: '111111111111', region: 'us-east-1' } });
    const attached = metric({ account: '2' }).attachTo(stack);
    assert.equal(attached.account, '2');
    assert.equal(attached.region, 'us-east-1');
  });
});

describe('Metric.grantPutMetricData', () => {
  test('allows cloudwatch:PutMetricData on all resources', () => {
    const stack = new Stack(new App(), 'S');
    const role = new Role(stack, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    Metric.grantPutMetricData(role);
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: 'cloudwatch:PutMetricData', Effect: 'Allow', Resource: '*' }], Version: '2012-10-17' },
    });
  });
});
