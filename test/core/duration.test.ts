import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { App, Duration, Fn, Stack, Token } from '../../src/core';

describe('Duration factories and conversions', () => {
  test('converting to a smaller unit multiplies by the ratio of the units', () => {
    assert.equal(Duration.days(1).toMilliseconds(), 86_400_000);
    assert.equal(Duration.hours(2).toMinutes(), 120);
    assert.equal(Duration.minutes(1.5).toSeconds(), 90);
    assert.equal(Duration.seconds(1.5).toMilliseconds(), 1500);
  });

  test('converting to a larger unit returns a whole number when it divides evenly', () => {
    assert.equal(Duration.millis(60_000).toMinutes(), 1);
    assert.equal(Duration.hours(48).toDays(), 2);
  });

  test('a conversion that is not a whole number throws by default and names the duration and target unit', () => {
    assert.throws(() => Duration.millis(1500).toSeconds(), /Duration\.millis\(1500\) cannot be converted into a whole number of seconds/);
    assert.throws(() => Duration.hours(1.1).toMilliseconds(), /whole number of millis/);
  });

  test('reading a fractional amount back in its own unit also requires a whole number', () => {
    assert.throws(() => Duration.seconds(1.5).toSeconds(), /whole number of seconds/);
    assert.equal(Duration.seconds(1.5).toSeconds({ integral: false }), 1.5);
  });

  test('integral: false returns the fractional result', () => {
    assert.equal(Duration.millis(1500).toSeconds({ integral: false }), 1.5);
    assert.equal(Duration.seconds(1).toDays({ integral: false }), 1 / 86_400);
  });

  test('the conversion multiplies before dividing, so 0.1 minutes is exactly 6 seconds', () => {
    assert.equal(Duration.minutes(0.1).toSeconds(), 6);
  });

  test('NaN and Infinity are never whole numbers', () => {
    assert.throws(() => Duration.seconds(NaN).toSeconds());
    assert.throws(() => Duration.seconds(Infinity).toSeconds());
  });

  test('a negative amount is rejected with the amount in the message', () => {
    assert.throws(() => Duration.seconds(-1), /cannot be negative, got Duration\.seconds\(-1\)/);
  });

  test('zero is allowed in every unit', () => {
    assert.equal(Duration.days(0).toMilliseconds(), 0);
  });
});

describe('Duration.parse', () => {
  test('parses days, hours, minutes and seconds into milliseconds', () => {
    assert.equal(Duration.parse('P1DT1H1M1S').toMilliseconds(), 90_061_000);
    assert.equal(Duration.parse('PT90M').toMinutes(), 90);
    assert.equal(Duration.parse('P1D').unitLabel(), 'millis');
  });

  test('accepts up to three fractional digits of seconds', () => {
    assert.equal(Duration.parse('PT1.5S').toMilliseconds(), 1500);
    assert.equal(Duration.parse('PT1.123S').toMilliseconds(), 1123);
    assert.equal(Duration.parse('PT1.05S').toMilliseconds(), 1050);
    assert.equal(Duration.parse('PT1.S').toMilliseconds(), 1000);
  });

  test('accepts zero and a trailing empty time part', () => {
    assert.equal(Duration.parse('PT0S').toMilliseconds(), 0);
    assert.equal(Duration.parse('P1DT').toDays(), 1);
  });

  for (const invalid of ['P', 'PT', 'PT1.1234S', 'PT.5S', 'P1W', 'P1Y', 'pt1s', 'PT-1S', 'PT1,5S', 'PT1H1.5M', ' PT1S']) {
    test(`rejects '${invalid}' naming the input and the accepted form`, () => {
      assert.throws(() => Duration.parse(invalid), (e: Error) => e.message.includes(`'${invalid}' is not an ISO 8601 duration`));
    });
  }
});

