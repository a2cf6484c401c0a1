import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, AssetHashType, FileAssetPackaging, Stack, Stage } from '../../../src/core';
import { AssetStaging } from '../../../src/core/assets/asset-staging';
import { BundlingFileAccess, BundlingOptions, BundlingOutput, DockerVolumeConsistency, ILocalBundling } from '../../../src/core/assets/bundling';
import { DockerImage } from '../../../src/core/assets/docker-image';
import { FakeDocker, installFakeDocker } from './fake-docker';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'staging');
const SOURCE = path.join(FIXTURES, 'dir');
// aws-cdk-lib's hash of the fixture bundled with { image: 'alpine', command: ['true'] } (SOURCE hash type).
const BUNDLED_HASH = 'f5a39e2d968ed1916df535724d951417e8688f9364cd6cfc51c730c7088b796a';
const { uid, gid } = os.userInfo();

let docker: FakeDocker;
let work: string;
before(() => { docker = installFakeDocker(); });
after(() => { docker.uninstall(); });
beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'bundling-test-'));
  AssetStaging.clearAssetHashCache();
  docker.reset();
});
afterEach(() => { fs.rmSync(work, { recursive: true, force: true }); });

function newStack(context: Record<string, unknown> = {}, outdir = path.join(work, 'cdk.out')): Stack {
  return new Stack(new App({ outdir, context }), 'Stack');
}

function runCalls(): string[][] {
  return docker.calls().filter(args => args[0] === 'run');
}

/** A local bundler that writes the given files, or declines when given none. */
function localBundler(files: Record<string, string> | undefined, calls: string[] = []): ILocalBundling {
  return {
    tryBundle(outputDir: string) {
      calls.push(outputDir);
      if (files === undefined) { return false; }
      for (const [name, content] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(outputDir, name)), { recursive: true });
        fs.writeFileSync(path.join(outputDir, name), content);
      }
      return true;
    },
  };
}

