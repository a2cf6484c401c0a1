import { afterEach, beforeEach, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Template } from '../../src/assertions';
import * as ecr from '../../src/aws-ecr';
import { Platform } from '../../src/aws-ecr-assets';
import * as lambda from '../../src/aws-lambda';
import { App, CfnResource, Stack } from '../../src/core';
import { AssetStaging } from '../../src/core/assets/asset-staging';

const IMAGE = path.join(__dirname, '..', 'fixtures', 'lambda-image');
// aws-cdk-lib's hashes of the fixture (see test/compat/golden/aws-lambda/docker-image-function-asset.json).
const PLAIN_HASH = '6683987f0c1cdb2a6a07a021286b6c873e2f8f772feaf5aeaa740872e1b6d050';
const AMD64_HASH = '7141f8eee2fb8bfc78297fac5cac052b49adf584a39eb2e824b802ef61089d61';

let outdir: string;
beforeEach(() => {
  outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-asset-image-test-'));
  AssetStaging.clearAssetHashCache();
});
afterEach(() => { fs.rmSync(outdir, { recursive: true, force: true }); });

function newStack(context: Record<string, unknown> = {}, id = 'Stack', app = new App({ outdir, context })): Stack {
  return new Stack(app, id);
}

function imageFunction(stack: Stack, id: string, code: lambda.Code): lambda.Function {
  return new lambda.Function(stack, id, { runtime: lambda.Runtime.FROM_IMAGE, handler: lambda.Handler.FROM_IMAGE, code });
}

function imageUri(hash: string): { 'Fn::Sub': string } {
  return { 'Fn::Sub': `\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.\${AWS::URLSuffix}/cdk-hnb659fds-container-assets-\${AWS::AccountId}-\${AWS::Region}:${hash}` };
}

/** The `source` of each docker image of the stack's asset manifest, keyed by image hash. */
function imageSources(stack: Stack): Record<string, any> {
  (stack.node.root as App).synth();
  const manifest = JSON.parse(fs.readFileSync(path.join(outdir, `${stack.artifactId}.assets.json`), 'utf8'));
  return Object.fromEntries(Object.entries<any>(manifest.dockerImages).map(([hash, entry]) => [hash, entry.source]));
}

