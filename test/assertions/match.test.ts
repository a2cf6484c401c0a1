import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Capture, Match, Matcher, MatchResult } from '../../src/assertions';

// Pass/fail outcomes marked "oracle" were checked against aws-cdk-lib 2.276
// assertions with the same pattern and value (probe/assertions/diff.ts).

/** Literals are wrapped in objectLike, as Template methods do. */
function check(pattern: unknown, actual: unknown): MatchResult {
  const matcher = Matcher.isMatcher(pattern) ? pattern : Match.objectLike(pattern as Record<string, unknown>);
  return matcher.test(actual);
}

function passes(pattern: unknown, actual: unknown): boolean {
  return check(pattern, actual).isSuccess;
}

function failureText(pattern: unknown, actual: unknown): string {
  return check(pattern, actual).toHumanStrings().join('\n');
}

describe('Match.objectLike', () => {
  test('a target with extra keys matches', () => {
    assert.equal(passes({ a: 1 }, { a: 1, b: 2 }), true);
  });

  test('a missing key fails and names the key and its path', () => {
    assert.equal(failureText({ a: 1, d: 2 }, { a: 1 }), "Missing key 'd' at /d (using objectLike matcher)");
  });

  test('a different value fails showing expected and received values', () => {
    assert.equal(failureText({ a: { b: 'nodejs20.x' } }, { a: { b: 'nodejs18.x' } }),
      "Expected 'nodejs20.x' but received 'nodejs18.x' at /a/b (using objectLike matcher)");
  });

  test('nested literal objects are matched partially too (oracle)', () => {
    assert.equal(passes({ P: { Q: 1 } }, { P: { Q: 1, R: 2 } }), true);
  });

  test('literal arrays must have the same length (oracle)', () => {
    assert.equal(passes({ L: [1, 2] }, { L: [1, 2, 3] }), false);
    assert.equal(passes({ L: [1, 2, 3] }, { L: [1, 2, 3] }), true);
    assert.equal(passes({ L: [] }, { L: [1] }), false);
  });

  test('objects inside literal arrays are matched partially (oracle)', () => {
    assert.equal(passes({ L: [{ a: 1 }] }, { L: [{ a: 1, b: 2 }] }), true);
    assert.equal(passes({ a: [[{ b: 1 }]] }, { a: [[{ b: 1, c: 2 }]] }), true);
  });

  test('an empty object pattern matches any object but not an array (oracle)', () => {
    assert.equal(passes({ P: {} }, { P: { a: 1 } }), true);
    assert.equal(passes({ P: {} }, { P: [] }), false);
  });

  test('a type difference fails and names both types', () => {
    assert.equal(failureText({ L: ['1'] }, { L: [1] }), 'Expected type string but received number: 1 at /L/0 (using objectLike matcher)');
    assert.equal(failureText({ L: {} }, { L: [1] }), 'Expected type object but received array at /L (using objectLike matcher)');
  });

  test('a key given as undefined in the pattern still has to be present (oracle)', () => {
    assert.equal(passes({ Z: undefined }, { S: 1 }), false);
    assert.equal(passes({ S: undefined }, { S: 1 }), false);
    assert.equal(passes({ S: undefined }, { S: undefined }), true);
  });

  test('null in a pattern matches only null', () => {
    // aws-cdk-lib crashes on null patterns; here null is an ordinary literal.
    assert.equal(passes({ S: null }, { S: null }), true);
    assert.equal(passes({ S: null }, { S: 'x' }), false);
    assert.equal(passes({ S: 'x' }, { S: null }), false);
  });

  test('a non-object target fails with its type', () => {
    assert.equal(failureText({ a: 1 }, null), 'Expected type object but received null (using objectLike matcher)');
    assert.equal(failureText({ a: 1 }, 'x'), 'Expected type object but received string (using objectLike matcher)');
  });

  test('rejects a pattern that is not an object', () => {
    assert.throws(() => Match.objectLike([1] as never), /Match.objectLike\(\) expects an object pattern, got an array/);
    assert.throws(() => Match.objectLike(Match.anyValue() as never), /got the matcher anyValue\(\)/);
  });
});

