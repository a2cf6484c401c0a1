/**
 * Records the oracle's (aws-cdk-lib's) templates for the compat cases as golden files.
 *
 *   npx tsx scripts/record-compat.ts                 re-record every case, remove orphan goldens
 *   npx tsx scripts/record-compat.ts core/tags ...   re-record the cases whose id contains an argument
 *   npx tsx scripts/record-compat.ts --check         record into memory; exit 1 if any golden file
 *                                                    differs, is missing or has no case (CI)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { listCases, listOrphanGoldenFiles, sourceSha256, type CompatCase } from '../test/compat/harness/case-files';
import { serializeGolden, readGolden, writeGolden, type Golden } from '../test/compat/harness/golden-file';
import { runOracle } from '../test/compat/harness/oracle';
import { GOLDEN_DIR, REPO_ROOT } from '../test/compat/harness/paths';
import { diffAssemblies } from '../test/compat/harness/assembly-diff';

const MAX_DIFF_LINES = 20;

function main(argv: string[]): number {
  const check = argv.includes('--check');
  const filters = argv.filter((a) => a !== '--check');
  const unknownFlag = filters.find((a) => a.startsWith('-'));
  if (unknownFlag) {
    console.error(`unknown option ${unknownFlag}; usage: record-compat.ts [--check] [case-id-substring...]`);
    return 2;
  }
  const allCases = listCases();
  const cases = filters.length === 0 ? allCases : allCases.filter((c) => filters.some((f) => c.id.includes(f)));
  if (cases.length === 0) {
    console.error(filters.length ? `no case id contains any of: ${filters.join(', ')}` : 'no compat cases found');
    return 1;
  }

  const started = Date.now();
  const results = runOracle(cases.map((c) => c.file));
  const problems: string[] = [];
  let written = 0;
  cases.forEach((compatCase, i) => {
    const result = results[i];
    if (result?.file !== compatCase.file) { throw new Error(`oracle results out of order at ${compatCase.id}`); }
    if (result.error !== undefined || result.output === undefined) {
      problems.push(`${compatCase.id}: aws-cdk-lib failed to synthesize it:\n${indent(result.error ?? 'no output')}`);
      return;
    }
    const golden: Golden = { sourceSha256: sourceSha256(compatCase.file), ...result.output };
    if (check) {
      const problem = compareWithGoldenFile(compatCase, golden);
      if (problem) { problems.push(problem); }
    } else {
      writeGolden(compatCase.goldenFile, golden);
      written++;
    }
  });

  // Orphans are only judged on a full run: a filtered run does not know about the other cases.
  if (filters.length === 0) {
    for (const orphan of listOrphanGoldenFiles(allCases)) {
      if (check) {
        problems.push(`${relative(orphan)}: golden file has no case; delete it or run npm run compat:record`);
      } else {
        fs.rmSync(orphan);
        removeEmptyFolders(path.dirname(orphan));
        console.log(`removed orphan golden file ${relative(orphan)}`);
      }
    }
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  for (const problem of problems) { console.error(problem); }
  if (check) {
    console.log(problems.length === 0
      ? `compat goldens: all ${cases.length} up to date (${seconds}s)`
      : `compat goldens: ${problems.length} of ${cases.length} out of date; run npm run compat:record (${seconds}s)`);
  } else {
    console.log(`compat goldens: recorded ${written} of ${cases.length} case(s) (${seconds}s)`);
  }
  return problems.length === 0 ? 0 : 1;
}

/** Describes why a golden file does not match a fresh recording, or returns undefined when it does. */
function compareWithGoldenFile(compatCase: CompatCase, fresh: Golden): string | undefined {
  const name = relative(compatCase.goldenFile);
  if (!fs.existsSync(compatCase.goldenFile)) { return `${name}: missing (case ${compatCase.id} was never recorded)`; }
  const onDisk = fs.readFileSync(compatCase.goldenFile, 'utf8');
  if (onDisk === serializeGolden(fresh)) { return undefined; }
  const stored = readGolden(compatCase.goldenFile)!;
  if (stored.sourceSha256 !== fresh.sourceSha256) {
    return `${name}: stale, the case source changed since it was recorded`;
  }
  const diff = diffAssemblies(stored, fresh);
  if (diff.length === 0) { return `${name}: same content but not in the recorder's formatting`; }
  const shown = diff.slice(0, MAX_DIFF_LINES).map((l) => `  ${l}`);
  if (diff.length > MAX_DIFF_LINES) { shown.push(`  ... and ${diff.length - MAX_DIFF_LINES} more`); }
  return `${name}: differs from what aws-cdk-lib synthesizes now (expected = golden, got = oracle):\n${shown.join('\n')}`;
}

/** Removes folders left empty by a removed golden file, up to (not including) golden/. */
function removeEmptyFolders(dir: string): void {
  let current = dir;
  while (current.startsWith(GOLDEN_DIR + path.sep) && fs.readdirSync(current).length === 0) {
    fs.rmdirSync(current);
    current = path.dirname(current);
  }
}

function relative(file: string): string {
  return path.relative(REPO_ROOT, file);
}

function indent(text: string): string {
  return text.split('\n').map((l) => `  ${l}`).join('\n');
}

process.exitCode = main(process.argv.slice(2));
