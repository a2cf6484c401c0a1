import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

// The Lambda seed examples run as users run them: `import ... from 'lambda-cdk/...'` resolves to this checkout's build.
const ROOT = path.resolve(__dirname, '..', '..');
const EXAMPLES = path.join(ROOT, 'examples');

/** What each example must synthesize: its stack and, per resource type, how many. */
const EXPECTED: Record<string, { stack: string; resources: Record<string, number> }> = {
  'lambda-code-signing': { stack: 'LambdaCodeSigning', resources: { 'AWS::Signer::SigningProfile': 1, 'AWS::Lambda::CodeSigningConfig': 1, 'AWS::Lambda::Function': 1 } },
  'lambda-dead-letter-queue': { stack: 'LambdaDeadLetterQueue', resources: { 'AWS::SQS::Queue': 2, 'AWS::Lambda::Function': 2, 'AWS::IAM::Policy': 2 } },
  'lambda-docker-ecr': { stack: 'LambdaDockerEcr', resources: { 'AWS::ECR::Repository': 1, 'AWS::Lambda::Function': 1 } },
  'lambda-execution-role': { stack: 'LambdaExecutionRole', resources: { 'AWS::IAM::Role': 2, 'AWS::Lambda::Function': 2 } },
  'lambda-insights': { stack: 'LambdaInsights', resources: { 'AWS::IAM::Role': 2, 'AWS::Lambda::Function': 2 } },
  'lambda-layers': { stack: 'LambdaLayers', resources: { 'AWS::Lambda::LayerVersion': 2, 'AWS::Lambda::LayerVersionPermission': 1, 'AWS::Lambda::Function': 1 } },
  'lambda-reserved-concurrency': { stack: 'LambdaReservedConcurrency', resources: { 'AWS::Lambda::Function': 1 } },
  'lambda-resource-policies': { stack: 'LambdaResourcePolicies', resources: { 'AWS::Lambda::Permission': 4, 'AWS::Lambda::Function': 1 } },
  'lambda-tracing': { stack: 'LambdaTracing', resources: { 'AWS::IAM::Policy': 1, 'AWS::Lambda::Function': 1 } },
  'lambda-versions': { stack: 'LambdaVersions', resources: { 'AWS::Lambda::Function': 1, 'AWS::Lambda::Version': 2 } },
  'lambda-aliases': { stack: 'LambdaAliases', resources: { 'AWS::Lambda::Version': 1, 'AWS::Lambda::Alias': 2, 'AWS::Lambda::EventInvokeConfig': 1 } },
  'lambda-autoscaling': { stack: 'aws-lambda-autoscaling', resources: { 'AWS::Lambda::Alias': 1, 'AWS::ApplicationAutoScaling::ScalableTarget': 1, 'AWS::ApplicationAutoScaling::ScalingPolicy': 1 } },
  'lambda-singleton': { stack: 'LambdaSingleton', resources: { 'AWS::Lambda::Function': 1, 'AWS::Lambda::Permission': 1 } },
};

const built = fs.existsSync(path.join(ROOT, 'dist', 'aws-lambda', 'index.js'));

describe('Lambda seed examples', () => {
  test('every examples/lambda-* folder has an expectation here', () => {
    const folders = fs.readdirSync(EXAMPLES).filter(name => name.startsWith('lambda-')).sort();
    assert.deepEqual(folders, Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    test(`${name} synthesizes ${expected.stack}`, { skip: built ? false : 'dist/ is not built (npm run build)' }, () => {
      const work = fs.mkdtempSync(path.join(os.tmpdir(), `example-${name}-`));
      try {
        fs.mkdirSync(path.join(work, 'node_modules'));
        fs.symlinkSync(ROOT, path.join(work, 'node_modules', 'lambda-cdk'), 'dir');
        // As in a user's project, where constructs is installed next to lambda-cdk.
        fs.symlinkSync(path.join(ROOT, 'node_modules', 'constructs'), path.join(work, 'node_modules', 'constructs'), 'dir');
        // The whole folder: an example may bring files its app uses (an asset's handler code).
        fs.cpSync(path.join(EXAMPLES, name), work, { recursive: true });
        const outdir = path.join(work, 'cdk.out');
        const run = spawnSync(process.execPath, ['--import', require.resolve('tsx'), 'app.ts'], {
          cwd: work, encoding: 'utf8', env: { ...process.env, CDK_OUTDIR: outdir, CDK_CONTEXT_JSON: '' }, timeout: 60_000,
        });
        assert.equal(run.status, 0, `${name} failed:\n${run.stderr}`);
        const template = JSON.parse(fs.readFileSync(path.join(outdir, `${expected.stack}.template.json`), 'utf8'));
        const counts: Record<string, number> = {};
        for (const resource of Object.values(template.Resources) as Array<{ Type: string }>) {
          counts[resource.Type] = (counts[resource.Type] ?? 0) + 1;
        }
        for (const [type, count] of Object.entries(expected.resources)) {
          assert.equal(counts[type] ?? 0, count, `${name}: ${type}`);
        }
      } finally {
        fs.rmSync(work, { recursive: true, force: true });
      }
    });
  }
});
