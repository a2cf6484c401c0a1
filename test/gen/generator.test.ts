import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generate } from '../../scripts/gen-cfn';
import { attributeMemberName, camelCase } from '../../scripts/gen-cfn/naming';

const ROOT = path.resolve(__dirname, '..', '..');

test('generating twice gives identical files', () => {
  const first = generate();
  const second = generate();
  assert.deepEqual([...first.keys()], [...second.keys()]);
  for (const [file, text] of first) { assert.equal(second.get(file), text, file); }
});

test('the committed generated files are what the generator produces', () => {
  for (const [file, text] of generate()) {
    assert.equal(fs.readFileSync(path.join(ROOT, file), 'utf8'), text, `${file} is out of date: run npm run gen`);
  }
});

test('--check exits 0 when the output is up to date', () => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/gen-cfn.ts', '--check'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /generated files are up to date/);
});

test('the Lambda and IAM modules contain every resource type of their namespace', () => {
  const files = generate();
  const lambda = files.get('src/aws-lambda/lambda.generated.ts')!;
  const iam = files.get('src/aws-iam/iam.generated.ts')!;
  for (const name of ['Alias', 'CodeSigningConfig', 'EventInvokeConfig', 'EventSourceMapping', 'Function', 'LayerVersion',
    'LayerVersionPermission', 'Permission', 'Url', 'Version']) {
    assert.match(lambda, new RegExp(`export class Cfn${name} extends cdk\\.CfnResource`));
  }
  for (const name of ['AccessKey', 'Group', 'InstanceProfile', 'ManagedPolicy', 'OIDCProvider', 'Policy', 'Role', 'User']) {
    assert.match(iam, new RegExp(`export class Cfn${name} extends cdk\\.CfnResource`));
  }
});

test('names are camelCased as aws-cdk-lib does, acronyms and plurals included', () => {
  assert.equal(camelCase('DocumentDBEventSourceConfig'), 'documentDbEventSourceConfig');
  assert.equal(camelCase('ProviderARNs'), 'providerArns');
  assert.equal(camelCase('VPCs'), 'vpcs');
  assert.equal(camelCase('Ipv6AllowedForDualStack'), 'ipv6AllowedForDualStack');
  assert.equal(camelCase('PrincipalOrgID'), 'principalOrgId');
  assert.equal(camelCase('AWSServiceName'), 'awsServiceName');
  assert.equal(camelCase('S3Bucket'), 's3Bucket');
  assert.equal(attributeMemberName('SnapStartResponse.ApplyOn'), 'attrSnapStartResponseApplyOn');
});
