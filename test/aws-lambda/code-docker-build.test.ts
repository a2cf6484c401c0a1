import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Template } from '../../src/assertions';
import * as lambda from '../../src/aws-lambda';
import { App, DockerImage, Stack } from '../../src/core';
import { AssetStaging } from '../../src/core/assets/asset-staging';
import { FakeDocker, installFakeDocker } from '../core/staging/fake-docker';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const CONTEXT = path.join(FIXTURES, 'lambda-image');
const HELLO = path.join(FIXTURES, 'lambda', 'hello');
const CONTAINER_ID = '0123456789abcdef'.repeat(4);
// aws-cdk-lib's hashes (see test/compat/golden/aws-lambda/code-docker-build.json and code-asset-bundling.json):
// of a folder holding the fake container's out.txt, and of the same output bundled from HELLO.
const COPIED_HASH = 'bde06f144741e0463f01f7d5562aa3115a1e3160cdf8ff4248cbaf959e729c82';
const BUNDLED_HASH = 'b3128e57850fbadb34062d450b859a9bc23ed56fb891585fe4ec29851c9f0656';
const ASSET_BUCKET = { 'Fn::Sub': 'cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}' };

let docker: FakeDocker;
let work: string;
before(() => { docker = installFakeDocker(); });
after(() => { docker.uninstall(); });
beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-docker-build-test-'));
  AssetStaging.clearAssetHashCache();
  docker.reset();
});
afterEach(() => { fs.rmSync(work, { recursive: true, force: true }); });

function newStack(context: Record<string, unknown> = {}): Stack {
  return new Stack(new App({ outdir: path.join(work, 'cdk.out'), context }), 'Stack');
}

function newFunction(stack: Stack, code: lambda.Code): lambda.Function {
  return new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'out.handler', code });
}

function tagOf(calls: string[][]): string {
  const inspect = calls.find(args => args[0] === 'image' && args[1] === 'inspect');
  assert.ok(inspect, `no docker image inspect among ${JSON.stringify(calls)}`);
  return inspect[2];
}

