import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, CfnResource, Lazy, Stack } from '../../src/core';

// Bad input gets an error that names the construct path, what was given and what is allowed.
describe('errors for bad input', () => {
  test('a construct id made only of characters a logical ID cannot hold fails, naming the path', () => {
    const app = new App();
    new CfnResource(new Stack(app, 'S'), '---', { type: 'AWS::SNS::Topic' });
    assert.throws(() => app.synth(), /\[S\/---\] The logical ID allocated from the construct path is ''.*letters or digits/);
  });

  test('a duplicate construct id is refused at construction, naming the scope', () => {
    const stack = new Stack(new App(), 'S');
    new CfnResource(stack, 'Twice', { type: 'AWS::SNS::Topic' });
    assert.throws(() => new CfnResource(stack, 'Twice', { type: 'AWS::SNS::Topic' }), /already a Construct with name 'Twice' in Stack \[S\]/);
  });

  test('a token where a literal is required (stack name, construct id) is refused', () => {
    const app = new App();
    assert.throws(() => new Stack(app, 'S', { stackName: Lazy.string({ produce: () => 'x' }) }), /\[S\] stackName must be a literal string/);
    const stack = new Stack(app, 'T');
    new CfnResource(stack, Lazy.string({ produce: () => 'Id' }), { type: 'AWS::SNS::Topic' });
    assert.throws(() => app.synth(), /construct id must be a literal string/);
  });

  test('a reference across environments cannot be resolved and names both stacks and the value', () => {
    const app = new App();
    const a = new Stack(app, 'A', { env: { account: '111111111111', region: 'eu-west-1' } });
    const b = new Stack(app, 'B', { env: { account: '222222222222', region: 'eu-west-1' } });
    const topic = new CfnResource(a, 'Topic', { type: 'AWS::SNS::Topic' });
    new CfnResource(b, 'Sub', { type: 'AWS::SNS::Subscription', properties: { TopicArn: topic.ref } });
    assert.throws(() => app.synth(), /\[B\] Stack "B" cannot reference A\/Topic\.Ref in stack "A".*aws:\/\/222222222222\/eu-west-1 and aws:\/\/111111111111\/eu-west-1/);
  });

  test('a resource without a type is refused at construction', () => {
    const stack = new Stack(new App(), 'S');
    assert.throws(() => new CfnResource(stack, 'R', { type: '' }), /\[S\/R\] The `type` property is required/);
  });

  test('a stack with more resources than CloudFormation allows fails, counting them by type', () => {
    const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'limit-')) });
    const stack = new Stack(app, 'Big');
    for (let i = 0; i < 2; i++) { new CfnResource(stack, `T${i}`, { type: 'AWS::SNS::Topic' }); }
    for (let i = 0; i < 499; i++) { new CfnResource(stack, `Q${i}`, { type: 'AWS::SQS::Queue' }); }
    assert.throws(() => app.synth(),
      /\[Big\] Number of resources in stack 'Big': 501 is greater than allowed maximum of 500: AWS::SNS::Topic \(2\), AWS::SQS::Queue \(499\)\. .*@aws-cdk\/core:stackResourceLimit/);
    assert.equal(fs.existsSync(path.join(app.outdir, 'manifest.json')), false, 'no assembly is written');
  });

  test('the resource limit is read from context, and 0 turns the check off', () => {
    const limited = new App({ context: { '@aws-cdk/core:stackResourceLimit': 2 } });
    const stack = new Stack(limited, 'S');
    for (let i = 0; i < 3; i++) { new CfnResource(stack, `Q${i}`, { type: 'AWS::SQS::Queue' }); }
    assert.throws(() => limited.synth(), /3 is greater than allowed maximum of 2/);

    const unlimited = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'limit-')), context: { '@aws-cdk/core:stackResourceLimit': 0 } });
    const big = new Stack(unlimited, 'S');
    for (let i = 0; i < 501; i++) { new CfnResource(big, `Q${i}`, { type: 'AWS::SQS::Queue' }); }
    assert.doesNotThrow(() => unlimited.synth());
  });
});

describe('resource count', () => {
  test('a stack with 80% or more of the resources CloudFormation allows gets an info message saying so', async () => {
    const { Annotations: AssertAnnotations, Match } = await import('../../src/assertions');
    const near = new Stack(new App(), 'Near');
    for (let i = 0; i < 400; i++) { new CfnResource(near, `Q${i}`, { type: 'AWS::SQS::Queue' }); }
    AssertAnnotations.fromStack(near).hasInfo('/Near', Match.stringLikeRegexp('Number of resources: 400 is approaching allowed maximum of 500'));
    const far = new Stack(new App(), 'Far');
    for (let i = 0; i < 399; i++) { new CfnResource(far, `Q${i}`, { type: 'AWS::SQS::Queue' }); }
    AssertAnnotations.fromStack(far).hasNoInfo('/Far', Match.anyValue());
  });
});
