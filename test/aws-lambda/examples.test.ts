import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FakeDockerBehaviour, installFakeDocker } from '../core/staging/fake-docker';

// The Lambda seed examples run as users run them: `import ... from 'lambda-cdk/...'` resolves to this checkout's build.
const ROOT = path.resolve(__dirname, '..', '..');
const EXAMPLES = path.join(ROOT, 'examples');

/** What an example left behind, for checks beyond the resource counts. */
interface ExampleOutput {
  /** The example's stack template. */
  readonly template: Template;
  /** The example's cloud assembly folder. */
  readonly outdir: string;
  /** The arguments of each docker call the example made (only with `docker`). */
  readonly dockerCalls: string[][];
}

interface Template {
  Resources: Record<string, { Type: string; Properties?: Record<string, any> }>;
}

/** What an example must synthesize. */
interface ExampleExpectation {
  /** The stack it synthesizes. */
  readonly stack: string;
  /** Per resource type, how many. */
  readonly resources: Record<string, number>;
  /**
   * The example runs docker while it synthesizes (asset bundling). There is no Docker engine where tests run: it runs
   * with the fake docker CLI of test/core/staging (through CDK_DOCKER), behaving as given.
   * @default - no docker: a docker call fails the example
   */
  readonly docker?: FakeDockerBehaviour;
  /**
   * More checks on what the example synthesized.
   * @default - the resource counts only
   */
  readonly check?: (output: ExampleOutput) => void;
}

/** What each example must synthesize: its stack and, per resource type, how many. */
const EXPECTED: Record<string, ExampleExpectation> = {
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
  'lambda-bundling': {
    stack: 'LambdaBundling',
    resources: { 'AWS::IAM::Role': 2, 'AWS::Lambda::Function': 2 },
    // The bundling image of its own is not built yet, so the example builds it.
    docker: { noImage: true },
    check: checkBundlingExample,
  },
  'lambda-docker-image-asset': {
    stack: 'LambdaDockerImageAsset',
    resources: { 'AWS::IAM::Role': 1, 'AWS::Lambda::Function': 1 },
    check: checkDockerImageAssetExample,
  },
};

/** Both functions ran their command in their image, and their code is the staged bundle. */
function checkBundlingExample({ template, outdir, dockerCalls }: ExampleOutput): void {
  const runs = dockerCalls.filter(args => args[0] === 'run');
  const imageAndCommand = (run: string[]) => run.slice(run.indexOf('/asset-input') + 1);
  assert.deepEqual(imageAndCommand(runs[0]), [
    'public.ecr.aws/sam/build-python3.13', 'bash', '-c', 'pip install -r requirements.txt -t /asset-output && cp -au . /asset-output',
  ]);
  const build = dockerCalls.find(args => args[0] === 'build');
  assert.ok(build, `no docker build among ${JSON.stringify(dockerCalls)}`);
  const tag = build[2];
  assert.match(tag, /^cdk-[0-9a-f]{64}$/);
  assert.deepEqual(build.slice(3), ['--build-arg', 'ARG1=value1', path.join(outdir, '..', 'bundling-image')]);
  assert.deepEqual(imageAndCommand(runs[1]).slice(0, 3), [tag, 'bash', '-c']);

  const files = JSON.parse(fs.readFileSync(path.join(outdir, 'LambdaBundling.assets.json'), 'utf8')).files;
  for (const [id, resource] of Object.entries(template.Resources)) {
    if (resource.Type !== 'AWS::Lambda::Function') { continue; }
    assert.equal(resource.Properties?.Runtime, 'python3.13', id);
    const hash = String(resource.Properties?.Code.S3Key).replace(/\.zip$/, '');
    assert.equal(files[hash]?.source.path, `asset.${hash}`, `${id}: its code is not a file asset`);
    // What the (fake) bundling container wrote to /asset-output.
    assert.deepEqual(fs.readdirSync(path.join(outdir, `asset.${hash}`)), ['out.txt'], id);
  }
}

