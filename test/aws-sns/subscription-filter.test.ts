import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { FilterOrPolicy, FilterOrPolicyType, SubscriptionFilter } from '../../src/aws-sns';

describe('SubscriptionFilter', () => {
  test('a string filter lists values, then anything-but, prefixes and suffixes', () => {
    const filter = SubscriptionFilter.stringFilter({ allowlist: ['a', 'b'], denylist: ['c'], matchPrefixes: ['p'], matchSuffixes: ['s1', 's2'] });
    assert.deepEqual(filter.conditions, ['a', 'b', { 'anything-but': ['c'] }, { prefix: 'p' }, { suffix: 's1' }, { suffix: 's2' }]);
  });

  test('a numeric filter lists equalities, comparisons, then ranges', () => {
    const filter = SubscriptionFilter.numericFilter({
      allowlist: [1], greaterThan: 2, greaterThanOrEqualTo: 3, lessThan: 4, lessThanOrEqualTo: 5,
      between: { start: 6, stop: 7 }, betweenStrict: { start: 8, stop: 9 },
    });
    assert.deepEqual(filter.conditions, [
      { numeric: ['=', 1] }, { numeric: ['>', 2] }, { numeric: ['>=', 3] }, { numeric: ['<', 4] }, { numeric: ['<=', 5] },
      { numeric: ['>=', 6, '<=', 7] }, { numeric: ['>', 8, '<', 9] },
    ]);
  });

  test('exists and not-exists filters', () => {
    assert.deepEqual(SubscriptionFilter.existsFilter().conditions, [{ exists: true }]);
    assert.deepEqual(SubscriptionFilter.notExistsFilter().conditions, [{ exists: false }]);
  });

  test('FilterOrPolicy tells filters from nested policies', () => {
    const filter = FilterOrPolicy.filter(SubscriptionFilter.existsFilter());
    const policy = FilterOrPolicy.policy({ a: filter });
    assert.equal(filter.type, FilterOrPolicyType.FILTER);
    assert.equal(policy.type, FilterOrPolicyType.POLICY);
    assert.ok(filter.isFilter() && !filter.isPolicy());
    assert.ok(policy.isPolicy() && !policy.isFilter());
  });
});
