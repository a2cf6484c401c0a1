import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compareConstructPaths } from '../../src/core/cfn/path-order';

/** A small deterministic generator, so a failure can be reproduced. */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

describe('construct path order (DependsOn)', () => {
  const collator = new Intl.Collator('en');

  test('agrees with the en collation on letters, digits and slashes, including case-only differences', () => {
    const next = random(7);
    const alphabet = 'aAbBmMzZ0159/';
    const word = () => Array.from({ length: Math.floor(next() * 7) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    for (let i = 0; i < 20000; i++) {
      const a = word();
      const b = next() < 0.3 ? a.toUpperCase() : word();
      assert.equal(Math.sign(compareConstructPaths(a, b)), Math.sign(collator.compare(a, b)), `${a} vs ${b}`);
    }
  });

  test('sorts paths as aws-cdk-lib lists DependsOn targets', () => {
    const paths = ['Stack/fn/ServiceRole/Resource', 'Stack/Fn/ServiceRole/DefaultPolicy/Resource', 'Stack/Fn2/Resource', 'Stack/Fn/A', 'Stack/10', 'Stack/9'];
    assert.deepEqual([...paths].sort(compareConstructPaths), [...paths].sort(collator.compare));
  });

  test('falls back to the collator for punctuation and other characters', () => {
    for (const [a, b] of [['a-b', 'a_b'], ['a.b', 'a-b'], ['é', 'e'], ['a b', 'a/b']]) {
      assert.equal(Math.sign(compareConstructPaths(a, b)), Math.sign(collator.compare(a, b)));
    }
  });
});
