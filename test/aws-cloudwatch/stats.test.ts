import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Statistic, Stats } from '../../src/aws-cloudwatch';
import { parseStatistic } from '../../src/aws-cloudwatch/private/statistic';

describe('Stats', () => {
  test('builds single percentile statistics in lower case', () => {
    assert.deepEqual([Stats.percentile(99), Stats.p(99.9), Stats.trimmedMean(10), Stats.wm(5), Stats.tc(1), Stats.ts(2)],
      ['p99', 'p99.9', 'tm10', 'wm5', 'tc1', 'ts2']);
  });

  test('builds percentile ranges in upper case', () => {
    assert.deepEqual([Stats.tm(10, 90), Stats.winsorizedMean(1, 2), Stats.trimmedCount(5, 10), Stats.trimmedSum(5, 10)],
      ['TM(10%:90%)', 'WM(1%:2%)', 'TC(5%:10%)', 'TS(5%:10%)']);
  });

  test('builds percentile ranks from one or two values', () => {
    assert.equal(Stats.percentileRank(100), 'PR(:100)');
    assert.equal(Stats.pr(1, 200), 'PR(1:200)');
  });

  test('rejects percentages outside 0 to 100', () => {
    assert.throws(() => Stats.percentile(101), /Expecting a percentage, got: 101/);
    assert.throws(() => Stats.trimmedMean(-1), /Expecting a percentage, got: -1/);
    assert.throws(() => Stats.trimmedMean(1, 101), /got: 101/);
  });

  test('has the simple statistics as constants', () => {
    assert.deepEqual([Stats.SAMPLE_COUNT, Stats.AVERAGE, Stats.SUM, Stats.MINIMUM, Stats.MAXIMUM, Stats.IQM],
      ['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum', 'IQM']);
    assert.deepEqual([Statistic.SAMPLE_COUNT, Statistic.AVERAGE, Statistic.SUM, Statistic.MINIMUM, Statistic.MAXIMUM],
      ['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum']);
  });
});

describe('statistic parsing (as aws-cdk-lib renders them)', () => {
  const cases: Array<[string, string, boolean, boolean]> = [
    // input, rendered, simple, recognized
    ['Average', 'Average', true, true], ['avg', 'Average', true, true], ['AVG', 'Average', true, true],
    ['sum', 'Sum', true, true], ['min', 'Minimum', true, true], ['MAXIMUM', 'Maximum', true, true],
    ['samplecount', 'SampleCount', true, true], ['N', 'SampleCount', true, true],
    ['P99', 'p99', false, true], ['TM99', 'tm99', false, true], ['P100.0', 'p100.0', false, true], ['P00', 'p00', false, true],
    ['P101', 'P101', false, false], ['P1.', 'P1.', false, false], ['P.5', 'P.5', false, false], ['PR99', 'PR99', false, false],
    ['iqm', 'IQM', false, true],
    ['tm(10%:90%)', 'TM(10%:90%)', false, true], ['tm(10:90)', 'TM(10:90)', false, true], ['tm(1e3:2)', 'TM(1E3:2)', false, true],
    ['tm(10%:)', 'TM(10%:)', false, true], ['tm(:2%)', 'TM(:2%)', false, true], ['pr(1.5:2)', 'PR(1.5:2)', false, true],
    ['tm(1:2:3)', 'TM(1:2:3)', false, true], ['tm(100%:2%)', 'TM(100%:2%)', false, true],
    ['tm(10%:90)', 'tm(10%:90)', false, false], ['tm(:)', 'tm(:)', false, false], ['tm()', 'tm()', false, false],
    ['tm(-1:2)', 'tm(-1:2)', false, false], ['tm(abc:2)', 'tm(abc:2)', false, false], ['tm(100.5%:)', 'tm(100.5%:)', false, false],
    ['iqm(1:2)', 'iqm(1:2)', false, false], ['p(1%:2%)', 'p(1%:2%)', false, false], [' p99', ' p99', false, false],
    ['bogus', 'bogus', false, false],
  ];
  for (const [input, rendered, simple, recognized] of cases) {
    test(`'${input}' renders as '${rendered}' (${simple ? 'Statistic' : 'ExtendedStatistic'}, ${recognized ? 'recognized' : 'unrecognized'})`, () => {
      assert.deepEqual(parseStatistic(input), { statistic: rendered, simple, recognized });
    });
  }
});