describe('Match.objectEquals', () => {
  test('an extra key fails and is named (oracle)', () => {
    assert.equal(passes(Match.objectEquals({ a: 1 }), { a: 1, b: 2 }), false);
    assert.match(failureText(Match.objectEquals({ a: 1 }), { a: 1, b: 2 }), /Unexpected key 'b' at \/b \(using objectEquals matcher\)/);
  });

  test('an equal object matches', () => {
    assert.equal(passes(Match.objectEquals({ a: 1, b: [1, { c: 2 }] }), { a: 1, b: [1, { c: 2 }] }), true);
  });

  test('nested literal objects are matched exactly (oracle)', () => {
    assert.equal(passes(Match.objectEquals({ a: { b: 1 } }), { a: { b: 1, c: 2 } }), false);
  });

  test('a nested objectLike relaxes the rule below it (oracle)', () => {
    assert.equal(passes(Match.objectEquals({ a: Match.objectLike({ b: 1 }) }), { a: { b: 1, c: 2 } }), true);
  });

  test('a key present with the value undefined counts as present (oracle)', () => {
    assert.equal(passes(Match.objectEquals({ a: 1 }), { a: 1, b: undefined }), false);
  });
});

describe('Match.exact', () => {
  test('nested objects must be equal (oracle)', () => {
    assert.equal(passes({ P: Match.exact({ Q: 1 }) }, { P: { Q: 1, R: 2 } }), false);
    assert.equal(passes({ P: Match.exact({ Q: 1, R: 2 }) }, { P: { Q: 1, R: 2 } }), true);
  });

  test('objects in an exact array are matched exactly (oracle)', () => {
    assert.equal(passes({ L: Match.exact([{ a: 1 }]) }, { L: [{ a: 1, b: 2 }] }), false);
    assert.equal(passes({ L: Match.exact([Match.objectLike({ a: 1 })]) }, { L: [{ a: 1, b: 2 }] }), true);
  });

  test('scalars compare strictly: 1 is not "1", NaN is not NaN (oracle)', () => {
    assert.equal(passes(Match.exact(1), '1'), false);
    assert.equal(passes(Match.exact(true), 'true'), false);
    assert.equal(passes(Match.exact(NaN), NaN), false);
    assert.equal(passes(Match.exact('str'), 'str'), true);
  });

  test('an array of the wrong length fails with both lengths', () => {
    assert.match(failureText(Match.exact([1]), [1, 2]), /Too many elements in array: expected 1, received 2 \(using exact matcher\)/);
  });

  test('refuses a matcher as its whole pattern (oracle throws too)', () => {
    assert.throws(() => Match.exact(Match.anyValue()), /Match.exact\(\) cannot take a matcher \(anyValue\)/);
  });
});

