#!/usr/bin/env node
/**
 * Runs every test/**\/*.test.ts file with node's built-in test runner (tsx loads TypeScript).
 * Node 20 has no glob support for --test, so the files are found here.
 *
 *   node scripts/run-tests.js                 all tests
 *   node scripts/run-tests.js compat core/    only files whose path contains one of the arguments
 *
 * Output: one character per test, failures in full, and last a line `N passed, N failed[, N skipped]`.
 */
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const REPO_ROOT = path.resolve(__dirname, '..');
const TEST_DIR = path.join(REPO_ROOT, 'test');
const REPORTER = path.join(__dirname, 'test-reporter.js');
const CONCURRENCY = 2;

function findTestFiles(dir) {
  if (!fs.existsSync(dir)) { return []; }
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'fixtures') { found.push(...findTestFiles(full)); }
    } else if (entry.isFile() && entry.name.endsWith('.test.ts')) {
      found.push(full);
    }
  }
  return found;
}

function main() {
  const filters = process.argv.slice(2);
  const files = findTestFiles(TEST_DIR)
    .map((f) => path.relative(REPO_ROOT, f).split(path.sep).join('/'))
    .filter((f) => filters.length === 0 || filters.some((filter) => f.includes(filter)))
    .sort();
  if (files.length === 0) {
    console.error(filters.length ? `no test file path contains any of: ${filters.join(', ')}` : 'no test files under test/');
    console.log('0 passed, 0 failed');
    process.exitCode = 1;
    return;
  }
  const args = [
    '--import', 'tsx',
    '--test',
    `--test-concurrency=${CONCURRENCY}`,
    `--test-reporter=${REPORTER}`,
    '--test-reporter-destination=stdout',
    ...files,
  ];
  // Apps without an outdir synthesize into a new temporary folder each (as in aws-cdk-lib); a run's folders all go
  // under one TMPDIR that is removed afterwards, so test runs leave nothing behind.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-cdk-tests-'));
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: 'inherit', env: { ...process.env, TMPDIR: tmp } });
  const cleanUp = () => fs.rmSync(tmp, { recursive: true, force: true });
  child.on('error', (err) => {
    cleanUp();
    console.error(`could not start the test runner: ${err.message}`);
    process.exitCode = 1;
  });
  child.on('exit', (code, signal) => {
    cleanUp();
    if (signal) { console.error(`test runner killed by ${signal}`); }
    process.exitCode = code === 0 && !signal ? 0 : 1;
  });
}

main();
