import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

// What the build does to the code users run (dist/: lazy indexes, class names for tree.json) and what a fresh
// process loads are tested on dist/ itself, in a child process.

export const ROOT = path.resolve(__dirname, '..');
export const DIST = path.join(ROOT, 'dist');

/** The `skip` option for tests of dist/: a reason when it is not built. */
export const distSkip: string | false = fs.existsSync(path.join(DIST, 'aws-lambda', 'index.js')) ? false : 'dist/ is not built (npm run build)';

/** Runs `script` in a fresh node process (`process.env.DIST` is dist/) and returns what it printed, parsed as JSON. */
export function runFresh(script: string): any {
  const run = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DIST } });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout);
}
