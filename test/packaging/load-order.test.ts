/* eslint-disable @typescript-eslint/no-require-imports -- loading from an empty module cache is what is tested */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DIST, distSkip } from '../dist-process';

// A program may touch any export first (`new iam.ServicePrincipal(...)` before anything else), and import cycles
// between files then leave a base class undefined ("Class extends value undefined"). Each file of the build, and
// each export of each module, is loaded here first, from an empty module cache.
const skip = distSkip;

function distFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    // Custom resource handlers run in Lambda, not in the app.
    if (entry.isDirectory()) { if (entry.name !== 'handlers') { distFiles(full, out); } } else if (entry.name.endsWith('.js')) { out.push(full); }
  }
  return out;
}

function forgetDist() {
  for (const key of Object.keys(require.cache)) { if (key.startsWith(DIST)) { delete require.cache[key]; } }
}

function loadFirst(load: () => unknown): string | undefined {
  forgetDist();
  try {
    load();
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

test('every file of the build loads when it is the first one loaded', { skip }, () => {
  const failures = distFiles(DIST)
    .map(file => [path.relative(DIST, file), loadFirst(() => require(file))])
    .filter(([, error]) => error !== undefined);
  forgetDist();
  assert.deepEqual(failures, []);
});

test('every export of every module works when it is the first thing a program uses', { skip }, () => {
  const failures: string[] = [];
  for (const module of fs.readdirSync(DIST).filter(m => fs.existsSync(path.join(DIST, m, 'index.js')))) {
    const index = path.join(DIST, module, 'index.js');
    forgetDist();
    for (const name of Object.keys(require(index))) {
      const error = loadFirst(() => (require(index) as Record<string, unknown>)[name]);
      if (error !== undefined) { failures.push(`${module}.${name}: ${error}`); }
    }
  }
  forgetDist();
  assert.deepEqual(failures, []);
});