describe('Code.fromAssetImage', () => {
  test('renders an Image function pulling the asset image from the bootstrap repository, with its ImageConfig', () => {
    const stack = newStack();
    imageFunction(stack, 'Fn', lambda.Code.fromAssetImage(IMAGE, { cmd: ['index.handler'], entrypoint: ['/entry'], workingDirectory: '/var/task' }));
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', {
      PackageType: 'Image',
      Code: { ImageUri: imageUri(PLAIN_HASH) },
      ImageConfig: { Command: ['index.handler'], EntryPoint: ['/entry'], WorkingDirectory: '/var/task' },
    });
  });

  test('the build options reach the asset manifest, where the CLI reads them to build the image', () => {
    const stack = newStack();
    imageFunction(stack, 'Fn', lambda.Code.fromAssetImage(IMAGE, {
      cmd: ['index.handler'], file: 'arm64.Dockerfile', buildArgs: { GREETING: 'hi' }, target: 'runtime', platform: Platform.LINUX_ARM64,
    }));
    const sources = Object.values(imageSources(stack));
    assert.equal(sources.length, 1);
    assert.deepEqual({ ...sources[0], directory: undefined }, {
      directory: undefined, dockerFile: 'arm64.Dockerfile', dockerBuildArgs: { GREETING: 'hi' }, dockerBuildTarget: 'runtime', platform: 'linux/arm64',
    });
    assert.deepEqual(fs.readdirSync(path.join(outdir, sources[0].directory)).sort(), ['Dockerfile', 'arm64.Dockerfile', 'build.Dockerfile', 'index.js']);
  });

  test('one AssetImageCode bound to two functions of a stack is one image asset, created under the first', () => {
    const stack = newStack();
    const code = lambda.Code.fromAssetImage(IMAGE);
    const first = imageFunction(stack, 'First', code);
    const second = imageFunction(stack, 'Second', code);
    assert.ok(first.node.tryFindChild('AssetImage'));
    assert.equal(second.node.tryFindChild('AssetImage'), undefined);
    const uris = Object.values(Template.fromStack(stack).findResources('AWS::Lambda::Function')).map((r: any) => r.Properties.Code.ImageUri);
    assert.deepEqual(uris, [imageUri(PLAIN_HASH), imageUri(PLAIN_HASH)]);
  });

  test('one AssetImageCode bound in two stacks is rejected, naming both', () => {
    const app = new App({ outdir });
    const code = lambda.Code.fromAssetImage(IMAGE);
    imageFunction(newStack({}, 'One', app), 'Fn', code);
    assert.throws(() => imageFunction(newStack({}, 'Two', app), 'Fn', code),
      /^ValidationError: \[Two\/Fn\] The image asset '.*lambda-image' is already used in stack One; an AssetImageCode belongs to one stack/);
  });

  test('a missing build directory or Dockerfile is rejected when the code is bound, naming the asset', () => {
    const stack = newStack();
    assert.throws(() => imageFunction(stack, 'NoDir', lambda.Code.fromAssetImage(path.join(IMAGE, 'nope'))),
      /\[Stack\/NoDir\/AssetImage\] Cannot find image directory at .*lambda-image\/nope/);
    assert.throws(() => imageFunction(stack, 'NoFile', lambda.Code.fromAssetImage(IMAGE, { file: 'Nope.Dockerfile' })),
      /\[Stack\/NoFile\/AssetImage\] Cannot find file at .*lambda-image\/Nope.Dockerfile/);
  });

  test('image code needs Runtime.FROM_IMAGE and Handler.FROM_IMAGE', () => {
    const stack = newStack();
    assert.throws(() => new lambda.Function(stack, 'Node', { runtime: lambda.Runtime.NODEJS_22_X, handler: lambda.Handler.FROM_IMAGE, code: lambda.Code.fromAssetImage(IMAGE) }),
      /runtime must be Runtime.FROM_IMAGE when the code is a container image, got 'nodejs22.x'/);
    assert.throws(() => new lambda.Function(stack, 'Handler', { runtime: lambda.Runtime.FROM_IMAGE, handler: 'index.handler', code: lambda.Code.fromAssetImage(IMAGE) }),
      /handler must be Handler.FROM_IMAGE when the code is a container image, got 'index.handler'/);
  });

  test('with asset metadata enabled the function records its image build for SAM', () => {
    const stack = newStack({ 'aws:cdk:enable-asset-metadata': true });
    imageFunction(stack, 'Fn', lambda.Code.fromAssetImage(IMAGE, { buildArgs: { GREETING: 'hi' } }));
    const metadata = Object.values(Template.fromStack(stack).findResources('AWS::Lambda::Function'))[0].Metadata;
    assert.deepEqual({ ...metadata, 'aws:asset:path': undefined }, {
      'aws:asset:path': undefined,
      'aws:asset:dockerfile-path': 'Dockerfile',
      'aws:asset:docker-build-args': { GREETING: 'hi' },
      'aws:asset:property': 'Code.ImageUri',
    });
  });

  test('bindToResource before bind is rejected, naming the resource', () => {
    const stack = newStack();
    const resource = new CfnResource(stack, 'Thing', { type: 'AWS::Test::Thing' });
    assert.throws(() => lambda.Code.fromAssetImage(IMAGE).bindToResource(resource),
      /\[Stack\/Thing\] AssetImageCode.bindToResource\(\) was called before bind\(\)/);
  });
});