/** The function's code is an image asset the CLI will build from the docker-handler folder. */
function checkDockerImageAssetExample({ template, outdir, dockerCalls }: ExampleOutput): void {
  assert.deepEqual(dockerCalls, []);
  const [fn] = Object.values(template.Resources).filter(r => r.Type === 'AWS::Lambda::Function');
  assert.equal(fn.Properties?.PackageType, 'Image');
  const imageUri = JSON.stringify(fn.Properties?.Code.ImageUri);
  const images = JSON.parse(fs.readFileSync(path.join(outdir, 'LambdaDockerImageAsset.assets.json'), 'utf8')).dockerImages;
  const hashes = Object.keys(images);
  assert.equal(hashes.length, 1, JSON.stringify(images));
  const [hash] = hashes;
  assert.ok(imageUri.includes(`:${hash}`), `ImageUri ${imageUri} does not name the image asset ${hash}`);
  assert.equal(images[hash].source.directory, `asset.${hash}`);
  assert.deepEqual(fs.readdirSync(path.join(outdir, `asset.${hash}`)).sort(), ['Dockerfile', 'app.py']);
}

const built = fs.existsSync(path.join(ROOT, 'dist', 'aws-lambda', 'index.js'));

describe('Lambda seed examples', () => {
  test('every examples/lambda-* folder has an expectation here', () => {
    const folders = fs.readdirSync(EXAMPLES).filter(name => name.startsWith('lambda-')).sort();
    assert.deepEqual(folders, Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    test(`${name} synthesizes ${expected.stack}`, { skip: built ? false : 'dist/ is not built (npm run build)' }, () => {
      const work = fs.mkdtempSync(path.join(os.tmpdir(), `example-${name}-`));
      const docker = expected.docker ? installFakeDocker() : undefined;
      try {
        docker?.behave(expected.docker ?? {});
        fs.mkdirSync(path.join(work, 'node_modules'));
        fs.symlinkSync(ROOT, path.join(work, 'node_modules', 'lambda-cdk'), 'dir');
        // As in a user's project, where constructs is installed next to lambda-cdk.
        fs.symlinkSync(path.join(ROOT, 'node_modules', 'constructs'), path.join(work, 'node_modules', 'constructs'), 'dir');
        // The whole folder: an example may bring files its app uses (an asset's handler code).
        fs.cpSync(path.join(EXAMPLES, name), work, { recursive: true });
        const outdir = path.join(work, 'cdk.out');
        // Without the fake, CDK_DOCKER names a docker that does not exist: an example that runs docker unexpectedly fails
        // here, as it would on a machine without Docker, instead of reaching a real engine.
        const dockerEnv = docker ? {} : { CDK_DOCKER: path.join(work, 'no-docker-here') };
        const run = spawnSync(process.execPath, ['--import', require.resolve('tsx'), 'app.ts'], {
          cwd: work, encoding: 'utf8', env: { ...process.env, CDK_OUTDIR: outdir, CDK_CONTEXT_JSON: '', ...dockerEnv }, timeout: 60_000,
        });
        assert.equal(run.status, 0, `${name} failed:\n${run.stderr}`);
        const template: Template = JSON.parse(fs.readFileSync(path.join(outdir, `${expected.stack}.template.json`), 'utf8'));
        const counts: Record<string, number> = {};
        for (const resource of Object.values(template.Resources)) {
          counts[resource.Type] = (counts[resource.Type] ?? 0) + 1;
        }
        for (const [type, count] of Object.entries(expected.resources)) {
          assert.equal(counts[type] ?? 0, count, `${name}: ${type}`);
        }
        expected.check?.({ template, outdir, dockerCalls: docker?.calls() ?? [] });
      } finally {
        docker?.uninstall();
        fs.rmSync(work, { recursive: true, force: true });
      }
    });
  }
});