describe('Match.arrayWith', () => {
  test('matches elements appearing in order with others in between (oracle)', () => {
    assert.equal(passes({ L: Match.arrayWith([1, 3]) }, { L: [1, 2, 3] }), true);
  });

  test('fails when the elements appear out of order (oracle)', () => {
    assert.equal(passes({ L: Match.arrayWith([3, 1]) }, { L: [1, 2, 3] }), false);
  });

  test('each pattern element needs its own array element (oracle)', () => {
    assert.equal(passes({ L: Match.arrayWith([1, 1]) }, { L: [1, 2, 3] }), false);
    assert.equal(passes({ L: Match.arrayWith([1, 1]) }, { L: [1, 2, 1] }), true);
  });

  test('literal objects inside are matched exactly (oracle)', () => {
    assert.equal(passes({ L: Match.arrayWith([{ a: 1 }]) }, { L: [{ a: 1, b: 2 }] }), false);
    assert.equal(passes({ L: Match.arrayWith([Match.objectLike({ a: 1 })]) }, { L: [{ a: 1, b: 2 }] }), true);
  });

  test('an empty pattern matches any array, empty included (oracle)', () => {
    assert.equal(passes({ L: Match.arrayWith([]) }, { L: [1] }), true);
    assert.equal(passes({ L: Match.arrayWith([]) }, { L: [] }), true);
  });

  test('finds a later element when an earlier one is taken (oracle)', () => {
    assert.equal(passes({ L: Match.arrayWith([Match.not(1), 1]) }, { L: [1, 2, 1] }), true);
    assert.equal(passes({ L: Match.arrayWith([Match.not(1), 1]) }, { L: [1, 2] }), false);
  });

  test('a failure points at the closest element and says why it differs', () => {
    const text = failureText({ Layers: Match.arrayWith(['c']) }, { Layers: ['a', 'b'] });
    assert.match(text, /Could not match element #0 of the arrayWith pattern; the closest element is \[0\] at \/Layers\/0/);
    assert.match(text, /Expected 'c' but received 'a' at \/Layers\/0/);
  });

  test('a failure says when the array has run out of elements', () => {
    assert.match(failureText(Match.arrayWith([1, 2]), [1]), /Could not match element #1 of the arrayWith pattern: no elements left/);
  });

  test('a non-array target fails with its type', () => {
    assert.match(failureText(Match.arrayWith(['s']), 's'), /Expected type array but received string/);
  });

  test('refuses Match.absent() and Match.anyValue() as elements (oracle throws too)', () => {
    assert.throws(() => Match.arrayWith([Match.absent()]), /Match.absent\(\) cannot be an element of Match.arrayWith\(\)/);
    assert.throws(() => Match.arrayWith([Match.anyValue()]), /Match.anyValue\(\) cannot be an element of Match.arrayWith\(\)/);
  });

  test('allows Match.absent() deeper inside an element (oracle)', () => {
    assert.equal(passes(Match.arrayWith([{ a: Match.absent() }]), [{}]), true);
    assert.equal(passes(Match.arrayWith([{ a: Match.absent() }]), [{ b: 1 }]), false);
  });
});

describe('Match.arrayEquals', () => {
  test('matches an array with the same elements in the same order', () => {
    assert.equal(passes(Match.arrayEquals([1, 2, 3]), [1, 2, 3]), true);
    assert.equal(passes(Match.arrayEquals([2, 1]), [1, 2]), false);
  });

  test('fails on a length difference, naming both lengths', () => {
    assert.match(failureText(Match.arrayEquals([1, 2]), [1, 2, 3]), /Too many elements in array: expected 2, received 3/);
    assert.match(failureText(Match.arrayEquals([1, 2, 3]), [1]), /Not enough elements in array: expected 3, received 1/);
  });

  test('literal objects inside are matched exactly (oracle)', () => {
    assert.equal(passes(Match.arrayEquals([{ a: 1 }]), [{ a: 1, b: 2 }]), false);
  });

  test('accepts Match.anyValue() as an element (oracle)', () => {
    assert.equal(passes(Match.arrayEquals([Match.anyValue()]), ['a']), true);
  });
});

describe('Match.absent', () => {
  test('passes when the key is missing (oracle)', () => {
    assert.equal(passes({ Z: Match.absent() }, { S: 1 }), true);
  });

  test('fails when the key has a value, even null, naming the value (oracle)', () => {
    assert.equal(passes({ S: Match.absent() }, { S: null }), false);
    assert.equal(failureText({ S: Match.absent() }, { S: 1 }), 'Received 1, but the key should be absent at /S (using absent matcher)');
  });

  test('passes when the key is present with the value undefined', () => {
    assert.equal(passes({ S: Match.absent() }, { S: undefined }), true);
  });

  test('fails as an element of a literal array that has one there (oracle)', () => {
    assert.equal(passes({ L: [Match.absent(), 2] }, { L: [1, 2] }), false);
  });
});

describe('Match.anyValue', () => {
  test('matches any present value, falsy ones included (oracle)', () => {
    assert.equal(passes({ S: Match.anyValue() }, { S: 0 }), true);
    assert.equal(passes({ S: Match.anyValue() }, { S: false }), true);
  });

  test('fails on null and on a missing key (oracle)', () => {
    assert.equal(failureText({ S: Match.anyValue() }, { S: null }), 'Expected a value but received null at /S (using anyValue matcher)');
    assert.equal(failureText({ Z: Match.anyValue() }, { S: 1 }), "Missing key 'Z' at /Z (using objectLike matcher)");
  });
});

describe('Match.not', () => {
  test('passes when the inner pattern does not match (oracle)', () => {
    assert.equal(passes({ S: Match.not('x') }, { S: 'str' }), true);
  });

  test('fails when the inner pattern matches, showing the value (oracle)', () => {
    assert.equal(failureText({ S: Match.not('str') }, { S: 'str' }), "Found unexpected match: 'str' at /S (using not matcher)");
  });

  test('matches a literal object inside it exactly (oracle)', () => {
    assert.equal(passes({ P: Match.not({ Q: 1 }) }, { P: { Q: 1, R: 2 } }), true);
    assert.equal(passes({ P: Match.not({ Q: 1, R: 2 }) }, { P: { Q: 1, R: 2 } }), false);
    assert.equal(passes({ P: Match.not(Match.objectLike({ Q: 1 })) }, { P: { Q: 1, R: 2 } }), false);
  });

  test('still requires the key to be present (oracle)', () => {
    assert.equal(passes({ Z: Match.not('a') }, { S: 1 }), false);
    assert.equal(passes({ Z: Match.not(Match.absent()) }, { S: 1 }), false);
    assert.equal(passes({ S: Match.not(Match.absent()) }, { S: 1 }), true);
  });

  test('around arrayWith asserts that an element is not in the array (oracle)', () => {
    assert.equal(passes({ L: Match.not(Match.arrayWith([4])) }, { L: [1, 2] }), true);
    assert.equal(passes({ L: Match.not(Match.arrayWith([2])) }, { L: [1, 2] }), false);
  });
});

describe('Match.stringLikeRegexp', () => {
  test('matches a string containing a match, unanchored and case-sensitive (oracle)', () => {
    assert.equal(passes({ S: Match.stringLikeRegexp('^st') }, { S: 'str' }), true);
    assert.equal(passes({ S: Match.stringLikeRegexp('t') }, { S: 'str' }), true);
    assert.equal(passes({ S: Match.stringLikeRegexp('STR') }, { S: 'str' }), false);
  });

  test('fails naming the string and the pattern', () => {
    assert.equal(failureText(Match.stringLikeRegexp('^x'), 'str'), "String 'str' does not match pattern /^x/ (using stringLikeRegexp matcher)");
  });

  test('fails on a non-string, even one whose text would match (oracle)', () => {
    assert.equal(failureText(Match.stringLikeRegexp('1'), 1), 'Expected a string but received number: 1 (using stringLikeRegexp matcher)');
  });
});

describe('Match.serializedJson', () => {
  const encoded = JSON.stringify({ a: { b: 1, c: 2 }, l: [1, 2] });

  test('matches a string whose parsed JSON equals the pattern (oracle)', () => {
    assert.equal(passes(Match.serializedJson({ a: { b: 1, c: 2 }, l: [1, 2] }), encoded), true);
    assert.equal(passes(Match.serializedJson('hi'), '"hi"'), true);
  });

  test('matches literal objects in the pattern exactly (oracle)', () => {
    assert.equal(passes(Match.serializedJson({ a: { b: 1 }, l: [1, 2] }), encoded), false);
    assert.equal(passes(Match.serializedJson({ a: { b: 1, c: 2 } }), encoded), false);
    assert.equal(passes(Match.serializedJson(Match.objectLike({ a: { b: 1 } })), encoded), true);
  });

  test('a mismatch inside the JSON is reported with its path inside the JSON', () => {
    const strings = check(Match.serializedJson({ a: 2 }), '{"a":1}').toHumanStrings();
    assert.deepEqual(strings, [
      'Encoded JSON value does not match (using serializedJson matcher)',
      "Expected 2 but received 1 at /a (using serializedJson matcher)",
    ]);
  });

  test('fails on invalid JSON and on a non-string (oracle)', () => {
    assert.match(failureText(Match.serializedJson({}), '{bad'), /Invalid JSON string '\{bad'/);
    assert.equal(failureText(Match.serializedJson(5), 5), 'Expected JSON as a string but received number (using serializedJson matcher)');
  });
});

describe('Matcher', () => {
  test('isMatcher recognizes matchers and captures, not plain values', () => {
    assert.equal(Matcher.isMatcher(Match.anyValue()), true);
    assert.equal(Matcher.isMatcher(new Capture()), true);
    assert.equal(Matcher.isMatcher({}), false);
    assert.equal(Matcher.isMatcher(null), false);
  });

  test('built-in matchers carry the names of their Match factories', () => {
    const names = [Match.absent(), Match.anyValue(), Match.arrayWith([]), Match.arrayEquals([]), Match.exact(1),
      Match.objectLike({}), Match.objectEquals({}), Match.not(1), Match.serializedJson({}), Match.stringLikeRegexp('a'),
      new Capture()].map((m) => m.name);
    assert.deepEqual(names, ['absent', 'anyValue', 'arrayWith', 'arrayEquals', 'exact', 'objectLike', 'objectEquals',
      'not', 'serializedJson', 'stringLikeRegexp', 'Capture']);
  });

  test('a custom matcher works inside a literal pattern and its message is reported', () => {
    class EvenNumber extends Matcher {
      public readonly name = 'evenNumber';
      public test(actual: any): MatchResult {
        const result = new MatchResult(actual);
        if (actual % 2 !== 0) { result.recordFailure({ matcher: this, path: [], message: `Expected an even number, got ${actual}` }); }
        return result;
      }
    }
    assert.equal(passes({ N: new EvenNumber() }, { N: 4 }), true);
    assert.equal(failureText({ N: new EvenNumber() }, { N: 3 }), 'Expected an even number, got 3 at /N (using evenNumber matcher)');
  });
});

describe('MatchResult', () => {
  const matcher = Match.anyValue();

  test('a new result is a success with no failures and no cost', () => {
    const result = new MatchResult({ a: 1 });
    assert.deepEqual([result.isSuccess, result.hasFailed(), result.failCount, result.failCost], [true, false, 0, 0]);
    assert.equal(result.renderMismatch(), '<match>');
    assert.deepEqual(result.target, { a: 1 });
  });

  test('recordFailure counts failures and adds up their costs (default 1)', () => {
    const result = new MatchResult({}).recordFailure({ matcher, path: ['x'], message: 'bad', cost: 5 })
      .recordFailure({ matcher, path: [], message: 'worse' });
    assert.deepEqual([result.isSuccess, result.failCount, result.failCost], [false, 2, 6]);
    assert.deepEqual(result.toHumanStrings(), ['bad at /x (using anyValue matcher)', 'worse (using anyValue matcher)']);
  });

  test('push is a deprecated alias of recordFailure', () => {
    const result = new MatchResult(1).push(matcher, ['a'], 'msg');
    assert.deepEqual(result.toHumanStrings(), ['msg at /a (using anyValue matcher)']);
  });

  test('compose nests the inner failures under the given id and keeps their cost', () => {
    const inner = new MatchResult({ x: 1 }).recordFailure({ matcher, path: ['x'], message: 'bad', cost: 3 });
    const outer = new MatchResult({ y: { x: 1 } }).compose('y', inner);
    assert.deepEqual([outer.failCount, outer.failCost], [1, 3]);
    assert.deepEqual(outer.toHumanStrings(), ['bad at /y/x (using anyValue matcher)']);
  });

  test('renderMismatch writes each failure above the key it concerns', () => {
    const result = Match.objectLike({ a: 1, b: { c: [1, 2] }, d: 'x' }).test({ a: 2, b: { c: [1, 3] }, e: 1 });
    assert.equal(result.renderMismatch(), [
      '{',
      '  !! Expected 1 but received 2',
      '  "a": 2,',
      '  "b": {',
      '    "c": [',
      '      1,',
      '      !! Expected 2 but received 3',
      '      3',
      '    ]',
      '  },',
      '  "e": 1,',
      "  !! Missing key 'd'",
      '  "d": <missing>',
      '}',
    ].join('\n'));
  });

  test('renderMismatch shows a failure on the whole value above it', () => {
    const result = new MatchResult('s').recordFailure({ matcher, path: [], message: 'bad root' });
    assert.equal(result.renderMismatch(), '!! bad root\n"s"');
  });

  test('renderMismatch abbreviates long branches that have no failure', () => {
    const big = { ok: { list: Array.from({ length: 50 }, (_, i) => ({ index: i })) }, bad: 1 };
    const rendered = Match.objectLike({ bad: 2 }).test(big).renderMismatch();
    assert.match(rendered, /"ok": \{ "list": \[ \.\.\.50 items \] \}/);
    assert.ok(rendered.split('\n').length < 8);
  });

  test('finished hands captures to their Capture only once and only on success', () => {
    const capture = new Capture();
    const result = Match.objectLike({ a: capture }).test({ a: 1 });
    assert.throws(() => capture.asNumber(), /No value captured/);
    result.finished();
    result.finished();
    assert.equal(capture.asNumber(), 1);
    assert.equal(capture.next(), false);
  });
});
