import { afterEach, beforeEach, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, CfnResource, IgnoreMode, Stack } from '../../src/core';
import { Template } from '../../src/assertions';
import * as iam from '../../src/aws-iam';
import { DockerImageAsset, NetworkMode, Platform, TarballImageAsset } from '../../src/aws-ecr-assets';
import { AssetStaging } from '../../src/core/assets/asset-staging';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'staging');
const IMAGE = path.join(FIXTURES, 'image');
// aws-cdk-lib's hashes for the fixtures.
const IMAGE_HASH = '9dd7a73ab3768b7c878452d1981676cd86d69b8fd341f14007f3c30b54b34ee0';
const IMAGE_ALL_HASH = '8bbeea1b111f1014f5e6250a1498e3d2659c9d12f03ed6bafab8edfff91aa269';

let outdir: string;
beforeEach(() => {
  outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'image-asset-test-'));
  AssetStaging.clearAssetHashCache();
});
afterEach(() => { fs.rmSync(outdir, { recursive: true, force: true }); });

function newStack(context: Record<string, unknown> = {}): Stack {
  return new Stack(new App({ outdir, context }), 'Stack');
}

function dockerImagesOf(stack: Stack): any {
  (stack.node.root as App).synth();
  return JSON.parse(fs.readFileSync(path.join(outdir, 'Stack.assets.json'), 'utf8')).dockerImages;
}

