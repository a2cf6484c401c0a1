import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Construct } from 'constructs';
import { Annotations, Match } from '../../src/assertions';
import { App, Annotations as CoreAnnotations, CfnResource, Stack } from '../../src/core';

// Outcomes marked "oracle" were checked against aws-cdk-lib 2.276 assertions
// with the same construct tree (probe/assertions/p5.js).

function annotatedStack(): Stack {
  const stack = new Stack(new App(), 'MyStack');
  const fn = new Construct(stack, 'Fn');
  const inner = new Construct(fn, 'Inner');
  new CfnResource(fn, 'Resource', { type: 'AWS::Lambda::Function' });
  CoreAnnotations.of(fn).addWarning('warn one');
  CoreAnnotations.of(inner).addWarningV2('my:ack', 'warn two');
  CoreAnnotations.of(stack).addInfo('info on stack');
  CoreAnnotations.of(inner).addError('an error');
  return stack;
}

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected the assertion to throw');
}

describe('Annotations', () => {
  test('hasWarning passes for a message at the exact construct path (oracle)', () => {
    Annotations.fromStack(annotatedStack()).hasWarning('/MyStack/Fn', 'warn one');
  });

  test('hasWarning with * looks at every construct (oracle)', () => {
    Annotations.fromStack(annotatedStack()).hasWarning('*', Match.stringLikeRegexp('warn two'));
  });

  test('a literal message must equal the whole text (oracle)', () => {
    assert.throws(() => Annotations.fromStack(annotatedStack()).hasWarning('*', 'warn'), /none match as expected/);
  });

  test('an acknowledgeable warning carries its id in the text (oracle)', () => {
    Annotations.fromStack(annotatedStack()).hasWarning('/MyStack/Fn/Inner', 'warn two [ack: my:ack]');
  });

  test('paths are exact: no leading-slash-less paths and no globs besides * (oracle)', () => {
    const annotations = Annotations.fromStack(annotatedStack());
    assert.deepEqual(annotations.findWarning('MyStack/Fn', Match.anyValue()), []);
    assert.deepEqual(annotations.findWarning('/MyStack/*', Match.anyValue()), []);
  });

  test('hasWarning failure shows the closest message and the difference', () => {
    const message = errorOf(() => Annotations.fromStack(annotatedStack()).hasWarning('/MyStack/Fn', 'warn three'));
    assert.match(message, /^Stack has 1 warning message\(s\) at path \/MyStack\/Fn, but none match as expected\./);
    assert.match(message, /Expected 'warn three' but received 'warn one'/);
  });

  test('hasWarning failure at a path without warnings says where warnings are', () => {
    assert.equal(errorOf(() => Annotations.fromStack(annotatedStack()).hasWarning('/MyStack/Nope', 'warn one')),
      'Stack has no warning messages at path /MyStack/Nope. There are warning messages at: /MyStack/Fn, /MyStack/Fn/Inner.');
  });

  test('hasNoWarning fails listing each matching message with its path (oracle)', () => {
    const message = errorOf(() => Annotations.fromStack(annotatedStack()).hasNoWarning('*', Match.anyValue()));
    assert.equal(message, 'Expected no matching warning messages in the stack, but found 2:\n'
      + '  /MyStack/Fn: warn one\n  /MyStack/Fn/Inner: warn two [ack: my:ack]');
  });

  test('hasNoWarning passes where there is none (oracle)', () => {
    Annotations.fromStack(annotatedStack()).hasNoWarning('/MyStack/Nope', Match.anyValue());
  });

  test('findWarning returns the synthesis messages with id, level and entry (oracle)', () => {
    const found = Annotations.fromStack(annotatedStack()).findWarning('/MyStack/Fn', Match.anyValue());
    assert.equal(found.length, 1);
    assert.equal(found[0].id, '/MyStack/Fn');
    assert.equal(found[0].level, 'warning');
    assert.equal(found[0].entry.type, 'aws:cdk:warning');
    assert.equal(found[0].entry.data, 'warn one');
  });

  test('info messages are asserted by level (oracle)', () => {
    const annotations = Annotations.fromStack(annotatedStack());
    annotations.hasInfo('/MyStack', 'info on stack');
    annotations.hasNoInfo('/MyStack/Fn', Match.anyValue());
    assert.equal(annotations.findInfo('*', Match.anyValue()).length, 1);
    assert.throws(() => annotations.hasInfo('*', 'warn one'), /none match as expected/);
  });

  test('error annotations are collected rather than failing synthesis (oracle)', () => {
    const annotations = Annotations.fromStack(annotatedStack());
    annotations.hasError('/MyStack/Fn/Inner', 'an error');
    assert.equal(annotations.findError('*', Match.anyValue()).length, 1);
    assert.match(errorOf(() => annotations.hasNoError('*', Match.anyValue())), /found 1:\n {2}\/MyStack\/Fn\/Inner: an error/);
  });

  test('a stack without annotations has none of any level (oracle)', () => {
    const stack = new Stack(new App(), 'Quiet');
    new CfnResource(stack, 'R', { type: 'X::Y' });
    const annotations = Annotations.fromStack(stack);
    annotations.hasNoError('*', Match.anyValue());
    annotations.hasNoWarning('*', Match.anyValue());
    annotations.hasNoInfo('*', Match.anyValue());
  });
});
