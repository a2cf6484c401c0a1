import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { diffAssemblies, diffKeyOrder, diffValues } from './harness/assembly-diff';

describe('diffValues', () => {
  test('equal values with different key order have no differences', () => {
    assert.deepEqual(diffValues({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 }, ''), []);
  });

  test('a changed leaf is reported with its dotted path and both values', () => {
    const lines = diffValues(
      { Resources: { Fn9A2D: { Properties: { Runtime: 'nodejs20.x' } } } },
      { Resources: { Fn9A2D: { Properties: { Runtime: 'nodejs18.x' } } } }, '');
    assert.deepEqual(lines, ['Resources.Fn9A2D.Properties.Runtime: expected "nodejs20.x", got "nodejs18.x"']);
  });

  test('missing and unexpected keys are reported as such', () => {
    assert.deepEqual(diffValues({ a: 1 }, { b: 2 }, 'X'), ['X.a: missing, expected 1', 'X.b: unexpected, got 2']);
  });

  test('array order matters and length changes are reported', () => {
    assert.deepEqual(diffValues(['a', 'b'], ['b', 'a'], 'L'), ['L[0]: expected "a", got "b"', 'L[1]: expected "b", got "a"']);
    assert.deepEqual(diffValues(['a'], ['a', 'b'], 'L'), ['L: expected 1 elements, got 2', 'L[1]: unexpected, got "b"']);
  });

  test('a type change (number versus string) is a difference', () => {
    assert.deepEqual(diffValues({ v: 1 }, { v: '1' }, ''), ['v: expected 1, got "1"']);
  });

  test('keys that are not plain identifiers are quoted in the path', () => {
    assert.deepEqual(diffValues({ 'a.b': 1 }, { 'a.b': 2 }, 'M'), ['M."a.b": expected 1, got 2']);
  });
});

describe('diffAssemblies', () => {
  test('a stack present on one side only is reported by artifact id', () => {
    const lines = diffAssemblies(
      { templates: { A: {}, B: {} }, stacks: { A: {}, B: {} } },
      { templates: { A: {}, C: {} }, stacks: { A: {}, C: {} } });
    assert.deepEqual(lines, ['[B] stack missing (aws-cdk-lib synthesizes it)', '[C] unexpected stack (aws-cdk-lib does not synthesize it)']);
  });

  test('template and manifest differences are prefixed with the stack id', () => {
    const lines = diffAssemblies(
      { templates: { S: { Description: 'x' } }, stacks: { S: { terminationProtection: true } } },
      { templates: { S: { Description: 'y' } }, stacks: { S: { terminationProtection: false } } });
    assert.deepEqual(lines, [
      '[S] Description: expected "x", got "y"',
      '[S] manifest.terminationProtection: expected true, got false',
    ]);
  });
});

describe('diffKeyOrder', () => {
  test('reports where keys are ordered differently, at any depth, and nothing when the order is the same', () => {
    const expected = { templates: { S: { Resources: { A: { Type: 't', Properties: { X: 1, Y: 2 } } } } }, stacks: {} };
    const reordered = { templates: { S: { Resources: { A: { Properties: { Y: 2, X: 1 }, Type: 't' } } } }, stacks: {} };
    assert.deepEqual(diffKeyOrder(expected, reordered), [
      '[S] Resources.A: key order expected Type, Properties; got Properties, Type',
      '[S] Resources.A.Properties: key order expected X, Y; got Y, X',
    ]);
    assert.deepEqual(diffKeyOrder(expected, expected), []);
  });
});