describe('DockerImageAsset', () => {
  test('stages the build context and refers to the image in the bootstrap repository, tagged with the hash aws-cdk-lib computes', () => {
    const stack = newStack();
    const asset = new DockerImageAsset(stack, 'Image', { directory: IMAGE });
    new CfnResource(stack, 'Uses', { type: 'AWS::Test::Thing', properties: { Uri: asset.imageUri, Tag: asset.imageTag, Repo: asset.repository.repositoryName } });

    assert.equal(asset.assetHash, IMAGE_HASH);
    assert.deepEqual(Template.fromStack(stack).toJSON().Resources.Uses.Properties, {
      Uri: { 'Fn::Sub': `\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.\${AWS::URLSuffix}/cdk-hnb659fds-container-assets-\${AWS::AccountId}-\${AWS::Region}:${IMAGE_HASH}` },
      Tag: IMAGE_HASH,
      Repo: { 'Fn::Sub': 'cdk-hnb659fds-container-assets-${AWS::AccountId}-${AWS::Region}' },
    });
    assert.deepEqual(fs.readdirSync(path.join(outdir, `asset.${IMAGE_HASH}`)).sort(), ['Dockerfile', 'Other.Dockerfile', 'app.txt']);
  });

  test('writes the docker image entry of the asset manifest: the CLI builds the image at deployment', () => {
    const stack = newStack();
    new DockerImageAsset(stack, 'Image', {
      directory: IMAGE, file: 'Other.Dockerfile', buildArgs: { B: '2', A: '1' }, target: 'build', platform: Platform.LINUX_ARM64,
      networkMode: NetworkMode.HOST, extraHash: 'x', outputs: ['type=docker'], buildSecrets: { s: 'src=/tmp/s' }, buildSsh: 'default',
      cacheFrom: [{ type: 'registry', params: { ref: 'r' } }], cacheTo: { type: 'inline' }, cacheDisabled: true, displayName: 'my image',
    });
    const entry = dockerImagesOf(stack)[Object.keys(dockerImagesOf(stack))[0]];
    assert.equal(entry.displayName, 'my image');
    assert.deepEqual(entry.source, {
      directory: `asset.${entry.destinations[Object.keys(entry.destinations)[0]].imageTag}`,
      dockerBuildArgs: { B: '2', A: '1' }, dockerBuildSecrets: { s: 'src=/tmp/s' }, dockerBuildSsh: 'default', dockerBuildTarget: 'build',
      dockerFile: 'Other.Dockerfile', networkMode: 'host', platform: 'linux/arm64', dockerOutputs: ['type=docker'],
      cacheFrom: [{ type: 'registry', params: { ref: 'r' } }], cacheTo: { type: 'inline' }, cacheDisabled: true,
    });
    assert.deepEqual(Object.values(entry.destinations), [{
      repositoryName: 'cdk-hnb659fds-container-assets-${AWS::AccountId}-${AWS::Region}',
      imageTag: entry.source.directory.slice('asset.'.length),
      assumeRoleArn: 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-hnb659fds-image-publishing-role-${AWS::AccountId}-${AWS::Region}',
    }]);
  });

  test('the build options that change the image take part in its hash, as in aws-cdk-lib', () => {
    const asset = new DockerImageAsset(newStack(), 'Image', {
      directory: IMAGE, file: 'Other.Dockerfile', buildArgs: { B: '2', A: '1' }, target: 'build', platform: Platform.LINUX_ARM64,
      networkMode: NetworkMode.HOST, extraHash: 'x', outputs: ['type=docker'], buildSecrets: { s: 'src=/tmp/s' }, buildSsh: 'default', buildContexts: { c: '/tmp' },
    });
    assert.equal(asset.assetHash, IMAGE_ALL_HASH);
  });

  test('options left out by invalidation do not change the hash', () => {
    const asset = new DockerImageAsset(newStack(), 'Image', { directory: IMAGE, buildArgs: { B: '2' }, invalidation: { buildArgs: false } });
    assert.equal(asset.assetHash, IMAGE_HASH);
  });

  test('the .dockerignore of the directory leaves files out, but never the Dockerfile nor the .dockerignore', () => {
    const asset = new DockerImageAsset(newStack(), 'Image', { directory: path.join(FIXTURES, 'image-with-dockerignore') });
    assert.equal(asset.assetHash, '74685151283e7b34d8dbab5f1e8f4b01e55ca18d160d51b3687223988e1609a7');
    assert.deepEqual(fs.readdirSync(path.join(outdir, `asset.${asset.assetHash}`)).sort(), ['.dockerignore', 'Dockerfile', 'keep.txt']);
  });

  test('with ignoreMode GLOB the .dockerignore patterns are read as globs', () => {
    const asset = new DockerImageAsset(newStack(), 'Image', { directory: path.join(FIXTURES, 'image-with-dockerignore'), ignoreMode: IgnoreMode.GLOB, exclude: ['*.txt'] });
    assert.equal(asset.assetHash, '16e373a88975765c4c1447adb5455fad14eee0caffb389126bae383ba607119f');
  });

  test('with asset metadata enabled a resource records how its image is built', () => {
    const stack = newStack({ 'aws:cdk:enable-asset-metadata': true });
    const asset = new DockerImageAsset(stack, 'Image', { directory: IMAGE, buildArgs: {}, outputs: [] });
    const resource = new CfnResource(stack, 'Fn', { type: 'AWS::Lambda::Function' });
    asset.addResourceMetadata(resource, 'Code.ImageUri');
    assert.deepEqual(Template.fromStack(stack).toJSON().Resources.Fn.Metadata, {
      'aws:asset:path': `asset.${asset.assetHash}`,
      'aws:asset:dockerfile-path': 'Dockerfile',
      'aws:asset:docker-build-args': {},
      'aws:asset:property': 'Code.ImageUri',
      'aws:asset:docker-outputs': [],
    });
  });

  test('the repository can grant pulls', () => {
    const stack = newStack();
    const asset = new DockerImageAsset(stack, 'Image', { directory: IMAGE });
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    asset.repository.grantPull(role);
    Template.fromStack(stack).resourceCountIs('AWS::IAM::Policy', 1);
  });

  test('a missing directory or Dockerfile is an error naming the construct and the path', () => {
    const stack = newStack();
    assert.throws(() => new DockerImageAsset(stack, 'NoDir', { directory: path.join(outdir, 'none') }), /\[Stack\/NoDir\] Cannot find image directory at /);
    assert.throws(() => new DockerImageAsset(stack, 'NoFile', { directory: path.join(FIXTURES, 'dir') }),
      (e: Error) => e.message.includes('[Stack/NoFile]') && e.message.includes(`Cannot find file at ${path.join(FIXTURES, 'dir', 'Dockerfile')}`));
    assert.throws(() => new DockerImageAsset(stack, 'NoOther', { directory: IMAGE, file: 'Nope' }), /Cannot find file at .*Nope/);
  });

  test('tokens in build arguments are an error: the image is built before deployment', () => {
    const stack = newStack();
    assert.throws(() => new DockerImageAsset(stack, 'Image', { directory: IMAGE, buildArgs: { REGION: stack.region } }),
      /Cannot use tokens in keys or values of "buildArgs" since they are needed before deployment/);
  });

  test('platforms and network modes have Docker\'s names', () => {
    assert.equal(Platform.LINUX_AMD64.platform, 'linux/amd64');
    assert.equal(Platform.custom('linux/386').platform, 'linux/386');
    assert.equal(NetworkMode.NONE.mode, 'none');
    assert.equal(NetworkMode.fromContainer('abc').mode, 'container:abc');
    assert.equal(NetworkMode.custom('bridge').mode, 'bridge');
  });
});

describe('TarballImageAsset', () => {
  test('stages the tarball and has the CLI load it with docker load', () => {
    const stack = newStack();
    const asset = new TarballImageAsset(stack, 'Tarball', { tarballFile: path.join(FIXTURES, 'image.tar') });
    assert.equal(asset.assetHash, 'a15d9d792d442b6748358156eb40246d31602bd4e1b0d66550cfb0b41cb94f44');
    const entry = dockerImagesOf(stack)[asset.assetHash];
    assert.equal(entry.displayName, 'Tarball');
    assert.deepEqual(entry.source, {
      executable: ['sh', '-c', 'docker load -i "$1" | tail -n 1 | sed "s/Loaded image[^:]*: //g"', 'cdk-tarball-image-asset', `asset.${asset.assetHash}.tar`],
    });
  });
});
