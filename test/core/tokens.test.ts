import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { App, Aws, CfnResource, Fn, Lazy, Stack, Token, Tokenization } from '../../src/core';

function stack() {
  return new Stack(new App(), 'S');
}

describe('Token encodings', () => {
  test('a string token is unresolved, and the same resolvable always encodes to the same string', () => {
    const lazy = Lazy.any({ produce: () => 'x' });
    assert.equal(Token.asString(lazy), Token.asString(lazy));
    assert.ok(Token.isUnresolved(Token.asString(lazy)));
    assert.ok(!Token.isUnresolved('plain'));
  });

  test('a marker is found by its whole key: display hints with dots work, a made-up key finds nothing', () => {
    const s = stack();
    const dotted = Token.asString(Lazy.any({ produce: () => 'dotted' }), { displayHint: 'My.Hint.With.Dots' });
    assert.match(dotted, /^\$\{Token\[My\.Hint\.With\.Dots\.\d+\]\}$/);
    assert.equal(s.resolve(`<${dotted}>`), '<dotted>');
    const n = /\.(\d+)\]\}$/.exec(dotted)![1];
    for (const forged of [`\${Token[Other.${n}]}`, `\${Token[Hint.With.Dots.${n}]}`, '${Token[TOKEN.0]}', '${Token[TOKEN.x]}']) {
      assert.equal(s.resolve(forged), forged);
    }
  });

  test('a frozen resolvable gets markers too, the same ones each time, and they resolve to it', () => {
    const s = stack();
    const frozen = Object.freeze({ resolve: () => 'from-frozen' });
    assert.equal(Token.asString(frozen), Token.asString(frozen));
    assert.deepEqual(Token.asList(frozen), Token.asList(frozen));
    assert.equal(Token.asNumber(frozen), Token.asNumber(frozen));
    assert.equal(s.resolve(`<${Token.asString(frozen)}>`), '<from-frozen>');
  });

  test('markers are not copied with a token: a spread copy is a token of its own', () => {
    const s = stack();
    const original = { resolve: () => 'original' };
    const marker = Token.asString(original);
    const copy = { ...original, resolve: () => 'copy' };
    assert.notEqual(Token.asString(copy), marker);
    assert.equal(s.resolve(Token.asString(copy)), 'copy');
    assert.deepEqual(Object.keys(original), ['resolve']);
  });

  test('display hints are cleaned of characters a key cannot hold', () => {
    const marker = Token.asString(Lazy.any({ produce: () => 1 }), { displayHint: 'arn:aws/x y' });
    assert.match(marker, /^\$\{Token\[arn\.awsxy\.\d+\]\}$/);
  });

  test('a number token is a number that resolves to its value', () => {
    const s = stack();
    const n = Lazy.number({ produce: () => 42 });
    assert.equal(typeof n, 'number');
    assert.ok(Token.isUnresolved(n));
    assert.ok(!Token.isUnresolved(42));
    assert.equal(s.resolve({ n }).n, 42);
  });

  test('a list token is a one-element list that resolves to the whole list', () => {
    const s = stack();
    const l = Lazy.list({ produce: () => ['a', 'b'] });
    assert.equal(l.length, 1);
    assert.ok(Token.isUnresolved(l));
    assert.deepEqual(s.resolve(l), ['a', 'b']);
  });

  test('a string with tokens inside resolves to a minimal Fn::Join', () => {
    const s = stack();
    assert.deepEqual(s.resolve(`arn:${Aws.PARTITION}:s3:::${Aws.ACCOUNT_ID}-bucket`), {
      'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::', { Ref: 'AWS::AccountId' }, '-bucket']],
    });
  });

  test('a string that is exactly one token resolves to the token value itself', () => {
    const s = stack();
    assert.deepEqual(s.resolve(Aws.REGION), { Ref: 'AWS::Region' });
  });

  test('Lazy.list with omitEmpty resolves an empty list to nothing, and undefined values are dropped', () => {
    const s = stack();
    const l = Lazy.list({ produce: () => [] }, { omitEmpty: true });
    assert.deepEqual(s.resolve({ a: l, b: undefined, c: 1 }), { c: 1 });
  });

  test('a cached Lazy produces once; an uncached one on every resolve', () => {
    const s = stack();
    let cached = 0;
    let uncached = 0;
    const a = Lazy.string({ produce: () => `${++cached}` });
    const b = Lazy.uncachedString({ produce: () => `${++uncached}` });
    s.resolve([a, b]);
    s.resolve([a, b]);
    assert.equal(cached, 1);
    assert.equal(uncached, 2);
  });

  test('Tokenization.reverse gives back the resolvable behind an encoded string', () => {
    const lazy = Lazy.any({ produce: () => 1 });
    assert.equal(Tokenization.reverse(Token.asString(lazy)), lazy);
    assert.equal(Tokenization.reverse('not a token'), undefined);
  });

  test('a post processor registered during resolution rewrites the resolved value', () => {
    const s = stack();
    const token = {
      creationStack: [],
      resolve(ctx: any) {
        ctx.registerPostProcessor({ postProcess: (x: any) => x.toUpperCase() });
        return 'value';
      },
    };
    assert.equal(s.resolve(Token.asString(token)), 'VALUE');
  });

  test('resolving a construct inside a value fails and names the path in the document', () => {
    const s = stack();
    const r = new CfnResource(s, 'R', { type: 'AWS::SNS::Topic' });
    assert.throws(() => s.resolve({ a: [r] }), /'a\.0'.*S\/R/);
  });
});