describe('Duration formatting', () => {
  test('toIsoString breaks the duration into days and time parts', () => {
    assert.equal(Duration.seconds(90_061).toIsoString(), 'P1DT1H1M1S');
    assert.equal(Duration.hours(36).toIsoString(), 'P1DT12H');
    assert.equal(Duration.days(10).toIsoString(), 'P10D');
    assert.equal(Duration.days(0.5).toIsoString(), 'PT12H');
  });

  test('toIsoString renders zero as PT0S', () => {
    assert.equal(Duration.seconds(0).toIsoString(), 'PT0S');
    assert.equal(Duration.days(0).toIsoString(), 'PT0S');
  });

  test('toIsoString keeps milliseconds as fractional seconds', () => {
    assert.equal(Duration.millis(1500).toIsoString(), 'PT1.5S');
    assert.equal(Duration.millis(1.5).toIsoString(), 'PT0.0015S');
    assert.equal(Duration.millis(86_400_001).toIsoString(), 'P1DT0.001S');
  });

  test('toISOString is the deprecated spelling of toIsoString', () => {
    assert.equal(Duration.minutes(5).toISOString(), 'PT5M');
  });

  test('toHumanString shows at most the two largest parts, singular for 1', () => {
    assert.equal(Duration.seconds(90_061).toHumanString(), '1 day 1 hour');
    assert.equal(Duration.days(2).toHumanString(), '2 days');
    assert.equal(Duration.minutes(1.5).toHumanString(), '1 minute 30 seconds');
    assert.equal(Duration.millis(1).toHumanString(), '1 milli');
  });

  test('toHumanString skips zero parts and keeps fractional milliseconds', () => {
    assert.equal(Duration.seconds(86_401).toHumanString(), '1 day 1 second');
    assert.equal(Duration.millis(1001.25).toHumanString(), '1 second 1.25 millis');
    assert.equal(Duration.millis(60_000.5).toHumanString(), '1 minute 0.5 millis');
  });

  test('toHumanString drops a sub-microsecond rest', () => {
    assert.equal(Duration.millis(1000.0001).toHumanString(), '1 second');
    assert.equal(Duration.millis(0.0001).toHumanString(), '');
  });

  test('toHumanString of zero keeps the unit it was created with', () => {
    assert.equal(Duration.seconds(0).toHumanString(), '0 seconds');
    assert.equal(Duration.days(0).toHumanString(), '0 days');
  });

  test('toString names the factory and the amount', () => {
    assert.equal(Duration.minutes(1.5).toString(), 'Duration.minutes(1.5)');
    assert.equal(String(Duration.millis(3)), 'Duration.millis(3)');
  });

  test('unitLabel and formatTokenToNumber use the plural unit label', () => {
    assert.equal(Duration.millis(3).unitLabel(), 'millis');
    assert.equal(Duration.minutes(1).formatTokenToNumber(), '1 minutes');
  });
});

describe('Duration arithmetic', () => {
  test('plus expresses the sum in the finer unit', () => {
    assert.equal(Duration.seconds(1).plus(Duration.minutes(1)).toString(), 'Duration.seconds(61)');
    assert.equal(Duration.hours(1).plus(Duration.days(2)).toString(), 'Duration.hours(49)');
    assert.equal(Duration.minutes(1).plus(Duration.minutes(2)).toString(), 'Duration.minutes(3)');
  });

  test('minus expresses the difference in the finer unit', () => {
    assert.equal(Duration.minutes(1).minus(Duration.seconds(1)).toString(), 'Duration.seconds(59)');
  });

  test('minus that would go below zero throws', () => {
    assert.throws(() => Duration.seconds(1).minus(Duration.minutes(1)), /cannot be negative/);
  });

  test('plus needs both amounts to be whole in the finer unit', () => {
    assert.throws(() => Duration.hours(0).plus(Duration.millis(14.5)), /whole number of millis/);
  });
});

describe('Duration with a token amount', () => {
  const tokenAmount = () => Token.asNumber({ resolve: () => 42 });

  test('a token amount is unresolved and a literal one is not', () => {
    const d = Duration.seconds(tokenAmount());
    assert.equal(d.isUnresolved(), true);
    assert.equal(Duration.seconds(5).isUnresolved(), false);
  });

  test('can be read back in its own unit', () => {
    const amount = tokenAmount();
    assert.equal(Duration.seconds(amount).toSeconds(), amount);
  });

  test('cannot be converted to another unit, and the error names the unit to use', () => {
    assert.throws(() => Duration.seconds(tokenAmount()).toMinutes(),
      /Duration must be specified as 'Duration\.minutes\(\)' here: its amount is a token/);
  });

  test('cannot be rendered as ISO 8601', () => {
    assert.throws(() => Duration.millis(tokenAmount()).toIsoString(), /Duration\.millis\(<token>\) cannot be rendered/);
  });

  test('toHumanString shows a placeholder', () => {
    assert.equal(Duration.minutes(tokenAmount()).toHumanString(), '<token> minutes');
  });

  test('formatTokenToNumber resolves to a join of the token and the unit', () => {
    const stack = new Stack(new App(), 'Stack');
    const amount = Token.asNumber(Fn.getAtt('Res', 'Timeout'));
    assert.deepEqual(stack.resolve(Duration.seconds(amount).formatTokenToNumber()),
      { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['Res', 'Timeout'] }, ' seconds']] });
  });
});
