import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ROOT, distSkip, runFresh } from '../dist-process';

// Loading is what users pay for at every synth, so it is measured on the build they run (dist/, with its lazy indexes).

const LOADED_ASSET_MODULES = `
  const loadedAssetModules = () => Object.keys(require.cache)
    .filter(f => f.includes('/dist/aws-s3-assets/') || f.includes('/dist/aws-ecr-assets/'))
    .map(f => require('path').relative(process.env.DIST, f)).sort();
  const core = require(process.env.DIST + '/core');
  const lambda = require(process.env.DIST + '/aws-lambda');
  const outdir = require('fs').mkdtempSync(require('os').tmpdir() + '/asset-code-loading-');
  process.on('exit', () => require('fs').rmSync(outdir, { recursive: true, force: true }));
  const stack = new core.Stack(new core.App({ outdir }), 'Stack');
`;

test('loading aws-lambda and creating a function with inline code loads no asset module', { skip: distSkip }, () => {
  const loaded = runFresh(`${LOADED_ASSET_MODULES}
    new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('x') });
    console.log(JSON.stringify(loadedAssetModules()));
  `);
  assert.deepEqual(loaded, []);
});

test('binding asset code loads the S3 asset class, and only it', { skip: distSkip }, () => {
  const loaded = runFresh(`${LOADED_ASSET_MODULES}
    const code = lambda.Code.fromAsset(${JSON.stringify(path.join(ROOT, 'test', 'fixtures', 'lambda', 'hello'))});
    const before = loadedAssetModules();
    new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code });
    console.log(JSON.stringify({ before, after: loadedAssetModules() }));
  `);
  assert.deepEqual(loaded, { before: [], after: ['aws-s3-assets/asset.js'] });
});

test('binding image asset code loads the Docker image asset classes, not the S3 asset', { skip: distSkip }, () => {
  const loaded = runFresh(`${LOADED_ASSET_MODULES}
    const code = lambda.DockerImageCode.fromImageAsset(${JSON.stringify(path.join(ROOT, 'test', 'fixtures', 'lambda-image'))});
    new lambda.DockerImageFunction(stack, 'Fn', { code, architecture: lambda.Architecture.ARM_64 });
    console.log(JSON.stringify(loadedAssetModules()));
  `);
  assert.ok(loaded.includes('aws-ecr-assets/image-asset.js'), JSON.stringify(loaded));
  assert.ok(loaded.includes('aws-ecr-assets/platform.js'), JSON.stringify(loaded));
  assert.ok(!loaded.includes('aws-s3-assets/asset.js'), JSON.stringify(loaded));
});
