import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { SynthesizedAssembly } from './golden-file';
import { REPO_ROOT } from './paths';

/** What the oracle produced for one case file, or the error it threw. */
export interface OracleResult {
  readonly file: string;
  readonly output?: SynthesizedAssembly;
  readonly error?: string;
}

/** Environment variables that would make the oracle's output depend on the caller's shell. */
const CDK_ENVIRONMENT_LEAKS = ['CDK_CONTEXT_JSON', 'CDK_OUTDIR', 'CDK_DEFAULT_ACCOUNT', 'CDK_DEFAULT_REGION', 'CDK_CLI_VERSION'];

/**
 * Synthesizes the given case files with aws-cdk-lib in one child process (loading the library
 * once is most of the cost). Template validation is off (it costs ~1.5 s per process) and HOME is
 * a fresh folder because aws-cdk-lib writes a cache under ~/.cdk.
 */
export function runOracle(caseFiles: readonly string[]): OracleResult[] {
  if (caseFiles.length === 0) { return []; }
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'compat-oracle-'));
  try {
    const home = path.join(scratch, 'home');
    fs.mkdirSync(home);
    const resultFile = path.join(scratch, 'results.json');
    // JSII_DEPRECATED=quiet: deprecated APIs are exercised on purpose; their warnings are noise here.
    const env: NodeJS.ProcessEnv = { ...process.env, CDK_VALIDATION: 'false', JSII_DEPRECATED: 'quiet', HOME: home, USERPROFILE: home };
    for (const name of CDK_ENVIRONMENT_LEAKS) { delete env[name]; }
    const child = spawnSync(process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'oracle-worker.ts'), resultFile, ...caseFiles],
      { cwd: REPO_ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
    if (child.error) { throw child.error; }
    if (child.status !== 0 || !fs.existsSync(resultFile)) {
      throw new Error(`the oracle process failed (exit code ${child.status}, signal ${child.signal})`);
    }
    return JSON.parse(fs.readFileSync(resultFile, 'utf8'));
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
