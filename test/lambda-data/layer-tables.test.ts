/**
 * Spot checks of the Lambda layer tables recorded by scripts/region-data/dump.js, against ARNs aws-cdk-lib 2.276.0's
 * `RegionInfo` printed when these tests were written (undefined where it had none).
 */
import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { knownRegions, regionTableLookup } from '../../src/core/region-facts';

const DATA = path.join(__dirname, '..', '..', 'src', 'aws-lambda', 'data');
const load = (name: string) => JSON.parse(fs.readFileSync(path.join(DATA, name), 'utf8'));
const insights = load('insights-layers.json');
const adot = load('adot-layers.json');
const paramsAndSecrets = load('params-and-secrets-layers.json');

function insightsArn(version: string, arch: string, region: string): string | undefined {
  return regionTableLookup(insights.versions[version]?.[arch])(region);
}
function paramsAndSecretsArn(version: string, arch: string, region: string): string | undefined {
  return regionTableLookup(paramsAndSecrets.versions[version]?.[arch])(region);
}
function adotArn(type: string, version: string, arch: string, region: string): string | undefined {
  return regionTableLookup(adot.types[type]?.[version]?.[arch])(region);
}

/** Every region named in a table file, with the table it is in. */
function regionsIn(tree: unknown, out: string[] = []): string[] {
  if (tree && typeof tree === 'object') {
    for (const [key, value] of Object.entries(tree)) {
      if (typeof value === 'string' && key.includes('{region}')) { out.push(...value.split(' ')); } else { regionsIn(value, out); }
    }
  }
  return out;
}

describe('Lambda Insights layer table', () => {
  test('lists the 17 LambdaInsightsVersion constants with their versions', () => {
    const constants = insights.constants.LambdaInsightsVersion;
    assert.equal(Object.keys(constants).length, 17);
    assert.equal(constants.VERSION_1_0_54_0, '1.0.54.0');
    assert.equal(constants.VERSION_1_0_498_0, '1.0.498.0');
    for (const version of Object.values(constants) as string[]) { assert.ok(insights.versions[version], version); }
  });

  test('x86_64 ARNs match aws-cdk-lib in the standard and the special accounts', () => {
    assert.equal(insightsArn('1.0.98.0', 'x86_64', 'us-east-1'), 'arn:aws:lambda:us-east-1:580247275435:layer:LambdaInsightsExtension:14');
    assert.equal(insightsArn('1.0.98.0', 'x86_64', 'cn-northwest-1'), 'arn:aws-cn:lambda:cn-northwest-1:488211338238:layer:LambdaInsightsExtension:8');
    assert.equal(insightsArn('1.0.498.0', 'x86_64', 'il-central-1'), 'arn:aws:lambda:il-central-1:459530977127:layer:LambdaInsightsExtension:29');
    assert.equal(insightsArn('1.0.498.0', 'x86_64', 'us-gov-west-1'), 'arn:aws-us-gov:lambda:us-gov-west-1:751350123760:layer:LambdaInsightsExtension:24');
  });

  test('arm64 ARNs match aws-cdk-lib, and versions without arm64 have no arm64 table', () => {
    assert.equal(insightsArn('1.0.229.0', 'arm64', 'eu-west-1'), 'arn:aws:lambda:eu-west-1:580247275435:layer:LambdaInsightsExtension-Arm64:5');
    assert.equal(insights.versions['1.0.98.0'].arm64, undefined);
    assert.equal(insightsArn('1.0.98.0', 'arm64', 'us-east-1'), undefined);
  });

  test('regions aws-cdk-lib has no layer for are absent', () => {
    assert.equal(insightsArn('1.0.54.0', 'x86_64', 'af-south-1'), undefined);
    assert.equal(insightsArn('1.0.498.0', 'arm64', 'ap-southeast-5'), undefined);
  });
});

describe('Parameters and Secrets layer table', () => {
  test('lists the ParamsAndSecretsVersions constants', () => {
    assert.deepEqual(paramsAndSecrets.constants.ParamsAndSecretsVersions, { V1_0_103: '1.0.103' });
  });

  test('ARNs match aws-cdk-lib: one account per region, a separate arm64 layer name', () => {
    assert.equal(paramsAndSecretsArn('1.0.103', 'x86_64', 'us-east-1'), 'arn:aws:lambda:us-east-1:177933569100:layer:AWS-Parameters-and-Secrets-Lambda-Extension:4');
    assert.equal(paramsAndSecretsArn('1.0.103', 'arm64', 'eu-central-1'), 'arn:aws:lambda:eu-central-1:187925254637:layer:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:4');
    assert.equal(paramsAndSecretsArn('1.0.103', 'x86_64', 'cn-north-1'), 'arn:aws-cn:lambda:cn-north-1:287114880934:layer:AWS-Parameters-and-Secrets-Lambda-Extension:4');
  });

  test('regions aws-cdk-lib has no layer for are absent', () => {
    assert.equal(paramsAndSecretsArn('1.0.103', 'arm64', 'cn-north-1'), undefined);
    assert.equal(paramsAndSecretsArn('1.0.103', 'x86_64', 'us-iso-east-1'), undefined);
  });
});

