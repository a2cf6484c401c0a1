import { afterEach, beforeEach, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Construct } from 'constructs';
import { App, CfnResource, Stack } from '../../src/core';
import { Template } from '../../src/assertions';
import * as iam from '../../src/aws-iam';
import { Asset } from '../../src/aws-s3-assets';
import { AssetStaging } from '../../src/core/assets/asset-staging';
import { DockerImage } from '../../src/core/assets/docker-image';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'staging');
const DIR_HASH = '4d60786f92c89663fcd662151cf9f1e5b927007000d77ab84151a1fd2e99eb8f';
const FILE_HASH = 'b58c0ca04e3e358612123a2a010794675f45263c3ec99fd4807acb940ff26279';
const ZIP_HASH = '946cb1f5abdbb63617cea3d9fefdc7e0589473f7c9842260b3b594cab0d3c88a';
const ASSET_BUCKET = { 'Fn::Sub': 'cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}' };

let outdir: string;
beforeEach(() => {
  outdir = fs.mkdtempSync(path.join(os.tmpdir(), 's3-asset-test-'));
  AssetStaging.clearAssetHashCache();
});
afterEach(() => { fs.rmSync(outdir, { recursive: true, force: true }); });

function newStack(context: Record<string, unknown> = {}): Stack {
  return new Stack(new App({ outdir, context }), 'Stack');
}

/** The template references to an asset, through a resource that uses them. */
function references(stack: Stack, asset: Asset): { Bucket: unknown; Key: unknown } {
  new CfnResource(stack, `Uses${asset.node.id}`, { type: 'AWS::Test::Thing', properties: { Bucket: asset.s3BucketName, Key: asset.s3ObjectKey } });
  return Template.fromStack(stack).toJSON().Resources[`Uses${asset.node.id}`].Properties;
}

function assetManifest(stack: Stack): any {
  (stack.node.root as App).synth();
  return JSON.parse(fs.readFileSync(path.join(outdir, 'Stack.assets.json'), 'utf8'));
}

