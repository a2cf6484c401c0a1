import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { TimeZone } from '../../src/core';

describe('TimeZone', () => {
  test('constants carry the IANA name', () => {
    assert.equal(TimeZone.ETC_UTC.timezoneName, 'Etc/UTC');
    assert.equal(TimeZone.EUROPE_LONDON.timezoneName, 'Europe/London');
    assert.equal(TimeZone.AMERICA_NEW_YORK.timezoneName, 'America/New_York');
  });

  test('minus and plus in names are spelled out in the constant names', () => {
    assert.equal(TimeZone.AMERICA_PORT_MINUS_AU_MINUS_PRINCE.timezoneName, 'America/Port-au-Prince');
    assert.equal(TimeZone.ETC_GMT_PLUS_1.timezoneName, 'Etc/GMT+1');
    assert.equal(TimeZone.ETC_GMT_MINUS_14.timezoneName, 'Etc/GMT-14');
  });

  test('every constant is named after its zone', () => {
    const constants = Object.entries(TimeZone).filter(([, v]) => v instanceof TimeZone) as Array<[string, TimeZone]>;
    assert.equal(constants.length, 352);
    for (const [name, zone] of constants) {
      assert.equal(name, zone.timezoneName.toUpperCase().replace(/\//g, '_').replace(/-/g, '_MINUS_').replace(/\+/g, '_PLUS_'));
    }
  });

  test('of accepts any name as is', () => {
    assert.equal(TimeZone.of('Foo/Bar').timezoneName, 'Foo/Bar');
  });
});
