import { afterEach, beforeEach, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Template } from '../../src/assertions';
import * as kms from '../../src/aws-kms';
import * as lambda from '../../src/aws-lambda';
import { App, CfnResource, Stack, ValidationError } from '../../src/core';
import { AssetStaging } from '../../src/core/assets/asset-staging';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const HELLO = path.join(FIXTURES, 'lambda', 'hello');
const ZIP = path.join(FIXTURES, 'staging', 'archive.zip');
// aws-cdk-lib's hashes of the fixtures (see test/compat/golden/aws-lambda/code-asset.json).
const HELLO_HASH = 'ebf0405d0400aad6e82a65fa5e8d39562e3ce5478599ba8843858423de4c8815';
const ZIP_HASH = '946cb1f5abdbb63617cea3d9fefdc7e0589473f7c9842260b3b594cab0d3c88a';
const ASSET_BUCKET = { 'Fn::Sub': 'cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}' };

let outdir: string;
beforeEach(() => {
  outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-code-asset-test-'));
  AssetStaging.clearAssetHashCache();
});
afterEach(() => { fs.rmSync(outdir, { recursive: true, force: true }); });

function newApp(context: Record<string, unknown> = {}): App {
  return new App({ outdir, context });
}

function newFunction(scope: Stack, id: string, code: lambda.Code): lambda.Function {
  return new lambda.Function(scope, id, { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code });
}

function codeOf(stack: Stack, logicalId: string): any {
  return Template.fromStack(stack).toJSON().Resources[logicalId].Properties.Code;
}