describe('Fn', () => {
  test('Fn.join of literals is a plain string', () => {
    assert.equal(Fn.join('-', ['a', 'b']), 'a-b');
  });

  test('Fn.join merges adjacent literals and flattens nested joins with the same delimiter', () => {
    const s = stack();
    const inner = Fn.join('-', ['x', Aws.REGION]);
    assert.deepEqual(s.resolve(Fn.join('-', ['a', 'b', inner, 'c'])), { 'Fn::Join': ['-', ['a-b-x', { Ref: 'AWS::Region' }, 'c']] });
  });

  test('Fn.split of a literal splits at once; of a token with assumedLength gives Fn::Select elements', () => {
    const s = stack();
    assert.deepEqual(Fn.split(',', 'a,b'), ['a', 'b']);
    const parts = Fn.split(',', Fn.importValue('X'), 2);
    assert.deepEqual(s.resolve(parts[1]), { 'Fn::Select': [1, { 'Fn::Split': [',', { 'Fn::ImportValue': 'X' }] }] });
  });

  test('Fn.conditionAnd of one condition is that condition, and of none is an error', () => {
    const c = Fn.conditionEquals('a', 'b');
    assert.equal(Fn.conditionAnd(c), c);
    assert.throws(() => Fn.conditionAnd(), /at least one condition/);
  });

  test('Fn.findInMap with a default value renders DefaultValue', () => {
    const s = stack();
    assert.deepEqual(s.resolve(Fn.findInMap('M', 'a', 'b', 'd')), { 'Fn::FindInMap': ['M', 'a', 'b', { DefaultValue: 'd' }] });
  });
});

describe('Stack.toJsonString', () => {
  test('renders JSON text around the tokens, each token quoted as a string', () => {
    const s = stack();
    const json = s.toJsonString({ region: Aws.REGION, n: 1, list: ['a'] });
    assert.deepEqual(s.resolve(json), { 'Fn::Join': ['', ['{"region":"', { Ref: 'AWS::Region' }, '","n":1,"list":["a"]}']] });
  });

  test('without tokens the result resolves to the JSON text', () => {
    const s = stack();
    assert.equal(s.resolve(s.toJsonString({ a: 'b' })), '{"a":"b"}');
  });
});
