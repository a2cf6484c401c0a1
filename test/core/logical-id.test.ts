import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Construct } from 'constructs';
import { App, CfnResource, Stack } from '../../src/core';
import { makeUniqueId } from '../../src/core/logical-id';

// Expected IDs were observed from aws-cdk-lib 2.276.0 for the same construct paths.
describe('logical IDs', () => {
  const cases: Array<[string[], string]> = [
    [['Top-Level_x'], 'TopLevelx'],
    [['Resource'], 'Resource'],
    [['Level1', 'Default', 'Resource'], 'Level1ABBD39B3'],
    [['A', 'Resource', 'B'], 'AB1CD9EF1B'],
    [['A', 'Default', 'Default'], 'A'],
    [['Bucket', 'Bucket'], 'BucketDC7D6F65'],
    [['MyBucket', 'Bucket'], 'MyBucketAD8CE4AC'],
    [['Bucket', 'MyBucket'], 'BucketMyBucketF07DE4E2'],
    [['Bucket', 'BucketX', 'Bucket'], 'BucketBucketXBucketA0AD9DA4'],
    [['Foo', 'Foo', 'Resource'], 'Foo5C4376F1'],
    [['Resource', 'Resource'], 'CF9390BA'],
    [['Ünï', 'cödé'], 'ncd8F738E6B'],
    [['A', 'DefaultX'], 'ADefaultX5A978253'],
  ];
  for (const [path, expected] of cases) {
    test(`the path ${path.join('/')} gets the logical ID ${expected}`, () => {
      assert.equal(makeUniqueId(path), expected);
    });
  }

  test('the readable part is cut to 240 characters and the hash kept', () => {
    const id = makeUniqueId(['x'.repeat(100), 'y'.repeat(100), 'z'.repeat(100)]);
    assert.equal(id.length, 248);
    assert.ok(id.endsWith('53AECCDB'));
  });

  test('a path of only Default components cannot have an ID', () => {
    assert.throws(() => makeUniqueId(['Default']), /empty set of components/);
  });

  test('an element whose ID has no letters or digits fails at synthesis, naming its path', () => {
    const app = new App();
    const stack = new Stack(app, 'S');
    new CfnResource(stack, '$$$', { type: 'AWS::SNS::Topic' });
    assert.throws(() => app.synth(), /\[S\/\$\$\$\].*logical ID must match/);
  });

  test('overrideLogicalId replaces the allocated ID, renameLogicalId renames it stack-wide', () => {
    const app = new App();
    const stack = new Stack(app, 'S');
    const a = new CfnResource(new Construct(stack, 'Group'), 'A', { type: 'AWS::SNS::Topic' });
    const b = new CfnResource(stack, 'B', { type: 'AWS::SNS::Topic' });
    a.overrideLogicalId('Custom');
    stack.renameLogicalId('B', 'Renamed');
    assert.equal(stack.resolve(a.logicalId), 'Custom');
    assert.equal(stack.resolve(b.logicalId), 'Renamed');
  });

  test('two elements with the same final logical ID fail synthesis, naming both paths', () => {
    const app = new App();
    const stack = new Stack(app, 'S');
    new CfnResource(stack, 'A', { type: 'AWS::SNS::Topic' }).overrideLogicalId('Same');
    new CfnResource(stack, 'B', { type: 'AWS::SNS::Topic' }).overrideLogicalId('Same');
    assert.throws(() => app.synth(), /Duplicate logical ID 'Same'.*'S\/A' and 'S\/B'/);
  });
});
