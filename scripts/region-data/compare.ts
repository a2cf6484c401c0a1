/**
 * End-to-end check of core's regionalFact over the recorded tables: the same lookups through aws-cdk-lib (a Function
 * with an Insights, ADOT or Parameters and Secrets layer, or `Stack.regionalFact`) and through lambda-cdk's
 * `regionalFact`/`standardRegionalFact`, in environment-agnostic stacks with several target partitions and in
 * stacks with a region; the resolved value and the template's Mappings must be equal (key order included).
 *
 *   CDK_VALIDATION=false npx tsx scripts/region-data/compare.ts
 */
/* eslint-disable @typescript-eslint/no-require-imports */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App, Stack } from '../../src/core';
import { regionalFact, regionTableLookup, standardRegionalFact } from '../../src/core/region-facts';

process.env.CDK_VALIDATION = 'false';
process.env.HOME = fs.mkdtempSync(path.join(os.tmpdir(), 'region-compare-'));

const ROOT = path.resolve(__dirname, '..', '..');
const cdk = require(require.resolve('aws-cdk-lib', { paths: [ROOT] }));
const lambda = require(require.resolve('aws-cdk-lib/aws-lambda', { paths: [ROOT] }));
const load = (name: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'src', 'aws-lambda', 'data', name), 'utf8'));
const insights = load('insights-layers.json');
const params = load('params-and-secrets-layers.json');
const adot = load('adot-layers.json');

const CONTEXTS: { [name: string]: { [key: string]: unknown } } = {
  'all partitions': {},
  'aws': { '@aws-cdk/core:target-partitions': ['aws'] },
  'aws-cn': { '@aws-cdk/core:target-partitions': ['aws-cn'] },
  'aws and aws-us-gov': { '@aws-cdk/core:target-partitions': ['aws', 'aws-us-gov'] },
};
const REGIONS = [undefined, 'us-east-1', 'cn-north-1', 'eu-south-1'];
const ARCHITECTURES = ['x86_64', 'arm64'];
const ADOT_FACTORIES: { [type: string]: string } = {
  JAVA_SDK: 'fromJavaSdkLayerVersion',
  JAVA_AUTO_INSTRUMENTATION: 'fromJavaAutoInstrumentationLayerVersion',
  JAVASCRIPT_SDK: 'fromJavaScriptSdkLayerVersion',
  PYTHON_SDK: 'fromPythonSdkLayerVersion',
  GENERIC: 'fromGenericLayerVersion',
};
const STANDARD_FACTS = ['partition', 'domainSuffix', 'latestNodeRuntime', 'aws:is-opt-in-region', 'cdk:metadata-resource:available'];

type Outcome = string;

function oracleLayer(context: object, region: string | undefined, props: object): Outcome {
  try {
    const app = new cdk.App({ context });
    const stack = new cdk.Stack(app, 'S', region ? { env: { region } } : undefined);
    new lambda.Function(stack, 'F', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('x'), ...props });
    const template = app.synth().getStackByName('S').template;
    const fn: any = Object.values(template.Resources).find((r: any) => r.Type === 'AWS::Lambda::Function');
    return JSON.stringify({ value: fn.Properties.Layers[0], mappings: template.Mappings });
  } catch {
    return 'error';
  }
}

function oracleStandard(context: object, region: string | undefined, fact: string): Outcome {
  try {
    const app = new cdk.App({ context });
    const stack = new cdk.Stack(app, 'S', region ? { env: { region } } : undefined);
    const value = stack.resolve(stack.regionalFact(fact));
    return JSON.stringify({ value, mappings: app.synth().getStackByName('S').template.Mappings });
  } catch {
    return 'error';
  }
}

function ours(context: object, region: string | undefined, lookup: (stack: Stack) => string): Outcome {
  try {
    const app = new App({ context: context as { [key: string]: any } });
    const stack = new Stack(app, 'S', region ? { env: { region } } : undefined);
    const value = stack.resolve(lookup(stack));
    return JSON.stringify({ value, mappings: (app.synth().getStackByName('S').template as any).Mappings });
  } catch {
    return 'error';
  }
}

/** A layer lookup through core, failing as the Function does when no region at all has the layer. */
function layerFact(factName: string, table: { [template: string]: string } | undefined): (stack: Stack) => string {
  return stack => {
    if (!table) { throw new Error(`${factName} does not exist`); }
    return regionalFact(stack, factName, regionTableLookup(table));
  };
}

const underscored = (version: string) => version.split('.').join('_');
let cases = 0;
let differences = 0;
function compare(what: string, expected: Outcome, actual: Outcome): void {
  cases++;
  if (expected !== actual) {
    differences++;
    console.log(`DIFFERENT ${what}\n  aws-cdk-lib: ${expected.slice(0, 400)}\n  lambda-cdk:  ${actual.slice(0, 400)}`);
  }
}

for (const [contextName, context] of Object.entries(CONTEXTS)) {
  for (const region of REGIONS) {
    const where = `${contextName}, ${region ?? 'no region'}`;
    for (const arch of ARCHITECTURES) {
      const architecture = arch === 'arm64' ? lambda.Architecture.ARM_64 : lambda.Architecture.X86_64;
      for (const [constant, version] of Object.entries(insights.constants.LambdaInsightsVersion) as [string, string][]) {
        compare(`insights ${version} ${arch} (${where})`,
          oracleLayer(context, region, { insightsVersion: lambda.LambdaInsightsVersion[constant], architecture }),
          ours(context, region, layerFact(`cloudwatch-lambda-insights-version:${underscored(version)}_${arch}`, insights.versions[version][arch])));
      }
      for (const version of Object.values(params.constants.ParamsAndSecretsVersions) as string[]) {
        compare(`params-and-secrets ${version} ${arch} (${where})`,
          oracleLayer(context, region, { paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersion(version), architecture }),
          ours(context, region, layerFact(`params-and-secrets-layer:${underscored(version)}_${arch}`, params.versions[version][arch])));
      }
      for (const [cls, { type, versions }] of Object.entries(adot.constants) as [string, { type: string; versions: { [n: string]: string } }][]) {
        for (const [name, version] of Object.entries(versions)) {
          const layerVersion = lambda.AdotLayerVersion[ADOT_FACTORIES[type]](lambda[cls][name]);
          compare(`adot ${type} ${version} ${arch} (${where})`,
            oracleLayer(context, region, { architecture, adotInstrumentation: { layerVersion, execWrapper: lambda.AdotLambdaExecWrapper.REGULAR_HANDLER } }),
            ours(context, region, layerFact(`adot-lambda-layer:${type}_${underscored(version)}_${arch}`, adot.types[type][version][arch])));
        }
      }
    }
    for (const fact of STANDARD_FACTS) {
      compare(`Stack.regionalFact(${fact}) (${where})`, oracleStandard(context, region, fact), ours(context, region, stack => standardRegionalFact(stack, fact)));
    }
  }
}
console.log(`compare: ${cases} cases, ${differences} different`);
if (differences > 0) { process.exitCode = 1; }
