import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { App, Fn, Size, SizeRoundingBehavior, Stack, Token } from '../../src/core';

describe('Size conversions', () => {
  test('converting to a smaller unit multiplies by 1024 per step', () => {
    assert.equal(Size.mebibytes(2).toKibibytes(), 2048);
    assert.equal(Size.kibibytes(1.5).toBytes(), 1536);
    assert.equal(Size.pebibytes(1).toBytes(), 1024 ** 5);
    assert.equal(Size.gibibytes(1).toMebibytes(), 1024);
  });

  test('a result that is not whole throws by default, naming the size and the target unit', () => {
    assert.throws(() => Size.kibibytes(2050).toMebibytes(),
      /Size\.kibibytes\(2050\) cannot be converted into a whole number of mebibytes/);
  });

  test('FLOOR rounds down and NONE keeps the fraction', () => {
    assert.equal(Size.kibibytes(2050).toMebibytes({ rounding: SizeRoundingBehavior.FLOOR }), 2);
    assert.equal(Size.kibibytes(2050).toMebibytes({ rounding: SizeRoundingBehavior.NONE }), 2.001953125);
    assert.equal(Size.bytes(1023).toKibibytes({ rounding: SizeRoundingBehavior.FLOOR }), 0);
  });

  test('reading an amount back in its own unit without a rounding returns it as given', () => {
    assert.equal(Size.kibibytes(1.5).toKibibytes(), 1.5);
    assert.equal(Size.bytes(1.5).toBytes({ rounding: SizeRoundingBehavior.NONE }), 1.5);
  });

  test('an explicit FAIL or FLOOR applies even in the same unit', () => {
    assert.throws(() => Size.kibibytes(1.5).toKibibytes({ rounding: SizeRoundingBehavior.FAIL }), /whole number of kibibytes/);
    assert.equal(Size.kibibytes(1.5).toKibibytes({ rounding: SizeRoundingBehavior.FLOOR }), 1);
  });

  test('NaN and Infinity cannot be converted to another unit', () => {
    assert.throws(() => Size.bytes(NaN).toKibibytes());
    assert.throws(() => Size.bytes(Infinity).toKibibytes());
  });

  test('a negative amount is rejected with the amount in the message', () => {
    assert.throws(() => Size.bytes(-1), /cannot be negative, got Size\.bytes\(-1\)/);
  });

  test('pebibyte is the deprecated spelling of pebibytes', () => {
    assert.equal(Size.pebibyte(1).toTebibytes(), 1024);
  });
});

describe('Size formatting', () => {
  test('toString names the factory and the amount', () => {
    assert.equal(Size.mebibytes(1.5).toString(), 'Size.mebibytes(1.5)');
    assert.equal(Size.bytes(1).toString(), 'Size.bytes(1)');
  });

  test('toHumanString picks the largest unit in which the size is at least 1', () => {
    assert.equal(Size.kibibytes(2048).toHumanString(), '2 MiB');
    assert.equal(Size.kibibytes(1536).toHumanString(), '1.5 MiB');
    assert.equal(Size.bytes(5).toHumanString(), '5 bytes');
    assert.equal(Size.gibibytes(0.5).toHumanString(), '512 MiB');
    assert.equal(Size.pebibytes(2048).toHumanString(), '2048 PiB');
  });

  test('toHumanString rounds to at most two decimals', () => {
    assert.equal(Size.bytes(1023.999).toHumanString(), '1024 bytes');
    assert.equal(Size.kibibytes(1024.5).toHumanString(), '1 MiB');
    assert.equal(Size.bytes(123_456.789 * 1024).toHumanString(), '120.56 MiB');
  });

  test('toHumanString shows less than one byte as is', () => {
    assert.equal(Size.bytes(0).toHumanString(), '0 bytes');
    assert.equal(Size.mebibytes(0).toHumanString(), '0 bytes');
    assert.equal(Size.bytes(0.001).toHumanString(), '0.001 bytes');
  });

  test('toHumanString needs a whole number of bytes', () => {
    assert.throws(() => Size.mebibytes(1.234567).toHumanString(), /whole number of bytes/);
  });
});

describe('Size with a token amount', () => {
  const tokenAmount = () => Token.asNumber({ resolve: () => 42 });

  test('is unresolved', () => {
    assert.equal(Size.mebibytes(tokenAmount()).isUnresolved(), true);
    assert.equal(Size.mebibytes(1).isUnresolved(), false);
  });

  test('can be read back in its own unit without rounding or with NONE', () => {
    const amount = tokenAmount();
    assert.equal(Size.mebibytes(amount).toMebibytes(), amount);
    assert.equal(Size.mebibytes(amount).toMebibytes({ rounding: SizeRoundingBehavior.NONE }), amount);
  });

  test('cannot be rounded even in its own unit', () => {
    assert.throws(() => Size.mebibytes(tokenAmount()).toMebibytes({ rounding: SizeRoundingBehavior.FLOOR }), /cannot be rounded/);
    assert.throws(() => Size.mebibytes(tokenAmount()).toMebibytes({ rounding: SizeRoundingBehavior.FAIL }), /cannot be rounded/);
  });

  test('cannot be converted to another unit, and the error names the unit to use', () => {
    assert.throws(() => Size.mebibytes(tokenAmount()).toKibibytes({ rounding: SizeRoundingBehavior.NONE }),
      /Size must be specified as 'Size\.kibibytes\(\)' here/);
  });

  test('toHumanString resolves to a join of the token and the short unit label', () => {
    const stack = new Stack(new App(), 'Stack');
    const amount = Token.asNumber(Fn.getAtt('Res', 'Memory'));
    assert.deepEqual(stack.resolve(Size.mebibytes(amount).toHumanString()),
      { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['Res', 'Memory'] }, ' MiB']] });
  });
});
