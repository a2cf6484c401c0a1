import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack } from '../../../src/core';
import { AssetStaging } from '../../../src/core/assets/asset-staging';
import { BundlingFileAccess, BundlingOptions } from '../../../src/core/assets/bundling';
import { DockerImage } from '../../../src/core/assets/docker-image';
import { FakeDocker, installFakeDocker } from './fake-docker';

// A relative App outdir (and a relative asset path) are relative to the working directory, as in `cdk synth` run
// from a project folder. Docker reads a `-v` source without a leading slash as a named volume, so the mounts must be
// absolute, as aws-cdk-lib makes them. The user's own volumes go to docker as given, as in aws-cdk-lib.

let docker: FakeDocker;
let work: string;
let savedCwd: string;
before(() => { docker = installFakeDocker(); });
after(() => { docker.uninstall(); });
beforeEach(() => {
  savedCwd = process.cwd();
  process.chdir(fs.mkdtempSync(path.join(os.tmpdir(), 'bundling-relative-outdir-test-')));
  work = process.cwd(); // the real path, which is what path.resolve builds on
  fs.mkdirSync('src');
  fs.writeFileSync(path.join('src', 'index.py'), 'def handler(event, context): pass\n');
  AssetStaging.clearAssetHashCache();
  docker.reset();
});
afterEach(() => {
  process.chdir(savedCwd);
  fs.rmSync(work, { recursive: true, force: true });
});

function stageWithRelativeOutdir(bundling: Partial<BundlingOptions>): AssetStaging {
  const stack = new Stack(new App({ outdir: 'cdk.out' }), 'Stack');
  return new AssetStaging(stack, 'Asset', {
    sourcePath: 'src',
    bundling: { image: DockerImage.fromRegistry('public.ecr.aws/sam/build-python3.12'), command: ['true'], ...bundling },
  });
}

describe('bundling with a relative App outdir', () => {
  test('mounts the source and the output folder by their absolute paths, and user volumes as given', () => {
    const staging = stageWithRelativeOutdir({ user: 'me', volumes: [{ hostPath: 'rel/vol', containerPath: '/v' }] });

    assert.deepEqual(docker.calls(), [[
      'run', '--rm', '-u', 'me',
      '-v', `${work}/src:/asset-input:delegated`,
      '-v', `${work}/cdk.out/asset.${staging.assetHash}-building:/asset-output:delegated`,
      '-v', 'rel/vol:/v:delegated',
      '-w', '/asset-input', 'public.ecr.aws/sam/build-python3.12', 'true',
    ]]);
    // The fake container writes only into an absolute host folder: the output arrived where the CDK looks for it.
    assert.deepEqual(fs.readdirSync(staging.absoluteStagedPath), ['out.txt']);
  });

  test('copies the source in and the output out by their absolute paths with VOLUME_COPY', () => {
    const staging = stageWithRelativeOutdir({ bundlingFileAccess: BundlingFileAccess.VOLUME_COPY });

    const copies = docker.calls().filter(args => args[0] === 'cp');
    assert.equal(copies.length, 2, JSON.stringify(docker.calls()));
    assert.equal(copies[0][1], `${work}/src/.`);
    assert.equal(copies[1][2], `${work}/cdk.out/asset.${staging.assetHash}-building`);
    assert.deepEqual(fs.readdirSync(staging.absoluteStagedPath), ['out.txt']);
  });

  test('gives a local bundler the absolute path of the output folder', () => {
    const outputDirs: string[] = [];
    const staging = stageWithRelativeOutdir({
      local: {
        tryBundle(outputDir: string) {
          outputDirs.push(outputDir);
          fs.writeFileSync(path.join(outputDir, 'local.txt'), 'local\n');
          return true;
        },
      },
    });

    assert.deepEqual(outputDirs, [`${work}/cdk.out/asset.${staging.assetHash}-building`]);
    assert.deepEqual(docker.calls(), []);
    assert.deepEqual(fs.readdirSync(staging.absoluteStagedPath), ['local.txt']);
  });
});
