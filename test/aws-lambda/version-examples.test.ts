import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

// The seed examples of versions, aliases, auto scaling and SingletonFunction, run as users run them, must synthesize
// exactly what aws-cdk-lib synthesizes for the same program: the golden file of the compat case that is that program.
const ROOT = path.resolve(__dirname, '..', '..');
const GOLDEN = path.join(ROOT, 'test', 'compat', 'golden', 'aws-lambda-versions');

const EXAMPLE_CASES: Record<string, { golden: string; stack: string }> = {
  'lambda-versions': { golden: 'seed-versions', stack: 'LambdaVersions' },
  'lambda-aliases': { golden: 'seed-aliases', stack: 'LambdaAliases' },
  'lambda-autoscaling': { golden: 'seed-autoscaling-integ', stack: 'aws-lambda-autoscaling' },
  'lambda-singleton': { golden: 'seed-singleton', stack: 'LambdaSingleton' },
};

const built = fs.existsSync(path.join(ROOT, 'dist', 'aws-lambda', 'index.js'));

/** Runs examples/<name>/app.ts in a scratch project that depends on this checkout; returns the stack's template. */
function synthesizeExample(name: string, stack: string): any {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `example-${name}-`));
  try {
    fs.mkdirSync(path.join(work, 'node_modules'));
    fs.symlinkSync(ROOT, path.join(work, 'node_modules', 'lambda-cdk'), 'dir');
    fs.symlinkSync(path.join(ROOT, 'node_modules', 'constructs'), path.join(work, 'node_modules', 'constructs'), 'dir');
    fs.cpSync(path.join(ROOT, 'examples', name), work, { recursive: true });
    const outdir = path.join(work, 'cdk.out');
    const run = spawnSync(process.execPath, ['--import', require.resolve('tsx'), 'app.ts'], {
      cwd: work, encoding: 'utf8', env: { ...process.env, CDK_OUTDIR: outdir, CDK_CONTEXT_JSON: '' }, timeout: 60_000,
    });
    assert.equal(run.status, 0, `${name} failed:\n${run.stderr}`);
    return JSON.parse(fs.readFileSync(path.join(outdir, `${stack}.template.json`), 'utf8'));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

describe('seed examples of versions, aliases, auto scaling and singletons', () => {
  for (const [name, { golden, stack }] of Object.entries(EXAMPLE_CASES)) {
    test(`examples/${name} synthesizes the template aws-cdk-lib synthesizes for it`, { skip: built ? false : 'dist/ is not built' }, () => {
      const template = synthesizeExample(name, stack);
      delete template.Resources.CDKMetadata;
      delete template.Conditions?.CDKMetadataAvailable;
      if (template.Conditions && Object.keys(template.Conditions).length === 0) { delete template.Conditions; }
      const expected = JSON.parse(fs.readFileSync(path.join(GOLDEN, `${golden}.json`), 'utf8')).templates[stack];
      assert.deepEqual(template, expected);
    });
  }
});
