import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Duration, Expiration } from '../../src/core';

describe('Expiration', () => {
  test('atDate keeps the given date and toEpoch rounds to the nearest second', () => {
    assert.equal(Expiration.atDate(new Date(Date.UTC(2030, 0, 1))).toEpoch(), 1_893_456_000);
    assert.equal(Expiration.atDate(new Date(Date.UTC(2030, 0, 1, 0, 0, 0, 999))).toEpoch(), 1_893_456_001);
  });

  test('atTimestamp takes Unix milliseconds', () => {
    assert.equal(Expiration.atTimestamp(1_893_456_000_123).date.toISOString(), '2030-01-01T00:00:00.123Z');
    assert.equal(Expiration.atTimestamp(-1000).toEpoch(), -1);
  });

  test('fromString parses the string as a Date does', () => {
    assert.equal(Expiration.fromString('2030-01-01T00:00:00Z').toEpoch(), 1_893_456_000);
    assert.equal(Expiration.fromString('Wed, 01 Jan 2030 00:00:00 GMT').toEpoch(), 1_893_456_000);
  });

  test('fromString of an unparseable string gives an invalid date', () => {
    assert.ok(Number.isNaN(Expiration.fromString('nope').toEpoch()));
  });

  test('after adds the duration to the current time', () => {
    const before = Date.now();
    const expiration = Expiration.after(Duration.hours(1));
    const after = Date.now();
    assert.ok(expiration.date.getTime() >= before + 3_600_000 && expiration.date.getTime() <= after + 3_600_000);
  });

  test('after needs a whole number of milliseconds', () => {
    assert.throws(() => Expiration.after(Duration.millis(1.5)), /whole number of millis/);
  });

  test('isBefore and isAfter compare with the moment the duration from now', () => {
    const inOneHour = Expiration.atTimestamp(Date.now() + 3_600_000);
    assert.equal(inOneHour.isBefore(Duration.minutes(90)), true);
    assert.equal(inOneHour.isBefore(Duration.minutes(30)), false);
    assert.equal(inOneHour.isAfter(Duration.minutes(30)), true);
    assert.equal(inOneHour.isAfter(Duration.minutes(90)), false);
  });
});