describe('Asset', () => {
  test('a directory is zipped at publishing: the object key is <hash>.zip in the bootstrap bucket', () => {
    const stack = newStack();
    const asset = new Asset(stack, 'Dir', { path: path.join(FIXTURES, 'dir') });
    assert.deepEqual(references(stack, asset), { Bucket: ASSET_BUCKET, Key: `${DIR_HASH}.zip` });
    assert.equal(asset.assetHash, DIR_HASH);
    assert.equal(asset.assetPath, `asset.${DIR_HASH}`);
    assert.equal(asset.isZipArchive, true);
    assert.equal(asset.isFile, false);
  });

  test('a file keeps its extension in the object key and is not an archive', () => {
    const stack = newStack();
    const asset = new Asset(stack, 'File', { path: path.join(FIXTURES, 'file.txt') });
    assert.deepEqual(references(stack, asset), { Bucket: ASSET_BUCKET, Key: `${FILE_HASH}.txt` });
    assert.equal(asset.isFile, true);
    assert.equal(asset.isZipArchive, false);
  });

  test('a .zip file is uploaded as it is', () => {
    const stack = newStack();
    const asset = new Asset(stack, 'Zip', { path: path.join(FIXTURES, 'archive.zip') });
    assert.deepEqual(references(stack, asset), { Bucket: ASSET_BUCKET, Key: `${ZIP_HASH}.zip` });
    assert.equal(asset.isFile, true);
    assert.equal(asset.isZipArchive, true);
    assert.equal(asset.assetPath, `asset.${ZIP_HASH}.zip`);
  });

  test('the asset manifest entry names the staged path, its packaging, and the construct path below the stack', () => {
    const stack = newStack();
    new Asset(new Construct(stack, 'Outer'), 'Inner', { path: path.join(FIXTURES, 'dir') });
    new Asset(stack, 'Named', { path: path.join(FIXTURES, 'file.txt'), displayName: 'my file' });
    const manifest = assetManifest(stack);
    assert.deepEqual(manifest.files[DIR_HASH].displayName, 'Outer/Inner');
    assert.deepEqual(manifest.files[DIR_HASH].source, { path: `asset.${DIR_HASH}`, packaging: 'zip' });
    assert.deepEqual(manifest.files[FILE_HASH].displayName, 'my file');
    assert.deepEqual(manifest.files[FILE_HASH].source, { path: `asset.${FILE_HASH}.txt`, packaging: 'file' });
    assert.deepEqual(Object.values(manifest.files[FILE_HASH].destinations), [{
      bucketName: 'cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}',
      objectKey: `${FILE_HASH}.txt`,
      assumeRoleArn: 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-hnb659fds-file-publishing-role-${AWS::AccountId}-${AWS::Region}',
    }]);
  });

  test('two constructs using the same directory share one staged asset and one manifest entry', () => {
    const stack = newStack();
    const a = new Asset(stack, 'A', { path: path.join(FIXTURES, 'dir') });
    const b = new Asset(stack, 'B', { path: path.join(FIXTURES, 'dir') });
    assert.equal(a.s3ObjectKey, b.s3ObjectKey);
    const manifest = assetManifest(stack);
    assert.deepEqual(Object.keys(manifest.files).filter(h => manifest.files[h].source.path.startsWith('asset.')), [DIR_HASH]);
    assert.deepEqual(fs.readdirSync(outdir).filter(e => e.startsWith('asset.')), [`asset.${DIR_HASH}`]);
  });

  test('with asset metadata enabled (as the CLI does) a resource records where its asset is, for SAM', () => {
    const stack = newStack({ 'aws:cdk:enable-asset-metadata': true });
    const asset = new Asset(stack, 'Dir', { path: path.join(FIXTURES, 'dir') });
    const resource = new CfnResource(stack, 'Fn', { type: 'AWS::Lambda::Function' });
    asset.addResourceMetadata(resource, 'Code');
    assert.deepEqual(Template.fromStack(stack).toJSON().Resources.Fn.Metadata, {
      'aws:asset:path': `asset.${DIR_HASH}`, 'aws:asset:is-bundled': false, 'aws:asset:property': 'Code',
    });
  });

  test('without the asset metadata context no metadata is added', () => {
    const stack = newStack();
    const asset = new Asset(stack, 'Dir', { path: path.join(FIXTURES, 'dir') });
    const resource = new CfnResource(stack, 'Fn', { type: 'AWS::Lambda::Function' });
    asset.addResourceMetadata(resource, 'Code');
    assert.equal(Template.fromStack(stack).toJSON().Resources.Fn.Metadata, undefined);
  });

  test('a bundled asset says so in its metadata', () => {
    const stack = newStack({ 'aws:cdk:enable-asset-metadata': true });
    const asset = new Asset(stack, 'Bundled', {
      path: path.join(FIXTURES, 'dir'),
      bundling: { image: DockerImage.fromRegistry('alpine'), local: { tryBundle: (dir: string) => { fs.writeFileSync(path.join(dir, 'x.js'), 'x'); return true; } } },
    });
    const resource = new CfnResource(stack, 'Fn', { type: 'AWS::Lambda::Function' });
    asset.addResourceMetadata(resource, 'Code');
    assert.equal(Template.fromStack(stack).toJSON().Resources.Fn.Metadata['aws:asset:is-bundled'], true);
  });

  test('readers, and grantRead, may read every object of the asset bucket', () => {
    const stack = newStack();
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    new Asset(stack, 'Dir', { path: path.join(FIXTURES, 'dir'), readers: [role] });
    const bucketArn = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::', ASSET_BUCKET]] };
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [{
          Action: ['s3:GetObject*', 's3:GetBucket*', 's3:List*'],
          Effect: 'Allow',
          Resource: [bucketArn, { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::', ASSET_BUCKET, '/*']] }],
        }],
        Version: '2012-10-17',
      },
    });
  });

  test('an empty path is an error naming the construct', () => {
    assert.throws(() => new Asset(newStack(), 'Empty', { path: '' }), /\[Stack\/Empty\] path must be the file or directory to upload, got ""/);
  });

  test('a relative path is resolved against the working directory', () => {
    const relative = path.relative(process.cwd(), path.join(FIXTURES, 'file.txt'));
    const asset = new Asset(newStack(), 'File', { path: relative });
    assert.equal(asset.assetHash, FILE_HASH);
  });
});