describe('bundling in Docker', () => {
  test('passes docker exactly the mounts and flags aws-cdk-lib passes, in its order', () => {
    const bundling: BundlingOptions = {
      image: DockerImage.fromRegistry('alpine'),
      command: ['sh', '-c', 'echo hi'],
      entrypoint: ['/bin/ep', 'x'],
      environment: { B: '2', A: '1' },
      user: 'me',
      volumes: [{ hostPath: '/h1', containerPath: '/c1' }, { hostPath: '/h2', containerPath: '/c2', consistency: DockerVolumeConsistency.CACHED }],
      volumesFrom: ['vf1', 'vf2'],
      workingDirectory: '/wd',
      securityOpt: 'no-new-privileges',
      network: 'host',
      platform: 'linux/arm64',
    };
    const staging = new AssetStaging(newStack(), 'Asset', { sourcePath: SOURCE, bundling });
    const bundleDir = path.join(work, 'cdk.out', `asset.${staging.assetHash}-building`);

    assert.deepEqual(runCalls(), [[
      'run', '--rm', '--security-opt', 'no-new-privileges', '--network', 'host', '--platform', 'linux/arm64', '-u', 'me',
      '--volumes-from', 'vf1', '--volumes-from', 'vf2',
      '-v', `${SOURCE}:/asset-input:delegated`, '-v', `${bundleDir}:/asset-output:delegated`,
      '-v', '/h1:/c1:delegated', '-v', '/h2:/c2:cached',
      '--env', 'B=2', '--env', 'A=1', '-w', '/wd', '--entrypoint', '/bin/ep', 'alpine', 'x', 'sh', '-c', 'echo hi',
    ]]);
    assert.deepEqual(fs.readdirSync(staging.absoluteStagedPath), ['out.txt']);
  });

  test('runs as the current user in /asset-input by default, and the bundling options feed the hash as in aws-cdk-lib', () => {
    const staging = new AssetStaging(newStack(), 'Asset', { sourcePath: SOURCE, bundling: { image: DockerImage.fromRegistry('alpine'), command: ['true'] } });

    assert.equal(staging.assetHash, BUNDLED_HASH);
    const bundleDir = path.join(work, 'cdk.out', `asset.${BUNDLED_HASH}-building`);
    assert.deepEqual(runCalls(), [[
      'run', '--rm', '-u', `${uid}:${gid}`, '-v', `${SOURCE}:/asset-input:delegated`, '-v', `${bundleDir}:/asset-output:delegated`,
      '-w', '/asset-input', 'alpine', 'true',
    ]]);
    assert.equal(staging.packaging, FileAssetPackaging.ZIP_DIRECTORY);
    assert.equal(fs.existsSync(bundleDir), false, 'the -building directory is renamed into place');
  });

  test('VOLUME_COPY copies the source in and the output out through volumes, as aws-cdk-lib does (and passes no --network)', () => {
    const staging = new AssetStaging(newStack(), 'Asset', {
      sourcePath: SOURCE,
      bundling: {
        image: DockerImage.fromRegistry('alpine'), command: ['sh', '-c', 'x'], bundlingFileAccess: BundlingFileAccess.VOLUME_COPY,
        volumes: [{ hostPath: '/h', containerPath: '/c' }], environment: { E: '1' }, network: 'host', volumesFrom: ['vf'],
      },
    });
    const calls = docker.calls();
    const id = calls[0][2].slice('assetInput'.length);
    assert.match(id, /^[0-9a-f]{24}$/);
    const bundleDir = path.join(work, 'cdk.out', `asset.${staging.assetHash}-building`);
    assert.deepEqual(calls, [
      ['volume', 'create', `assetInput${id}`],
      ['volume', 'create', `assetOutput${id}`],
      ['run', '--name', `copyContainer${id}`, '-v', `assetInput${id}:/asset-input`, '-v', `assetOutput${id}:/asset-output`,
        'public.ecr.aws/docker/library/alpine', 'sh', '-c', `mkdir -p /asset-input && chown -R ${uid}:${gid} /asset-output && chown -R ${uid}:${gid} /asset-input`],
      ['cp', `${SOURCE}/.`, `copyContainer${id}:/asset-input`],
      ['run', '--rm', '-u', `${uid}:${gid}`, '--volumes-from', `copyContainer${id}`, '--volumes-from', 'vf', '-v', '/h:/c:delegated',
        '--env', 'E=1', '-w', '/asset-input', 'alpine', 'sh', '-c', 'x'],
      ['cp', `copyContainer${id}:/asset-output/.`, bundleDir],
      ['rm', `copyContainer${id}`],
      ['volume', 'rm', `assetInput${id}`],
      ['volume', 'rm', `assetOutput${id}`],
    ]);
    assert.deepEqual(fs.readdirSync(staging.absoluteStagedPath), ['out.txt']);
  });

  test('a failing docker run is an error naming the asset and how to bundle without Docker, and leaves nothing behind', () => {
    docker.behave({ runExitCode: 3 });
    const outdir = path.join(work, 'cdk.out');
    assert.throws(() => new AssetStaging(newStack(), 'Asset', { sourcePath: SOURCE, bundling: { image: DockerImage.fromRegistry('alpine') } }),
      (e: Error) => e.message.startsWith('[Stack/Asset] Failed to bundle the asset with Docker')
        && e.message.includes('exited with status 3') && e.message.includes('--> Command: ') && e.message.includes('bundling.local'));
    assert.deepEqual(fs.readdirSync(outdir).filter(e => e !== '.cache'), []);
  });

  test('docker missing from the machine is an error that says so', () => {
    const saved = process.env.CDK_DOCKER;
    process.env.CDK_DOCKER = path.join(work, 'no-such-docker');
    try {
      assert.throws(() => new AssetStaging(newStack(), 'Asset', { sourcePath: SOURCE, bundling: { image: DockerImage.fromRegistry('alpine') } }),
        (e: Error) => e.message.includes('[Stack/Asset]') && e.message.includes('was not found on PATH') && e.message.includes('bundling.local'));
    } finally {
      process.env.CDK_DOCKER = saved;
    }
  });

  test('an empty bundle is an error, not an empty zip, and leaves no asset behind', () => {
    docker.behave({ emptyOutput: true });
    assert.throws(() => new AssetStaging(newStack(), 'Asset', { sourcePath: SOURCE, bundling: { image: DockerImage.fromRegistry('alpine') } }),
      /\[Stack\/Asset\] Bundling did not produce any output. Check that content is written to \/asset-output./);
    assert.deepEqual(fs.readdirSync(path.join(work, 'cdk.out')).filter(e => e !== '.cache'), []);
  });

  test('an asset bundled already in the output directory is not bundled again', () => {
    const bundling = { image: DockerImage.fromRegistry('alpine'), command: ['true'] };
    new AssetStaging(newStack(), 'Asset', { sourcePath: SOURCE, bundling });
    AssetStaging.clearAssetHashCache();
    const again = new AssetStaging(newStack(), 'Asset', { sourcePath: SOURCE, bundling });
    assert.equal(runCalls().length, 1);
    assert.equal(again.assetHash, BUNDLED_HASH);
  });

  test('the source of a bundled asset must be a directory', () => {
    assert.throws(() => new AssetStaging(newStack(), 'Asset', { sourcePath: path.join(FIXTURES, 'file.txt'), bundling: { image: DockerImage.fromRegistry('alpine') } }),
      /\[Stack\/Asset\] Asset .*file\.txt is expected to be a directory when bundling/);
  });
});

