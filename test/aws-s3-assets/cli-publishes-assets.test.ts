/**
 * The official CDK CLI publishes the assets of an assembly we wrote: `cdk publish-assets` runs against
 * a fake AWS endpoint (AWS_ENDPOINT_URL) and a fake docker (CDK_DOCKER), so it reads our asset
 * manifest, zips our staged directory, uploads files as they are and builds and pushes the image,
 * all offline.
 */
import { after, before, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack } from '../../src/core';
import { DockerImageAsset, Platform } from '../../src/aws-ecr-assets';
import { Asset } from '../../src/aws-s3-assets';
import { AssetStaging } from '../../src/core/assets/asset-staging';
import { FakeDocker, installFakeDocker } from '../core/staging/fake-docker';
import { FakeAwsEndpoint } from './fake-aws-endpoint';

const ROOT = path.resolve(__dirname, '..', '..');
const CDK = path.join(ROOT, 'node_modules', 'aws-cdk', 'bin', 'cdk');
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'staging');
const BUCKET = 'cdk-hnb659fds-assets-123456789012-us-east-1';

function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-home-'));
    const child = spawn(process.execPath, [CDK, ...args, '--no-notices'], {
      env: { ...process.env, ...env, HOME: home, CDK_DISABLE_VERSION_CHECK: '1', CDK_OUTDIR: '', CDK_CONTEXT_JSON: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => { output += d; });
    child.stderr.on('data', (d) => { output += d; });
    child.on('close', (status) => {
      fs.rmSync(home, { recursive: true, force: true });
      resolve({ status, output });
    });
  });
}

/** The names of the entries of a zip file, read from its central directory. */
function zipEntryNames(zip: Buffer): string[] {
  const names: string[] = [];
  for (let at = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])), offset = zip.readUInt32LE(at + 16), count = zip.readUInt16LE(at + 10); count > 0; count--) {
    const nameLength = zip.readUInt16LE(offset + 28);
    names.push(zip.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return names.sort();
}

describe('the official CDK CLI publishing our assets', () => {
  const aws = new FakeAwsEndpoint();
  let endpoint: string;
  let docker: FakeDocker;
  let outdir: string;
  before(async () => {
    endpoint = await aws.start();
    docker = installFakeDocker();
    docker.behave({ noImage: true });
    outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'publish-test-'));
    AssetStaging.clearAssetHashCache();
  });
  after(async () => {
    await aws.stop();
    docker.uninstall();
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  test('cdk publish-assets zips our directory asset, uploads file assets as they are, and builds and pushes our image', { timeout: 120_000 }, async () => {
    const app = new App({ outdir });
    const stack = new Stack(app, 'Published');
    const dir = new Asset(stack, 'Dir', { path: path.join(FIXTURES, 'dir'), exclude: ['*.log'] });
    const file = new Asset(stack, 'File', { path: path.join(FIXTURES, 'file.txt') });
    const zip = new Asset(stack, 'Zip', { path: path.join(FIXTURES, 'archive.zip') });
    const image = new DockerImageAsset(stack, 'Image', { directory: path.join(FIXTURES, 'image'), buildArgs: { A: '1' }, platform: Platform.LINUX_ARM64 });
    app.synth();

    const result = await runCli(['publish-assets', '--unstable=publish-assets', '--app', outdir, '--all'], {
      AWS_ENDPOINT_URL: endpoint, AWS_ACCESS_KEY_ID: 'AKIATEST', AWS_SECRET_ACCESS_KEY: 'secret', AWS_REGION: 'us-east-1',
      AWS_SESSION_TOKEN: '', AWS_PROFILE: '',
    });

    assert.equal(result.status, 0, `cdk publish-assets failed:\n${result.output}\n${aws.requests.map(r => `${r.method} ${r.path} ${r.target ?? ''}`).join('\n')}`);
    assert.match(result.output, /Assets published successfully/);
    assert.deepEqual(zipEntryNames(aws.objects.get(`${BUCKET}/${dir.s3ObjectKey}`)!), ['a.txt', 'sub/b.txt']);
    assert.deepEqual(aws.objects.get(`${BUCKET}/${file.s3ObjectKey}`), fs.readFileSync(path.join(FIXTURES, 'file.txt')));
    assert.deepEqual(aws.objects.get(`${BUCKET}/${zip.s3ObjectKey}`), fs.readFileSync(path.join(FIXTURES, 'archive.zip')));

    const build = docker.calls().find(args => args[0] === 'build');
    assert.ok(build, `no docker build among ${JSON.stringify(docker.calls())}`);
    assert.ok(build.includes('--build-arg') && build.includes('A=1'), build.join(' '));
    assert.ok(build.includes('--platform') && build.includes('linux/arm64'), build.join(' '));
    // The CLI builds in the staged build context (its working directory) and tags by our hash.
    assert.equal(build[build.length - 1], '.');
    assert.ok(build.includes(`cdkasset-${image.assetHash}`), build.join(' '));
    const push = docker.calls().find(args => args[0] === 'push');
    assert.deepEqual(push, ['push', `123456789012.dkr.ecr.us-east-1.amazonaws.com/cdk-hnb659fds-container-assets-123456789012-us-east-1:${image.assetHash}`]);
  });
});
