/**
 * Cross-checks the recorded tables against what aws-cdk-lib's Function actually renders (black box): the layer ARN
 * in stacks with a concrete region, the error in a region without the layer, and the mapping in an
 * environment-agnostic stack. Used by `dump.js --verify`; returns the number of mismatches.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const SAMPLE_REGIONS = ['us-east-1', 'eu-south-1', 'cn-north-1', 'us-gov-west-1', 'ap-southeast-5', 'us-iso-east-1'];

function verify(root) {
  const cdk = require(require.resolve('aws-cdk-lib', { paths: [root] }));
  const lambda = require(require.resolve('aws-cdk-lib/aws-lambda', { paths: [root] }));
  const data = name => JSON.parse(fs.readFileSync(path.join(root, 'src', 'aws-lambda', 'data', name), 'utf8'));
  const insights = data('insights-layers.json');
  const params = data('params-and-secrets-layers.json');
  const adot = data('adot-layers.json');
  let failures = 0;
  let checks = 0;

  const expectFromTable = (table, region) => {
    for (const [template, regions] of Object.entries(table ?? {})) {
      if (regions.split(' ').includes(region)) { return template.split('{region}').join(region); }
    }
    return undefined;
  };

  /** The Layers of a Function synthesized with `props`, or the error message. */
  const layersOf = (region, props) => {
    try {
      const app = new cdk.App();
      const stack = new cdk.Stack(app, 'S', region ? { env: { region } } : undefined);
      new lambda.Function(stack, 'F', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('x'), ...props });
      const template = app.synth().getStackByName('S').template;
      const fn = Object.values(template.Resources).find(r => r.Type === 'AWS::Lambda::Function');
      return { layers: fn.Properties.Layers, mappings: template.Mappings };
    } catch (e) {
      return { error: String(e.message).split('\n')[0] };
    }
  };

  const compare = (what, got, expected) => {
    checks++;
    if (JSON.stringify(got) !== JSON.stringify(expected)) {
      failures++;
      console.log(`MISMATCH ${what}: got ${JSON.stringify(got)}, table says ${JSON.stringify(expected)}`);
    }
  };

  const architectures = { x86_64: lambda.Architecture.X86_64, arm64: lambda.Architecture.ARM_64 };
  for (const [constant, version] of Object.entries(insights.constants.LambdaInsightsVersion)) {
    for (const [arch, architecture] of Object.entries(architectures)) {
      const table = insights.versions[version][arch];
      for (const region of SAMPLE_REGIONS) {
        const got = layersOf(region, { insightsVersion: lambda.LambdaInsightsVersion[constant], architecture });
        const expected = expectFromTable(table, region);
        compare(`insights ${version} ${arch} ${region}`, got.layers ? got.layers[0] : 'error', expected ?? 'error');
      }
      if (table) {
        const got = layersOf(undefined, { insightsVersion: lambda.LambdaInsightsVersion[constant], architecture });
        compare(`insights ${version} ${arch} agnostic`, agnosticShape(got), expectedAgnosticShape(table));
      }
    }
  }
  for (const version of Object.values(params.constants.ParamsAndSecretsVersions)) {
    for (const [arch, architecture] of Object.entries(architectures)) {
      const table = params.versions[version][arch];
      for (const region of SAMPLE_REGIONS) {
        const layerVersion = lambda.ParamsAndSecretsLayerVersion.fromVersion(version);
        const got = layersOf(region, { paramsAndSecrets: layerVersion, architecture });
        compare(`params-and-secrets ${version} ${arch} ${region}`, got.layers ? got.layers[0] : 'error', expectFromTable(table, region) ?? 'error');
      }
      if (table) {
        const got = layersOf(undefined, { paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersion(version), architecture });
        compare(`params-and-secrets ${version} ${arch} agnostic`, agnosticShape(got), expectedAgnosticShape(table));
      }
    }
  }
  const adotFactories = {
    JAVA_SDK: 'fromJavaSdkLayerVersion',
    JAVA_AUTO_INSTRUMENTATION: 'fromJavaAutoInstrumentationLayerVersion',
    JAVASCRIPT_SDK: 'fromJavaScriptSdkLayerVersion',
    PYTHON_SDK: 'fromPythonSdkLayerVersion',
    GENERIC: 'fromGenericLayerVersion',
  };
  for (const [cls, { type, versions }] of Object.entries(adot.constants)) {
    for (const [name, version] of Object.entries(versions)) {
      for (const [arch, architecture] of Object.entries(architectures)) {
        const layerVersion = lambda.AdotLayerVersion[adotFactories[type]](lambda[cls][name]);
        const adotInstrumentation = { layerVersion, execWrapper: lambda.AdotLambdaExecWrapper.REGULAR_HANDLER };
        for (const region of SAMPLE_REGIONS) {
          const got = layersOf(region, { adotInstrumentation, architecture });
          compare(`adot ${type} ${version} ${arch} ${region}`, got.layers ? got.layers[0] : 'error', expectFromTable(adot.types[type][version][arch], region) ?? 'error');
        }
        const got = layersOf(undefined, { adotInstrumentation, architecture });
        compare(`adot ${type} ${version} ${arch} agnostic`, agnosticShape(got), expectedAgnosticShape(adot.types[type][version][arch]));
      }
    }
  }
  console.log(`verify: ${checks} checks, ${failures} mismatches`);
  return failures;
}

/** What an environment-agnostic Function rendered: { join } for one string over AWS::Region, else { mapping }. */
function agnosticShape(got) {
  if (got.error) { return 'error'; }
  if (got.mappings) { return { mapping: flattenMapping(got.mappings) }; }
  return { join: got.layers[0] };
}

/** What the table predicts (the rule core's regionalFact implements): one template line is one string over AWS::Region. */
function expectedAgnosticShape(table) {
  if (!table) { return 'error'; }
  const templates = Object.keys(table);
  if (templates.length === 1) {
    const [before, after] = templates[0].split('{region}');
    return { join: { 'Fn::Join': ['', [before, { Ref: 'AWS::Region' }, after]] } };
  }
  return { mapping: tableAsMapping(table) };
}

function flattenMapping(mappings) {
  const [only] = Object.values(mappings);
  const out = {};
  for (const [region, values] of Object.entries(only)) { out[region] = Object.values(values)[0]; }
  return out;
}

function tableAsMapping(table) {
  const out = {};
  for (const [template, regions] of Object.entries(table)) {
    for (const r of regions.split(' ')) { out[r] = template.split('{region}').join(r); }
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

module.exports = { verify };