describe('local bundling', () => {
  test('runs first, and Docker is not called when it bundles', () => {
    const calls: string[] = [];
    const staging = new AssetStaging(newStack(), 'Asset', {
      sourcePath: SOURCE,
      bundling: { image: DockerImage.fromRegistry('alpine'), local: localBundler({ 'index.js': 'x' }, calls) },
    });
    assert.deepEqual(calls, [path.join(work, 'cdk.out', `asset.${staging.assetHash}-building`)]);
    assert.deepEqual(docker.calls(), []);
    assert.deepEqual(fs.readdirSync(staging.absoluteStagedPath), ['index.js']);
  });

  test('falls back to Docker when it declines', () => {
    new AssetStaging(newStack(), 'Asset', { sourcePath: SOURCE, bundling: { image: DockerImage.fromRegistry('alpine'), local: localBundler(undefined) } });
    assert.equal(runCalls().length, 1);
  });

  test('a single archive is the asset itself; other outputs are zipped, as aws-cdk-lib decides for each output type', () => {
    const zip = fs.readFileSync(path.join(FIXTURES, 'archive.zip'));
    const cases: Array<[BundlingOutput | undefined, Record<string, string | Buffer>, FileAssetPackaging, boolean, string]> = [
      [undefined, { 'x.zip': zip }, FileAssetPackaging.FILE, true, '.zip'],
      [undefined, { 'x.JAR': zip }, FileAssetPackaging.FILE, true, '.jar'],
      [undefined, { 'one.js': 'x' }, FileAssetPackaging.ZIP_DIRECTORY, true, ''],
      [BundlingOutput.ARCHIVED, { 'x.tar.gz': zip }, FileAssetPackaging.FILE, true, '.tar.gz'],
      [BundlingOutput.NOT_ARCHIVED, { 'x.zip': zip }, FileAssetPackaging.ZIP_DIRECTORY, true, ''],
      [BundlingOutput.SINGLE_FILE, { 'one.js': 'x' }, FileAssetPackaging.FILE, false, '.js'],
      [BundlingOutput.AUTO_DISCOVER, { 'a.txt': 'a', 'b.txt': 'b' }, FileAssetPackaging.ZIP_DIRECTORY, true, ''],
    ];
    cases.forEach(([outputType, files, packaging, isArchive, extension], i) => {
      const staging = new AssetStaging(newStack(), `Asset${i}`, {
        sourcePath: SOURCE,
        // A command per case, so that each has its own hash.
        bundling: { image: DockerImage.fromRegistry('alpine'), command: [`case-${i}`], outputType, local: localBundler(files as Record<string, string>) },
      });
      const label = `${outputType} ${Object.keys(files).join(',')}`;
      assert.equal(staging.packaging, packaging, label);
      assert.equal(staging.isArchive, isArchive, label);
      assert.equal(path.basename(staging.absoluteStagedPath), `asset.${staging.assetHash}${extension}`, label);
      if (packaging === FileAssetPackaging.FILE) {
        assert.ok(fs.statSync(staging.absoluteStagedPath).isFile(), label);
      }
    });
  });

  test('ARCHIVED and SINGLE_FILE need exactly one file: anything else is an error that lists what was found', () => {
    for (const outputType of [BundlingOutput.ARCHIVED, BundlingOutput.SINGLE_FILE]) {
      assert.throws(() => new AssetStaging(newStack(), `Asset-${outputType}`, {
        sourcePath: SOURCE,
        bundling: { image: DockerImage.fromRegistry('alpine'), outputType, local: localBundler({ 'a.txt': 'a', 'b.txt': 'b' }) },
      }), /expected to include only a single file when `output` is set to `ARCHIVED` or `SINGLE_FILE`.*found 2 entries: a.txt, b.txt/);
    }
    assert.throws(() => new AssetStaging(newStack(), 'NotAnArchive', {
      sourcePath: SOURCE,
      bundling: { image: DockerImage.fromRegistry('alpine'), outputType: BundlingOutput.ARCHIVED, local: localBundler({ 'one.js': 'x' }) },
    }), /an archive: \.zip, \.jar, \.tar, \.tgz or \.tar\.gz/);
  });

  test('with the OUTPUT hash type the hash is the bundle\'s, as aws-cdk-lib computes it', () => {
    const staging = new AssetStaging(newStack(), 'Asset', {
      sourcePath: SOURCE,
      assetHashType: AssetHashType.OUTPUT,
      bundling: { image: DockerImage.fromRegistry('alpine'), local: localBundler({ 'out.txt': 'bundled\n' }) },
    });
    assert.equal(staging.assetHash, 'bde06f144741e0463f01f7d5562aa3115a1e3160cdf8ff4248cbaf959e729c82');
    assert.deepEqual(fs.readdirSync(path.join(work, 'cdk.out')).filter(e => e !== '.cache'), [`asset.${staging.assetHash}`]);
  });

  test('with the OUTPUT hash type a single-file bundle is hashed and staged as that file alone', () => {
    const zip = fs.readFileSync(path.join(FIXTURES, 'archive.zip'));
    const staging = new AssetStaging(newStack(), 'Asset', {
      sourcePath: SOURCE,
      assetHashType: AssetHashType.OUTPUT,
      bundling: { image: DockerImage.fromRegistry('alpine'), local: localBundler({ 'x.zip': zip as unknown as string }) },
    });
    // The same hash as the zip staged as a plain file asset.
    assert.equal(staging.assetHash, '946cb1f5abdbb63617cea3d9fefdc7e0589473f7c9842260b3b594cab0d3c88a');
    assert.deepEqual(fs.readdirSync(path.join(work, 'cdk.out')).filter(e => e !== '.cache'), [`asset.${staging.assetHash}.zip`]);
  });
});

