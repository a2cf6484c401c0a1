import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Match, Tags } from '../../src/assertions';
import { App, CfnResource, Stack } from '../../src/core';

// Outcomes marked "oracle" were checked against aws-cdk-lib 2.276 assertions.

function stackWithTags(tags?: { [key: string]: string }): Stack {
  const stack = new Stack(new App(), 'MyStack', { tags });
  new CfnResource(stack, 'R', { type: 'X::Y' });
  return stack;
}

describe('Tags', () => {
  test('all() returns the stack tags from the manifest (oracle)', () => {
    assert.deepEqual(Tags.fromStack(stackWithTags({ team: 'x' })).all(), { team: 'x' });
  });

  test('all() is empty for a stack without tags (oracle)', () => {
    assert.deepEqual(Tags.fromStack(stackWithTags()).all(), {});
  });

  test('hasValues matches partially and accepts matchers (oracle)', () => {
    const tags = Tags.fromStack(stackWithTags({ team: 'x', env: 'dev' }));
    tags.hasValues({ team: 'x' });
    tags.hasValues({ env: Match.stringLikeRegexp('^de') });
    tags.hasValues(Match.objectEquals({ team: 'x', env: Match.anyValue() }));
  });

  test('hasValues failure shows the tags with the difference (oracle)', () => {
    assert.throws(() => Tags.fromStack(stackWithTags({ team: 'x' })).hasValues({ team: 'y' }),
      /Stack tags did not match as expected:\n\{\n {2}!! Expected 'y' but received 'x'\n {2}"team": "x"\n\}/);
  });

  test('hasNone passes without tags and fails naming the unexpected tag (oracle)', () => {
    Tags.fromStack(stackWithTags()).hasNone();
    assert.throws(() => Tags.fromStack(stackWithTags({ team: 'x' })).hasNone(), /Unexpected key 'team'/);
  });

  test('hasValues refuses Match.absent() and points to hasNone (oracle)', () => {
    assert.throws(() => Tags.fromStack(stackWithTags()).hasValues(Match.absent()), /Use Tags.hasNone\(\) instead/);
  });
});
