import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, CfnResource, Stack, Stage } from '../../src/core';

// The official CDK CLI (devDependency aws-cdk) is the real client of our cloud assemblies; it runs offline here.
const ROOT = path.resolve(__dirname, '..', '..');
const CDK = path.join(ROOT, 'node_modules', 'aws-cdk', 'bin', 'cdk');

function cdk(args: string[], cwd: string) {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-home-'));
  const r = spawnSync(process.execPath, [CDK, ...args, '--no-notices'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, HOME: home, CDK_DISABLE_VERSION_CHECK: '1', CDK_OUTDIR: '', CDK_CONTEXT_JSON: '' },
    timeout: 120_000,
  });
  fs.rmSync(home, { recursive: true, force: true });
  return r;
}

describe('the official cdk CLI', () => {
  test('cdk ls --app <assembly> lists the stacks of an assembly we wrote, nested stages included', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-out-'));
    const app = new App({ outdir });
    new CfnResource(new Stack(app, 'First'), 'Topic', { type: 'AWS::SNS::Topic' });
    const consumer = new Stack(app, 'Second');
    const queue = new CfnResource(new Stack(app, 'Third'), 'Queue', { type: 'AWS::SQS::Queue' });
    new CfnResource(consumer, 'Uses', { type: 'AWS::SNS::Topic', properties: { TopicName: queue.getAtt('QueueName').toString() } });
    new CfnResource(new Stack(new Stage(app, 'Prod'), 'Inner'), 'Topic', { type: 'AWS::SNS::Topic' });
    app.synth();

    const r = cdk(['ls', '--app', outdir], outdir);
    assert.equal(r.status, 0, `cdk ls failed:\n${r.stderr}`);
    const listed = r.stdout.trim().split('\n').map(l => l.trim()).sort();
    assert.deepEqual(listed, ['First', 'Prod/Inner (Prod-Inner)', 'Second', 'Third']);
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  test('cdk flags reads the feature flag report of an assembly we wrote, with the values the app sets', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-out-'));
    const app = new App({ outdir, context: { '@aws-cdk/aws-lambda:recognizeVersionProps': false } });
    new CfnResource(new Stack(app, 'Flags'), 'Topic', { type: 'AWS::SNS::Topic' });
    app.synth();

    const r = cdk(['flags', '--unstable=flags', '--all', '--app', outdir], outdir);
    assert.equal(r.status, 0, `cdk flags failed:\n${r.stderr}`);
    const output = r.stdout + r.stderr;
    assert.doesNotMatch(output, /not compatible/);
    assert.match(output, /@aws-cdk\/aws-lambda:recognizeVersionProps\s*│\s*true\s*│\s*false\s*│\s*false/);
    assert.match(output, /@aws-cdk\/aws-lambda:recognizeLayerVersion/);
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  test('cdk synth runs an app through cdk.json and prints our template', () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-app-'));
    fs.cpSync(path.join(ROOT, 'examples', 'hello'), work, { recursive: true });
    // The app imports 'lambda-cdk': point that at this checkout's build, as an installed package would be.
    fs.mkdirSync(path.join(work, 'node_modules'));
    fs.symlinkSync(ROOT, path.join(work, 'node_modules', 'lambda-cdk'), 'dir');
    fs.writeFileSync(path.join(work, 'cdk.json'), JSON.stringify({ app: `"${process.execPath}" --import "${require.resolve('tsx')}" app.ts` }));

    const r = cdk(['synth', 'HelloStack'], work);
    assert.equal(r.status, 0, `cdk synth failed:\n${r.stderr}`);
    assert.match(r.stdout, /Type: AWS::Lambda::Function/);
    assert.match(r.stdout, /Type: AWS::Lambda::Alias/);
    const manifest = JSON.parse(fs.readFileSync(path.join(work, 'cdk.out', 'manifest.json'), 'utf8'));
    assert.equal(manifest.artifacts.HelloStack.type, 'aws:cloudformation:stack');
    // The CLI passes aws:cdk:enable-path-metadata: resources carry their construct path.
    const template = JSON.parse(fs.readFileSync(path.join(work, 'cdk.out', 'HelloStack.template.json'), 'utf8'));
    const fnResource = Object.values<any>(template.Resources).find(r => r.Type === 'AWS::Lambda::Function');
    assert.equal(fnResource.Metadata['aws:cdk:path'], 'HelloStack/MyFunction/Resource');
    // ... and, with aws:cdk:enable-asset-metadata, where its code asset came from.
    assert.equal(fnResource.Metadata['aws:asset:property'], 'Code');
    const staged = fs.readdirSync(path.join(work, 'cdk.out')).filter(f => f.startsWith('asset.'));
    assert.equal(staged.length, 1);
    assert.ok(fs.existsSync(path.join(work, 'cdk.out', staged[0], 'index.js')));
    fs.rmSync(work, { recursive: true, force: true });
  });
});