describe('bundling and the stacks the CLI selects', () => {
  test('bundling is skipped for stacks aws:cdk:bundling-stacks does not match: the source is referred to where it is', () => {
    const bundling = { image: DockerImage.fromRegistry('alpine'), command: ['true'] };
    const stack = newStack({ 'aws:cdk:bundling-stacks': ['OtherStack'] });
    const staging = new AssetStaging(stack, 'Asset', { sourcePath: SOURCE, bundling });

    assert.deepEqual(docker.calls(), []);
    assert.equal(staging.assetHash, BUNDLED_HASH);
    assert.equal(staging.absoluteStagedPath, SOURCE);
    assert.equal(staging.relativeStagedPath(stack), SOURCE);
    assert.equal(staging.packaging, FileAssetPackaging.ZIP_DIRECTORY);
  });

  test('when skipped with the OUTPUT hash type, the hash comes from the construct\'s unique ID and the options, as in aws-cdk-lib', () => {
    const bundling = { image: DockerImage.fromRegistry('alpine'), command: ['true'] };
    const staging = new AssetStaging(newStack({ 'aws:cdk:bundling-stacks': [] }), 'Asset', { sourcePath: SOURCE, assetHashType: AssetHashType.OUTPUT, bundling });
    assert.equal(staging.assetHash, '7d984247922bb7637b1202675c00639c08328d332d28ef8f96951298626d40a3');
    assert.equal(staging.assetHash, crypto.createHash('sha256').update('StackAssetBFF5992B' + JSON.stringify(bundling)).digest('hex'));
  });

  test('patterns match the stack\'s construct path, nested stages included', () => {
    const bundling = { image: DockerImage.fromRegistry('alpine'), local: localBundler({ 'x.txt': 'x' }) };
    for (const [patterns, bundled] of [[['Prod/Stack'], true], [['Prod/*'], true], [['**'], true], [['Stack'], false], [['*'], false]] as const) {
      AssetStaging.clearAssetHashCache();
      const app = new App({ outdir: path.join(work, 'cdk.out'), context: { 'aws:cdk:bundling-stacks': patterns } });
      const stack = new Stack(new Stage(app, 'Prod'), 'Stack');
      const staging = new AssetStaging(stack, 'Asset', { sourcePath: SOURCE, bundling });
      assert.equal(staging.absoluteStagedPath !== SOURCE, bundled, JSON.stringify(patterns));
      assert.equal(stack.bundlingRequired, bundled, `Stack.bundlingRequired for ${JSON.stringify(patterns)}`);
    }
  });
});
