import * as path from 'node:path';

/** The repository root (this file lives in test/compat/harness/). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/** Where compat cases live: `cases/<area>/<name>.case.ts`. */
export const CASES_DIR = path.join(REPO_ROOT, 'test', 'compat', 'cases');

/** Where the oracle's recorded templates live: `golden/<area>/<name>.json`. */
export const GOLDEN_DIR = path.join(REPO_ROOT, 'test', 'compat', 'golden');

/** Our compiled package; `aws-cdk-lib/<m>` maps to `dist/<m>/index.js`. */
export const DIST_DIR = path.join(REPO_ROOT, 'dist');
