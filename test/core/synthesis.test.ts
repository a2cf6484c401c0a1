import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Construct } from 'constructs';
import { IConstruct } from 'constructs';
import { Annotations, App, Aspects, CfnResource, Stack } from '../../src/core';

function tmpdir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-cdk-test-'));
}

describe('synthesis', () => {
  test('writes the template, asset manifest, metadata, tree and manifest', () => {
    const outdir = tmpdir();
    const app = new App({ outdir });
    new CfnResource(new Stack(app, 'S'), 'R', { type: 'AWS::SNS::Topic' });
    app.synth();
    assert.deepEqual(fs.readdirSync(outdir).sort(), ['S.assets.json', 'S.metadata.json', 'S.template.json', 'cdk.out', 'manifest.json', 'tree.json']);
    const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
    assert.equal(manifest.version, '55.0.0');
    assert.equal(manifest.artifacts.S.type, 'aws:cloudformation:stack');
    assert.equal(manifest.artifacts['S.assets'].type, 'cdk:asset-manifest');
    fs.rmSync(outdir, { recursive: true });
  });

  test('the same program writes byte-identical files into two different folders', () => {
    const build = () => {
      const outdir = tmpdir();
      const app = new App({ outdir });
      const s = new Stack(app, 'S');
      new CfnResource(s, 'R', { type: 'AWS::SNS::Topic', properties: { Name: s.stackName } });
      app.synth();
      const files = Object.fromEntries(fs.readdirSync(outdir).map(f => [f, fs.readFileSync(path.join(outdir, f), 'utf8')]));
      fs.rmSync(outdir, { recursive: true });
      return files;
    };
    assert.deepEqual(build(), build());
  });

  test('a synthesis that fails leaves the previous cloud assembly untouched', () => {
    const outdir = tmpdir();
    const good = new App({ outdir });
    new CfnResource(new Stack(good, 'S'), 'R', { type: 'AWS::SNS::Topic' });
    good.synth();
    const before = fs.readFileSync(path.join(outdir, 'S.template.json'), 'utf8');

    const bad = new App({ outdir });
    const stack = new Stack(bad, 'S');
    new CfnResource(stack, 'Other', { type: 'AWS::SQS::Queue' });
    new CfnResource(stack, '!!!', { type: 'AWS::SQS::Queue' });
    assert.throws(() => bad.synth());
    assert.equal(fs.readFileSync(path.join(outdir, 'S.template.json'), 'utf8'), before);
    assert.deepEqual(fs.readdirSync(outdir).filter(f => f.startsWith('.')), []);
    fs.rmSync(outdir, { recursive: true });
  });

  test('error annotations fail synthesis listing every one with its path', () => {
    const app = new App();
    const stack = new Stack(app, 'S');
    Annotations.of(new Construct(stack, 'A')).addError('first problem');
    Annotations.of(new Construct(stack, 'B')).addError('second problem');
    assert.throws(() => app.synth(), (e: Error) => /\[S\/A\] first problem/.test(e.message) && /\[S\/B\] second problem/.test(e.message));
  });

  test('node validations are collected and reported together', () => {
    const app = new App();
    const stack = new Stack(app, 'S');
    new Construct(stack, 'A').node.addValidation({ validate: () => ['a is wrong'] });
    new Construct(stack, 'B').node.addValidation({ validate: () => ['b is wrong'] });
    assert.throws(() => app.synth(), /\[S\/A\] a is wrong\n.*\[S\/B\] b is wrong/);
  });

  test('aspects visit every construct below where they are added, before rendering', () => {
    const app = new App();
    const stack = new Stack(app, 'S');
    new CfnResource(stack, 'R', { type: 'AWS::SNS::Topic' });
    const visited: string[] = [];
    Aspects.of(stack).add({ visit: (c: IConstruct) => { visited.push(c.node.path); } });
    app.synth();
    assert.ok(visited.includes('S') && visited.includes('S/R'));
  });

  test('construct dependencies become sorted DependsOn between the resources below them', () => {
    const app = new App();
    const stack = new Stack(app, 'S');
    const group = new Construct(stack, 'Group');
    new CfnResource(group, 'Z', { type: 'AWS::SNS::Topic' });
    new CfnResource(group, 'Y', { type: 'AWS::SNS::Topic' });
    const user = new CfnResource(stack, 'User', { type: 'AWS::SQS::Queue' });
    user.node.addDependency(group);
    const assembly = app.synth();
    // As aws-cdk-lib 2.276.0 renders the same program.
    assert.deepEqual(assembly.getStackArtifact('S').template.Resources.User.DependsOn, ['GroupY57C49011', 'GroupZF1E0FED4']);
  });

  test('CDK_CONTEXT_JSON from the CLI becomes context', () => {
    process.env.CDK_CONTEXT_JSON = JSON.stringify({ fromCli: 'yes' });
    try {
      const app = new App({ context: { fromCli: 'no', other: 1 } });
      assert.equal(app.node.tryGetContext('fromCli'), 'yes');
      assert.equal(app.node.tryGetContext('other'), 1);
    } finally {
      delete process.env.CDK_CONTEXT_JSON;
    }
  });
});
