import { after, before, beforeEach, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BundlingDockerImage, DockerBuildSecret, DockerImage } from '../../../src/core/assets/docker-image';
import { DockerVolumeConsistency } from '../../../src/core/assets/bundling';
import { FakeDocker, installFakeDocker } from './fake-docker';

const IMAGE_DIR = path.join(__dirname, '..', '..', 'fixtures', 'staging', 'image');
// The tag aws-cdk-lib gives the fixture image built without options.
const BUILT_TAG = 'cdk-58c5871398e0d4be6101f46b5944f171c0990854c65c9cc31948eb8230231f17';

let docker: FakeDocker;
before(() => { docker = installFakeDocker(); });
after(() => { docker.uninstall(); });
beforeEach(() => { docker.reset(); });

describe('DockerImage', () => {
  test('an image from a registry stands for its name in asset hashes', () => {
    const image = DockerImage.fromRegistry('public.ecr.aws/docker/library/alpine:3');
    assert.equal(image.image, 'public.ecr.aws/docker/library/alpine:3');
    assert.equal(JSON.stringify({ image }), '{"image":"public.ecr.aws/docker/library/alpine:3"}');
    assert.deepEqual(docker.calls(), []);
  });

  test('fromBuild tags the image by the fingerprint of its directory and options, as aws-cdk-lib does, and stands for the fingerprint', () => {
    docker.behave({ noImage: true });
    const image = DockerImage.fromBuild(IMAGE_DIR);
    assert.equal(image.image, BUILT_TAG);
    assert.equal(JSON.stringify(image), JSON.stringify(BUILT_TAG.slice('cdk-'.length)));
    assert.deepEqual(docker.calls(), [['image', 'inspect', BUILT_TAG], ['build', '-t', BUILT_TAG, IMAGE_DIR]]);
  });

  test('fromBuild passes the build options to docker build in aws-cdk-lib\'s order', () => {
    docker.behave({ noImage: true });
    const image = DockerImage.fromBuild(IMAGE_DIR, {
      buildArgs: { Z: 'z', A: 'a' }, file: 'Other.Dockerfile', platform: 'linux/amd64', targetStage: 'tgt',
      cacheFrom: [{ type: 'registry', params: { ref: 'x' } }], cacheTo: { type: 'inline' }, cacheDisabled: true, network: 'host',
    });
    assert.deepEqual(docker.calls()[1], [
      'build', '-t', image.image, '-f', path.join(IMAGE_DIR, 'Other.Dockerfile'), '--platform', 'linux/amd64', '--network', 'host',
      '--target', 'tgt', '--cache-from', 'type=registry,ref=x', '--cache-to', 'type=inline', '--no-cache',
      '--build-arg', 'Z=z', '--build-arg', 'A=a', IMAGE_DIR,
    ]);
  });

  test('fromBuild does not build again an image that exists already', () => {
    DockerImage.fromBuild(IMAGE_DIR);
    assert.deepEqual(docker.calls(), [['image', 'inspect', BUILT_TAG]]);
  });

  test('a failed build is an error naming the directory', () => {
    docker.behave({ noImage: true, runExitCode: 0 });
    const saved = process.env.CDK_DOCKER;
    process.env.CDK_DOCKER = path.join(os.tmpdir(), 'no-such-docker-here');
    try {
      assert.throws(() => DockerImage.fromBuild(IMAGE_DIR), (e: Error) => e.message.includes(`Failed to build the Docker image in ${IMAGE_DIR}`)
        && e.message.includes('was not found on PATH'));
    } finally {
      process.env.CDK_DOCKER = saved;
    }
  });

  test('run passes its options to docker run in aws-cdk-lib\'s order', () => {
    DockerImage.fromRegistry('alpine').run({
      command: ['ls', '-l'], entrypoint: ['/bin/sh', '-c'], environment: { X: 'y' }, user: '1000', workingDirectory: '/w',
      volumes: [{ hostPath: '/h', containerPath: '/c', consistency: DockerVolumeConsistency.CONSISTENT }], volumesFrom: ['other'],
      securityOpt: 'seccomp=unconfined', network: 'none', platform: 'linux/amd64',
    });
    assert.deepEqual(docker.calls(), [[
      'run', '--rm', '--security-opt', 'seccomp=unconfined', '--network', 'none', '--platform', 'linux/amd64', '-u', '1000',
      '--volumes-from', 'other', '-v', '/h:/c:consistent', '--env', 'X=y', '-w', '/w', '--entrypoint', '/bin/sh', 'alpine', '-c', 'ls', '-l',
    ]]);
  });

  test('cp copies out of a container created from the image, and removes the container', () => {
    const destination = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-dest-'));
    const id = '0123456789abcdef'.repeat(4);
    try {
      assert.equal(DockerImage.fromRegistry('alpine').cp('/some/path', destination), destination);
      assert.deepEqual(docker.calls(), [['create', 'alpine'], ['cp', `${id}:/some/path`, destination], ['rm', '-v', id]]);
    } finally {
      fs.rmSync(destination, { recursive: true, force: true });
    }
  });

  test('cp without a destination copies into a new temporary directory', () => {
    const destination = DockerImage.fromRegistry('alpine').cp('/some/path');
    try {
      assert.match(path.basename(destination), /^cdk-docker-cp-/);
      assert.ok(fs.existsSync(path.join(destination, 'copied.txt')));
    } finally {
      fs.rmSync(destination, { recursive: true, force: true });
    }
  });

  test('the deprecated BundlingDockerImage factories make the same images', () => {
    assert.equal(BundlingDockerImage.fromRegistry('alpine').image, 'alpine');
    assert.equal(BundlingDockerImage.fromAsset(IMAGE_DIR).image, BUILT_TAG);
  });

  test('a build secret from a file is written as src=<path>', () => {
    assert.equal(DockerBuildSecret.fromSrc('/run/secret.txt'), 'src=/run/secret.txt');
  });
});