describe('DockerImageCode.fromImageAsset', () => {
  test('an ARM_64 function builds its image for linux/arm64', () => {
    const stack = newStack();
    new lambda.DockerImageFunction(stack, 'Fn', { code: lambda.DockerImageCode.fromImageAsset(IMAGE), architecture: lambda.Architecture.ARM_64 });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', { Architectures: ['arm64'], PackageType: 'Image' });
    assert.deepEqual(Object.values(imageSources(stack)).map(source => source.platform), ['linux/arm64']);
  });

  test('an X86_64 function builds its image for linux/amd64', () => {
    const stack = newStack();
    new lambda.DockerImageFunction(stack, 'Fn', { code: lambda.DockerImageCode.fromImageAsset(IMAGE), architecture: lambda.Architecture.X86_64 });
    assert.deepEqual(Object.keys(imageSources(stack)), [AMD64_HASH]);
    assert.equal(imageSources(stack)[AMD64_HASH].platform, 'linux/amd64');
  });

  test('without an architecture no platform is named, and the image hash is that of the plain asset', () => {
    const stack = newStack();
    new lambda.DockerImageFunction(stack, 'Fn', { code: lambda.DockerImageCode.fromImageAsset(IMAGE) });
    assert.deepEqual(imageSources(stack)[PLAIN_HASH].platform, undefined);
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', { Code: { ImageUri: imageUri(PLAIN_HASH) } });
  });

  test('a platform in the props wins over the architecture', () => {
    const stack = newStack();
    new lambda.DockerImageFunction(stack, 'Fn', {
      code: lambda.DockerImageCode.fromImageAsset(IMAGE, { platform: Platform.LINUX_AMD64 }),
      architecture: lambda.Architecture.ARM_64,
    });
    assert.deepEqual(Object.keys(imageSources(stack)), [AMD64_HASH]);
  });

  test('a custom architecture builds for its Docker platform', () => {
    const stack = newStack();
    new lambda.DockerImageFunction(stack, 'Fn', {
      code: lambda.DockerImageCode.fromImageAsset(IMAGE),
      architecture: lambda.Architecture.custom('arm64', 'linux/arm64/v8'),
    });
    assert.deepEqual(Object.values(imageSources(stack)).map(source => source.platform), ['linux/arm64/v8']);
  });
});

describe('DockerImageCode.fromEcr', () => {
  function uriEnding(ending: string): unknown {
    const arnPart = (index: number) => ({ 'Fn::Select': [index, { 'Fn::Split': [':', { 'Fn::GetAtt': ['Repo02AC86CF', 'Arn'] }] }] });
    return { 'Fn::Join': ['', [arnPart(4), '.dkr.ecr.', arnPart(3), '.', { Ref: 'AWS::URLSuffix' }, '/', { Ref: 'Repo02AC86CF' }, ending]] };
  }

  test('tagOrDigest picks the image (a digest is joined with @), the deprecated tag still works, latest is the default', () => {
    const stack = newStack();
    const repository = new ecr.Repository(stack, 'Repo');
    new lambda.DockerImageFunction(stack, 'Digest', { code: lambda.DockerImageCode.fromEcr(repository, { tagOrDigest: 'sha256:abc' }) });
    new lambda.DockerImageFunction(stack, 'Tag', { code: lambda.DockerImageCode.fromEcr(repository, { tagOrDigest: 'v1' }) });
    new lambda.DockerImageFunction(stack, 'Deprecated', { code: lambda.DockerImageCode.fromEcr(repository, { tag: 'old' }) });
    new lambda.DockerImageFunction(stack, 'Latest', { code: lambda.DockerImageCode.fromEcr(repository) });
    const uris = Object.values(Template.fromStack(stack).findResources('AWS::Lambda::Function')).map((r: any) => r.Properties.Code.ImageUri);
    assert.deepEqual(uris, [uriEnding('@sha256:abc'), uriEnding(':v1'), uriEnding(':old'), uriEnding(':latest')]);
  });

  test('Lambda may pull from the repository (its resource policy)', () => {
    const stack = newStack();
    const repository = new ecr.Repository(stack, 'Repo');
    new lambda.DockerImageFunction(stack, 'Fn', { code: lambda.DockerImageCode.fromEcr(repository) });
    Template.fromStack(stack).hasResourceProperties('AWS::ECR::Repository', {
      RepositoryPolicyText: {
        Statement: [{
          Action: ['ecr:BatchCheckLayerAvailability', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage'],
          Effect: 'Allow',
          Principal: { Service: 'lambda.amazonaws.com' },
        }],
        Version: '2012-10-17',
      },
    });
  });
});
