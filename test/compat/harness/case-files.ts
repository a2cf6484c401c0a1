import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CASES_DIR, GOLDEN_DIR } from './paths';

const CASE_SUFFIX = '.case.ts';

/** One compat case: a CDK program and where its golden templates are kept. */
export interface CompatCase {
  /** `<area>/<name>`, used in test names and on the command line. */
  readonly id: string;
  /** Absolute path of the `.case.ts` program. */
  readonly file: string;
  /** Absolute path of the golden file recorded from aws-cdk-lib. */
  readonly goldenFile: string;
}

/** Every case under test/compat/cases, sorted by id so runs and recordings are stable. */
export function listCases(): CompatCase[] {
  const found: CompatCase[] = [];
  for (const file of walk(CASES_DIR)) {
    if (!file.endsWith(CASE_SUFFIX)) { continue; }
    const id = path.relative(CASES_DIR, file).split(path.sep).join('/').slice(0, -CASE_SUFFIX.length);
    found.push({ id, file, goldenFile: path.join(GOLDEN_DIR, ...`${id}.json`.split('/')) });
  }
  return found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Golden files whose case no longer exists (renamed or deleted cases leave these behind). */
export function listOrphanGoldenFiles(cases: readonly CompatCase[]): string[] {
  const expected = new Set(cases.map((c) => c.goldenFile));
  return walk(GOLDEN_DIR).filter((f) => f.endsWith('.json') && !expected.has(f)).sort();
}

/** The hash that ties a golden file to the exact source it was recorded from. */
export function sourceSha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) { return []; }
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      out.push(...walk(full));
    } else if (entry.isFile()) {
      out.push(full);
    }
  }
  return out;
}
