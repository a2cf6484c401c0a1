import { after, before, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as lambda from '../../src/aws-lambda';
import { Runtime, RuntimeFamily } from '../../src/aws-lambda';
import { App, BundlingDockerImage, DockerImage, Stack } from '../../src/core';
import { AssetStaging } from '../../src/core/assets/asset-staging';
import { FakeDocker, installFakeDocker } from '../core/staging/fake-docker';

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const built = fs.existsSync(path.join(DIST, 'aws-lambda', 'index.js'));
const HELLO = path.join(__dirname, '..', 'fixtures', 'lambda', 'hello');

interface OracleRuntime { static: string; bundlingImage: string }
const ORACLE: OracleRuntime[] = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/lambda/runtimes.oracle.json'), 'utf8'));

/** `JSON.stringify(runtime)` as aws-cdk-lib 2.276.0 prints it. */
const ORACLE_JSON: Array<[string, () => Runtime, string]> = [
  ['Runtime.PYTHON_3_8', () => Runtime.PYTHON_3_8, '{"name":"python3.8","supportsInlineCode":true,"supportsCodeGuruProfiling":true,"supportsSnapStart":false,"family":2,"bundlingDockerImage":"public.ecr.aws/sam/build-python3.8","bundlingImage":"public.ecr.aws/sam/build-python3.8","isVariable":false}'],
  ['Runtime.NODEJS_LATEST', () => Runtime.NODEJS_LATEST, '{"name":"nodejs24.x","supportsInlineCode":true,"supportsCodeGuruProfiling":false,"supportsSnapStart":false,"family":0,"bundlingDockerImage":"public.ecr.aws/sam/build-nodejs24.x","bundlingImage":"public.ecr.aws/sam/build-nodejs24.x","isVariable":true}'],
  ['Runtime.JAVA_21', () => Runtime.JAVA_21, '{"name":"java21","supportsInlineCode":false,"supportsCodeGuruProfiling":true,"supportsSnapStart":true,"family":1,"bundlingDockerImage":"public.ecr.aws/sam/build-java21","bundlingImage":"public.ecr.aws/sam/build-java21","isVariable":false}'],
  ['Runtime.FROM_IMAGE', () => Runtime.FROM_IMAGE, '{"name":"FROM_IMAGE","supportsInlineCode":false,"supportsCodeGuruProfiling":false,"supportsSnapStart":false,"bundlingDockerImage":"public.ecr.aws/sam/build-FROM_IMAGE","bundlingImage":"public.ecr.aws/sam/build-FROM_IMAGE","isVariable":false}'],
  ['a custom runtime without a family', () => new Runtime('x'), '{"name":"x","supportsInlineCode":false,"supportsCodeGuruProfiling":false,"supportsSnapStart":false,"bundlingDockerImage":"public.ecr.aws/sam/build-x","bundlingImage":"public.ecr.aws/sam/build-x","isVariable":false}'],
  ['a custom runtime with its own bundling image', () => new Runtime('my-rt', RuntimeFamily.OTHER, { bundlingDockerImage: 'my/img:1' }), '{"name":"my-rt","supportsInlineCode":false,"supportsCodeGuruProfiling":false,"supportsSnapStart":false,"family":6,"bundlingDockerImage":"my/img:1","bundlingImage":"my/img:1","isVariable":false}'],
];

describe('Runtime.bundlingImage', () => {
  test('every static runtime bundles with the AWS SAM build image aws-cdk-lib 2.276.0 gives it', () => {
    for (const expected of ORACLE) {
      const runtime = (Runtime as unknown as Record<string, Runtime>)[expected.static];
      assert.equal(runtime.bundlingImage.image, expected.bundlingImage, `Runtime.${expected.static}.bundlingImage`);
      assert.equal(runtime.bundlingDockerImage.image, expected.bundlingImage, `Runtime.${expected.static}.bundlingDockerImage`);
    }
  });

  test('is a DockerImage from the registry that stands for its name in asset hashes', () => {
    const image = Runtime.PYTHON_3_12.bundlingImage;
    assert.ok(image instanceof DockerImage);
    assert.equal(image.image, 'public.ecr.aws/sam/build-python3.12');
    assert.equal(image.toJSON(), 'public.ecr.aws/sam/build-python3.12');
    assert.equal(JSON.stringify({ image }), '{"image":"public.ecr.aws/sam/build-python3.12"}');
  });

  test('returns the same image on every access, and the deprecated bundlingDockerImage is that same image', () => {
    const runtime = new Runtime('same-image-runtime', RuntimeFamily.OTHER);
    const first = runtime.bundlingDockerImage;
    assert.ok(first instanceof BundlingDockerImage);
    assert.equal(runtime.bundlingImage, first);
    assert.equal(runtime.bundlingImage, runtime.bundlingImage);
    assert.equal(runtime.bundlingDockerImage, first);
  });

  test('a custom runtime uses the bundlingDockerImage it is given, even an empty one, else the SAM build image of its name', () => {
    assert.equal(new Runtime('my-rt', RuntimeFamily.OTHER, { bundlingDockerImage: 'my/img:1' }).bundlingImage.image, 'my/img:1');
    assert.equal(new Runtime('my-rt', RuntimeFamily.OTHER, { bundlingDockerImage: '' }).bundlingImage.image, '');
    assert.equal(new Runtime('my-rt', RuntimeFamily.OTHER).bundlingImage.image, 'public.ecr.aws/sam/build-my-rt');
  });

  for (const [label, runtime, json] of ORACLE_JSON) {
    test(`${label} has aws-cdk-lib's fields, in its order, before and after the images are read`, () => {
      const fresh = runtime();
      assert.equal(JSON.stringify(fresh), json);
      // `family` is an own key even when undefined (JSON.stringify leaves it out), as in aws-cdk-lib.
      assert.deepEqual(Object.keys(fresh), ['name', 'supportsInlineCode', 'supportsCodeGuruProfiling', 'supportsSnapStart', 'family', 'bundlingDockerImage', 'bundlingImage', 'isVariable']);
      void fresh.bundlingImage;
      assert.equal(JSON.stringify(fresh), json);
    });
  }

  test('a JavaScript assignment replaces the value, as it does on aws-cdk-lib\'s data fields', () => {
    const runtime = new Runtime('assigned-runtime', RuntimeFamily.OTHER);
    const other = DockerImage.fromRegistry('other/image');
    (runtime as unknown as { bundlingImage: DockerImage }).bundlingImage = other;
    assert.equal(runtime.bundlingImage, other);
    assert.equal(runtime.bundlingDockerImage.image, 'public.ecr.aws/sam/build-assigned-runtime');
  });

  test('loading aws-lambda and using a runtime does not load the docker module; reading bundlingImage does', { skip: built ? false : 'dist/ is not built (npm run build)' }, () => {
    const run = spawnSync(process.execPath, ['-e', `
      const loaded = () => Object.keys(require.cache).some(f => f.endsWith('/dist/core/assets/docker-image.js'));
      const lambda = require(${JSON.stringify(path.join(DIST, 'aws-lambda'))});
      const runtime = lambda.Runtime.PYTHON_3_12;
      const before = loaded() || runtime.name !== 'python3.12';
      const image = runtime.bundlingImage;
      const core = require(${JSON.stringify(path.join(DIST, 'core'))});
      console.log(JSON.stringify({ before, after: loaded(), isDockerImage: image instanceof core.DockerImage }));
    `], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), { before: false, after: true, isDockerImage: true });
  });
});

describe('bundling asset code with a runtime\'s bundling image', () => {
  let docker: FakeDocker;
  let work: string;
  before(() => {
    docker = installFakeDocker();
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'runtime-bundling-image-test-'));
  });
  after(() => {
    docker.uninstall();
    fs.rmSync(work, { recursive: true, force: true });
  });

  test('runs the command in the runtime\'s SAM build image', () => {
    AssetStaging.clearAssetHashCache();
    const stack = new Stack(new App({ outdir: path.join(work, 'cdk.out') }), 'Stack');
    new lambda.Function(stack, 'Fn', {
      runtime: Runtime.PYTHON_3_12,
      handler: 'index.handler',
      code: lambda.Code.fromAsset(HELLO, { bundling: { image: Runtime.PYTHON_3_12.bundlingImage, command: ['bash', '-c', 'cp -au . /asset-output'] } }),
    });
    const run = docker.calls().find(args => args[0] === 'run');
    assert.ok(run, `no docker run among ${JSON.stringify(docker.calls())}`);
    assert.deepEqual(run.slice(-4), ['public.ecr.aws/sam/build-python3.12', 'bash', '-c', 'cp -au . /asset-output']);
  });
});