describe('Code.fromAsset', () => {
  test('a directory is zipped and uploaded to the bootstrap bucket under its hash', () => {
    const stack = new Stack(newApp(), 'Stack');
    newFunction(stack, 'Fn', lambda.Code.fromAsset(HELLO));
    assert.deepEqual(codeOf(stack, 'Fn9270CBC0'), { S3Bucket: ASSET_BUCKET, S3Key: `${HELLO_HASH}.zip` });
  });

  test('the asset manifest lists the staged directory, zipped, named after the function', () => {
    const app = newApp();
    const stack = new Stack(app, 'Stack');
    newFunction(stack, 'Fn', lambda.Code.fromAsset(HELLO));
    app.synth();
    const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'Stack.assets.json'), 'utf8'));
    assert.equal(manifest.files[HELLO_HASH].displayName, 'Fn/Code');
    assert.deepEqual(manifest.files[HELLO_HASH].source, { path: `asset.${HELLO_HASH}`, packaging: 'zip' });
    assert.deepEqual(fs.readdirSync(path.join(outdir, `asset.${HELLO_HASH}`)), ['index.js']);
  });

  test('a .zip file is uploaded as it is', () => {
    const stack = new Stack(newApp(), 'Stack');
    newFunction(stack, 'Fn', lambda.Code.fromAsset(ZIP));
    assert.deepEqual(codeOf(stack, 'Fn9270CBC0'), { S3Bucket: ASSET_BUCKET, S3Key: `${ZIP_HASH}.zip` });
  });

  test('a file that is not a .zip archive is rejected, naming the function and the file', () => {
    const stack = new Stack(newApp(), 'Stack');
    const file = path.join(FIXTURES, 'staging', 'file.txt');
    assert.throws(() => newFunction(stack, 'Fn', lambda.Code.fromAsset(file)), (e: Error) => {
      assert.ok(e instanceof ValidationError);
      assert.equal(e.message, `[Stack/Fn] Lambda code asset '${file}' must be a directory or a .zip file`);
      return true;
    });
  });

  test('a path that does not exist is rejected when the code is bound', () => {
    const stack = new Stack(newApp(), 'Stack');
    const code = lambda.Code.fromAsset(path.join(FIXTURES, 'no-such-code'));
    assert.throws(() => newFunction(stack, 'Fn', code), /Cannot find asset at .*no-such-code/);
  });

  test('a source KMS key is rendered as SourceKMSKeyArn', () => {
    const stack = new Stack(newApp(), 'Stack');
    const key = new kms.Key(stack, 'Key');
    newFunction(stack, 'Fn', lambda.Code.fromAsset(HELLO, { sourceKMSKey: key }));
    assert.deepEqual(codeOf(stack, 'Fn9270CBC0').SourceKMSKeyArn, { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] });
  });

  test('asset options such as exclude change what is uploaded, and so the hash', () => {
    const stack = new Stack(newApp(), 'Stack');
    newFunction(stack, 'All', lambda.Code.fromAsset(path.join(FIXTURES, 'staging', 'dir')));
    newFunction(stack, 'NoLogs', lambda.Code.fromAsset(path.join(FIXTURES, 'staging', 'dir'), { exclude: ['*.log'] }));
    const resources = Template.fromStack(stack).toJSON().Resources;
    const keys = Object.values(resources).filter((r: any) => r.Type === 'AWS::Lambda::Function').map((r: any) => r.Properties.Code.S3Key);
    assert.equal(new Set(keys).size, 2);
    // aws-cdk-lib's hash of the fixture without *.log (test/compat/golden/aws-lambda/code-asset.json).
    assert.ok(keys.includes('7277efdc3d536523aa68f7213c0eab9e984540582140cec3e27ba06198b685b7.zip'));
  });

  test('one AssetCode bound to two functions and a layer of a stack is one asset, created under the first', () => {
    const stack = new Stack(newApp(), 'Stack');
    const code = lambda.Code.fromAsset(HELLO);
    const first = newFunction(stack, 'First', code);
    const second = newFunction(stack, 'Second', code);
    new lambda.LayerVersion(stack, 'Layer', { code });
    assert.ok(first.node.tryFindChild('Code'));
    assert.equal(second.node.tryFindChild('Code'), undefined);
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::LayerVersion', { Content: { S3Bucket: ASSET_BUCKET, S3Key: `${HELLO_HASH}.zip` } });
    const codes = Object.values(template.findResources('AWS::Lambda::Function')).map((r: any) => r.Properties.Code);
    assert.deepEqual(codes, [{ S3Bucket: ASSET_BUCKET, S3Key: `${HELLO_HASH}.zip` }, { S3Bucket: ASSET_BUCKET, S3Key: `${HELLO_HASH}.zip` }]);
  });

  test('one AssetCode bound in two stacks is rejected, naming both', () => {
    const app = newApp();
    const code = lambda.Code.fromAsset(HELLO);
    newFunction(new Stack(app, 'One'), 'Fn', code);
    assert.throws(() => newFunction(new Stack(app, 'Two'), 'Fn', code),
      /^ValidationError: \[Two\/Fn\] The code asset '.*hello' is already used in stack One; an AssetCode belongs to one stack: call Code.fromAsset\(\) again for each stack$/);
  });

  test('with asset metadata enabled the function and the layer record their asset for SAM', () => {
    const stack = new Stack(newApp({ 'aws:cdk:enable-asset-metadata': true }), 'Stack');
    newFunction(stack, 'Fn', lambda.Code.fromAsset(HELLO));
    new lambda.LayerVersion(stack, 'Layer', { code: lambda.Code.fromAsset(HELLO) });
    const template = Template.fromStack(stack);
    template.hasResource('AWS::Lambda::Function', {
      Metadata: { 'aws:asset:path': `asset.${HELLO_HASH}`, 'aws:asset:is-bundled': false, 'aws:asset:property': 'Code' },
    });
    template.hasResource('AWS::Lambda::LayerVersion', {
      Metadata: { 'aws:asset:path': `asset.${HELLO_HASH}`, 'aws:asset:is-bundled': false, 'aws:asset:property': 'Content' },
    });
  });

  test('bindToResource before bind is rejected, naming the resource', () => {
    const stack = new Stack(newApp(), 'Stack');
    const resource = new CfnResource(stack, 'Thing', { type: 'AWS::Test::Thing' });
    assert.throws(() => lambda.Code.fromAsset(HELLO).bindToResource(resource),
      /\[Stack\/Thing\] AssetCode.bindToResource\(\) was called before bind\(\)/);
  });
});