describe('ADOT layer table', () => {
  test('lists every AdotLambdaLayer*Version class with its layer type, LATEST included', () => {
    assert.deepEqual(Object.keys(adot.constants).sort(), [
      'AdotLambdaLayerGenericVersion', 'AdotLambdaLayerJavaAutoInstrumentationVersion', 'AdotLambdaLayerJavaScriptSdkVersion',
      'AdotLambdaLayerJavaSdkVersion', 'AdotLambdaLayerPythonSdkVersion',
    ]);
    assert.equal(adot.constants.AdotLambdaLayerJavaScriptSdkVersion.type, 'JAVASCRIPT_SDK');
    assert.equal(adot.constants.AdotLambdaLayerJavaScriptSdkVersion.versions.LATEST, '1.30.0');
    assert.equal(adot.constants.AdotLambdaLayerJavaSdkVersion.versions.V1_32_0_1, '1.32.0-1');
    assert.equal(adot.constants.AdotLambdaLayerGenericVersion.versions.LATEST, '0.115.0');
  });

  test('ARNs match aws-cdk-lib for each layer type', () => {
    assert.equal(adotArn('JAVASCRIPT_SDK', '1.30.0', 'x86_64', 'us-east-1'), 'arn:aws:lambda:us-east-1:901920570463:layer:aws-otel-nodejs-amd64-ver-1-30-1:1');
    assert.equal(adotArn('JAVA_SDK', '1.32.0-1', 'arm64', 'eu-west-1'), 'arn:aws:lambda:eu-west-1:901920570463:layer:aws-otel-java-wrapper-arm64-ver-1-32-0:4');
    assert.equal(adotArn('JAVA_AUTO_INSTRUMENTATION', '1.28.1', 'x86_64', 'cn-north-1'), 'arn:aws-cn:lambda:cn-north-1:901920570463:layer:aws-otel-java-agent-amd64-ver-1-28-1:1');
    assert.equal(adotArn('PYTHON_SDK', '1.29.0', 'x86_64', 'ap-south-1'), 'arn:aws:lambda:ap-south-1:901920570463:layer:aws-otel-python-amd64-ver-1-29-0:1');
    assert.equal(adotArn('GENERIC', '0.115.0', 'arm64', 'sa-east-1'), 'arn:aws:lambda:sa-east-1:901920570463:layer:aws-otel-collector-arm64-ver-0-115-0:2');
    assert.equal(adotArn('GENERIC', '0.84.0', 'x86_64', 'af-south-1'), 'arn:aws:lambda:af-south-1:901920570463:layer:aws-otel-collector-amd64-ver-0-84-0:1');
  });

  test('keeps per-region layer versions apart (JavaScript SDK 1.7.0 arm64 is :1 in us-west-1, :2 in us-west-2)', () => {
    assert.equal(adotArn('JAVASCRIPT_SDK', '1.7.0', 'arm64', 'us-west-1'), 'arn:aws:lambda:us-west-1:901920570463:layer:aws-otel-nodejs-arm64-ver-1-7-0:1');
    assert.equal(adotArn('JAVASCRIPT_SDK', '1.7.0', 'arm64', 'us-west-2'), 'arn:aws:lambda:us-west-2:901920570463:layer:aws-otel-nodejs-arm64-ver-1-7-0:2');
  });

  test('regions aws-cdk-lib has no layer for are absent', () => {
    assert.equal(adotArn('PYTHON_SDK', '1.29.0', 'x86_64', 'cn-north-1'), undefined);
    assert.equal(adotArn('GENERIC', '0.115.0', 'x86_64', 'eu-south-1'), undefined);
  });
});

describe('all tables', () => {
  test('name only regions core knows, so environment-agnostic lookups cover every recorded ARN', () => {
    const known = new Set(knownRegions());
    for (const table of [insights, adot, paramsAndSecrets]) {
      const unknown = regionsIn(table).filter(r => !known.has(r));
      assert.deepEqual(unknown, []);
    }
  });

  test('say which aws-cdk-lib version they were recorded from', () => {
    for (const table of [insights, adot, paramsAndSecrets]) { assert.match(table.comment, /aws-cdk-lib 2\.276\.0/); }
  });
});
