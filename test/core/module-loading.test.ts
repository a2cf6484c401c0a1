import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

// What an app loads is what it pays for at every synth, so it is checked on the build users run (dist/).
const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const built = fs.existsSync(path.join(DIST, 'core', 'index.js'));

/** Runs `script` in a fresh node process and returns what it printed as JSON. */
function runFresh(script: string): any {
  const run = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DIST } });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout);
}

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

test('synthesizing an app without stacks loads no template or token machinery', { skip: built ? false : 'dist/ is not built (npm run build)' }, () => {
  const { loaded, manifest } = runFresh(SYNTH_AND_LIST);
  assert.equal(manifest, true);
  for (const file of TEMPLATE_MACHINERY) { assert.ok(!loaded.includes(file), `${file} was loaded: ${loaded.join(', ')}`); }
});

test('an app with a stack loads the template machinery when it synthesizes', { skip: built ? false : 'dist/ is not built (npm run build)' }, () => {
  const { loaded } = runFresh(`globalThis.build = (core, app) => new core.Stack(app, 'Stack');\n${SYNTH_AND_LIST}`);
  for (const file of TEMPLATE_MACHINERY) { assert.ok(loaded.includes(file), `${file} was not loaded: ${loaded.join(', ')}`); }
});
