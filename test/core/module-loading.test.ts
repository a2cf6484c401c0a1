import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { distSkip, runFresh } from '../dist-process';

// What an app loads is what it pays for at every synth, so it is checked on the build users run (dist/).

const SYNTH_AND_LIST = `
  const core = require(process.env.DIST + '/core');
  const outdir = require('fs').mkdtempSync(require('os').tmpdir() + '/module-loading-');
  process.on('exit', () => require('fs').rmSync(outdir, { recursive: true, force: true }));
  const app = new core.App({ outdir });
  const build = globalThis.build ?? (() => {});
  build(core, app);
  app.synth();
  const loaded = Object.keys(require.cache).filter(f => f.startsWith(process.env.DIST))
    .map(f => require('path').relative(process.env.DIST, f));
  console.log(JSON.stringify({ loaded, manifest: require('fs').existsSync(outdir + '/manifest.json') }));
`;

const TEMPLATE_MACHINERY = ['core/synth/template-renderer.js', 'core/cfn/cfn-resource.js', 'core/tokens/resolve.js', 'core/tokens/token.js'];

test('synthesizing an app without stacks loads no template or token machinery', { skip: distSkip }, () => {
  const { loaded, manifest } = runFresh(SYNTH_AND_LIST);
  assert.equal(manifest, true);
  for (const file of TEMPLATE_MACHINERY) { assert.ok(!loaded.includes(file), `${file} was loaded: ${loaded.join(', ')}`); }
});

test('an app with a stack loads the template machinery when it synthesizes', { skip: distSkip }, () => {
  const { loaded } = runFresh(`globalThis.build = (core, app) => new core.Stack(app, 'Stack');\n${SYNTH_AND_LIST}`);
  for (const file of TEMPLATE_MACHINERY) { assert.ok(loaded.includes(file), `${file} was not loaded: ${loaded.join(', ')}`); }
});