describe('Code.fromDockerBuild', () => {
  test('builds a missing image with the build options, copies imagePath out of it and uses the copy as asset code', () => {
    docker.behave({ noImage: true });
    const outputPath = fs.mkdtempSync(path.join(work, 'code-'));
    const code = lambda.Code.fromDockerBuild(CONTEXT, {
      imagePath: '/asset-output', outputPath, file: 'build.Dockerfile', buildArgs: { GREETING: 'built' }, platform: 'linux/arm64',
    });

    const calls = docker.calls();
    const tag = tagOf(calls);
    assert.match(tag, /^cdk-[0-9a-f]{64}$/);
    assert.deepEqual(calls, [
      ['image', 'inspect', tag],
      ['build', '-t', tag, '-f', path.join(CONTEXT, 'build.Dockerfile'), '--platform', 'linux/arm64', '--build-arg', 'GREETING=built', CONTEXT],
      ['create', tag],
      ['cp', `${CONTAINER_ID}:/asset-output/.`, outputPath],
      ['rm', '-v', CONTAINER_ID],
    ]);
    assert.ok(code instanceof lambda.AssetCode);
    assert.equal(code.path, outputPath);

    const stack = newStack();
    newFunction(stack, code);
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', { Code: { S3Bucket: ASSET_BUCKET, S3Key: `${COPIED_HASH}.zip` } });
  });

  test('an image that exists already (same context and options) is not built again', () => {
    lambda.Code.fromDockerBuild(CONTEXT, { imagePath: '/asset-output', outputPath: work });
    assert.deepEqual(docker.calls().map(args => args[0]), ['image', 'create', 'cp', 'rm']);
  });

  test('imagePath defaults to /asset; its content is copied, whether or not it ends in a slash', () => {
    const copiedFrom = (imagePath?: string): string => {
      docker.reset();
      lambda.Code.fromDockerBuild(CONTEXT, { imagePath, outputPath: work });
      return docker.calls().find(args => args[0] === 'cp')![1].slice(CONTAINER_ID.length + 1);
    };
    assert.equal(copiedFrom(undefined), '/asset/.');
    assert.equal(copiedFrom('/code'), '/code/.');
    assert.equal(copiedFrom('/code/'), '/code/.');
    assert.equal(copiedFrom('/code/.'), '/code/.');
  });

  test('without outputPath the code is copied into a new temporary directory', () => {
    const code = lambda.Code.fromDockerBuild(CONTEXT, { imagePath: '/asset-output' });
    try {
      assert.ok(code.path.startsWith(path.join(os.tmpdir(), 'cdk-docker-cp-')), code.path);
      assert.deepEqual(fs.readdirSync(code.path), ['out.txt']);
    } finally {
      fs.rmSync(code.path, { recursive: true, force: true });
    }
  });

  test('every option takes part in the image tag, as in aws-cdk-lib: another outputPath is another tag', () => {
    const tagFor = (options: lambda.DockerBuildAssetOptions): string => {
      docker.reset();
      lambda.Code.fromDockerBuild(CONTEXT, options);
      return tagOf(docker.calls());
    };
    const first = fs.mkdtempSync(path.join(work, 'a-'));
    const second = fs.mkdtempSync(path.join(work, 'b-'));
    assert.equal(tagFor({ outputPath: first }), tagFor({ outputPath: first }));
    assert.notEqual(tagFor({ outputPath: first }), tagFor({ outputPath: second }));
    assert.notEqual(tagFor({ outputPath: first }), tagFor({ outputPath: first, imagePath: '/code' }));
  });

  test('a build that cannot run is reported with the build directory', () => {
    const saved = process.env.CDK_DOCKER;
    process.env.CDK_DOCKER = path.join(work, 'no-docker-here');
    try {
      assert.throws(() => lambda.Code.fromDockerBuild(CONTEXT), (e: Error) => {
        assert.match(e.message, new RegExp(`^Failed to build the Docker image in ${CONTEXT}: .*no-docker-here`));
        return true;
      });
    } finally {
      process.env.CDK_DOCKER = saved;
    }
  });
});

describe('Code.fromAsset with Docker bundling', () => {
  test('runs the image with the source mounted, and the bundle is the code', () => {
    const stack = newStack({ 'aws:cdk:enable-asset-metadata': true });
    newFunction(stack, lambda.Code.fromAsset(HELLO, {
      bundling: { image: DockerImage.fromRegistry('public.ecr.aws/sam/build-nodejs22.x'), command: ['bash', '-c', 'cp -r . /asset-output'] },
    }));
    const runs = docker.calls().filter(args => args[0] === 'run');
    assert.equal(runs.length, 1);
    assert.ok(runs[0].includes(`${HELLO}:/asset-input:delegated`), JSON.stringify(runs[0]));
    assert.deepEqual(runs[0].slice(-4), ['public.ecr.aws/sam/build-nodejs22.x', 'bash', '-c', 'cp -r . /asset-output']);
    Template.fromStack(stack).hasResource('AWS::Lambda::Function', {
      Metadata: { 'aws:asset:path': `asset.${BUNDLED_HASH}`, 'aws:asset:is-bundled': true, 'aws:asset:property': 'Code' },
      Properties: { Code: { S3Bucket: ASSET_BUCKET, S3Key: `${BUNDLED_HASH}.zip` } },
    });
  });

  test('a bundling container that fails is reported, naming the asset', () => {
    docker.behave({ runExitCode: 2 });
    const stack = newStack();
    const code = lambda.Code.fromAsset(HELLO, { bundling: { image: DockerImage.fromRegistry('alpine'), command: ['false'] } });
    assert.throws(() => newFunction(stack, code), /^ValidationError: \[Stack\/Fn\/Code\/Stage\] Failed to bundle the asset with Docker: .* exited with status 2/);
  });
});
