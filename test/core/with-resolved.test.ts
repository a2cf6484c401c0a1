import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { App, CfnResource, JsonNull, Stack, withResolved } from '../../src/core';

describe('withResolved and JsonNull', () => {
  test('withResolved calls back only when no value is a token', () => {
    const stack = new Stack(new App(), 'S');
    const calls: unknown[][] = [];
    withResolved('a', 1, (a, b) => { calls.push([a, b]); });
    withResolved(stack.region, () => { calls.push(['region']); });
    withResolved(5, stack.account, 'x', () => { calls.push(['mixed']); });
    assert.deepEqual(calls, [['a', 1]]);
  });

  test('JsonNull renders as null in templates and in JSON', () => {
    const stack = new Stack(new App(), 'S');
    const resource = new CfnResource(stack, 'R', { type: 'Custom::Thing', properties: { Value: JsonNull.INSTANCE, Dropped: undefined } });
    assert.deepEqual(stack.resolve((resource as any)._toCloudFormation()).Properties, { Value: null });
    assert.equal(JSON.stringify({ a: JsonNull.INSTANCE }), '{"a":null}');
    assert.equal(`${JsonNull.INSTANCE}`, 'null');
  });
});
