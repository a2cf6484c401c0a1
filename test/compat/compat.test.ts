/**
 * Each case program runs through lambda-cdk (dist/, via a module redirect); its templates and
 * stack manifest facts must equal what aws-cdk-lib produced for the same program (the golden file).
 *
 * Key order is ignored unless COMPAT_KEY_ORDER=1, which also requires the same key order
 * (byte-identical templates, hence identical template hashes).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { listCases, sourceSha256 } from './harness/case-files';
import { readGolden } from './harness/golden-file';
import { REPO_ROOT } from './harness/paths';
import { loadedRealLibraryFiles, redirectAwsCdkLibToDist } from './harness/redirect-to-dist';
import { synthesizeCase } from './harness/synthesize-case';
import { diffAssemblies, diffKeyOrder } from './harness/assembly-diff';

const MAX_DIFF_LINES = 60;
const CHECK_KEY_ORDER = process.env.COMPAT_KEY_ORDER === '1';

// The same variables the oracle runs without; a developer's shell must not change our output.
for (const name of ['CDK_CONTEXT_JSON', 'CDK_OUTDIR', 'CDK_DEFAULT_ACCOUNT', 'CDK_DEFAULT_REGION']) {
  delete process.env[name];
}
redirectAwsCdkLibToDist();

const cases = listCases();

test('there are compat cases to run', () => {
  assert.ok(cases.length > 0, `no *.case.ts files under ${path.join('test', 'compat', 'cases')}`);
});

for (const compatCase of cases) {
  test(`${compatCase.id} synthesizes the same stacks as aws-cdk-lib`, () => {
    const golden = readGolden(compatCase.goldenFile);
    const goldenName = path.relative(REPO_ROOT, compatCase.goldenFile);
    if (golden === undefined) {
      assert.fail(`${goldenName} does not exist; run npm run compat:record`);
    }
    if (golden.sourceSha256 !== sourceSha256(compatCase.file)) {
      assert.fail(`${goldenName} is stale (the case changed since it was recorded); run npm run compat:record`);
    }

    const ours = synthesizeCase(compatCase.file);

    const leaked = loadedRealLibraryFiles();
    if (leaked.length > 0) {
      assert.fail(`the real aws-cdk-lib was loaded during a lambda-cdk run (e.g. ${leaked[0]}); the comparison is void`);
    }
    const diff = diffAssemblies(golden, ours);
    if (diff.length === 0 && CHECK_KEY_ORDER) { diff.push(...diffKeyOrder(golden, ours)); }
    if (diff.length > 0) {
      const shown = diff.slice(0, MAX_DIFF_LINES);
      if (diff.length > MAX_DIFF_LINES) { shown.push(`... and ${diff.length - MAX_DIFF_LINES} more differences`); }
      assert.fail(`output differs from aws-cdk-lib's (expected = aws-cdk-lib, got = lambda-cdk):\n${shown.join('\n')}`);
    }
  });
}
