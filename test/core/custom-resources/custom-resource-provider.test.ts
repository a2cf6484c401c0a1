import { afterEach, beforeEach, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Duration, Size, Stack } from '../../../src/core';
import { Template } from '../../../src/assertions';
import { Construct } from 'constructs';
import { AssetStaging } from '../../../src/core/assets/asset-staging';
import { CustomResource } from '../../../src/core/custom-resources/custom-resource';
import { CustomResourceProvider } from '../../../src/core/custom-resources/custom-resource-provider';
import { CustomResourceProviderRuntime } from '../../../src/core/custom-resources/custom-resource-provider-runtime';
import { nodejsEntrypointSource } from '../../../src/core/custom-resources/entrypoint-source';

const HANDLER_DIR = path.join(__dirname, '..', '..', 'fixtures', 'staging', 'handler');

let outdir: string;
beforeEach(() => {
  outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'provider-test-'));
  AssetStaging.clearAssetHashCache();
});
afterEach(() => { fs.rmSync(outdir, { recursive: true, force: true }); });

function newStack(context: Record<string, unknown> = {}): Stack {
  return new Stack(new App({ outdir, context }), 'Stack');
}

describe('CustomResourceProvider', () => {
  test('creates a role and a function at the top of the stack, with aws-cdk-lib\'s construct IDs and logical IDs', () => {
    const stack = newStack();
    const provider = CustomResourceProvider.getOrCreateProvider(new Construct(stack, 'Deep'), 'Custom::MyThing', {
      codeDirectory: HANDLER_DIR, runtime: CustomResourceProviderRuntime.NODEJS_22_X,
    });
    assert.equal(provider.node.path, 'Stack/Custom::MyThingCustomResourceProvider');
    const template = Template.fromStack(stack).toJSON();
    const role = template.Resources.CustomMyThingCustomResourceProviderRoleBBEFDFFA;
    const handler = template.Resources.CustomMyThingCustomResourceProviderHandler37B1FE4D;
    assert.deepEqual(role, {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: {
          Version: '2012-10-17',
          Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } }],
        },
        ManagedPolicyArns: [{ 'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole' }],
      },
    });
    assert.deepEqual(handler, {
      Type: 'AWS::Lambda::Function',
      Properties: {
        Code: { S3Bucket: { 'Fn::Sub': 'cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}' }, S3Key: `${provider.codeHash}.zip` },
        Timeout: 900,
        MemorySize: 128,
        Handler: '__entrypoint__.handler',
        Role: { 'Fn::GetAtt': ['CustomMyThingCustomResourceProviderRoleBBEFDFFA', 'Arn'] },
        Runtime: 'nodejs22.x',
      },
      DependsOn: ['CustomMyThingCustomResourceProviderRoleBBEFDFFA'],
    });
  });

  test('is created once per stack and resource type: later calls return the first provider', () => {
    const stack = newStack();
    const first = CustomResourceProvider.getOrCreateProvider(stack, 'Custom::A', { codeDirectory: HANDLER_DIR, runtime: CustomResourceProviderRuntime.NODEJS_22_X });
    const again = CustomResourceProvider.getOrCreateProvider(new Construct(stack, 'Elsewhere'), 'Custom::A', { codeDirectory: '/ignored', runtime: CustomResourceProviderRuntime.NODEJS_20_X });
    assert.equal(again, first);
    assert.equal(CustomResourceProvider.getOrCreate(stack, 'Custom::A', { codeDirectory: HANDLER_DIR, runtime: CustomResourceProviderRuntime.NODEJS_22_X }), first.serviceToken);
    Template.fromStack(stack).resourceCountIs('AWS::Lambda::Function', 1);
  });

  test('the service token is the function ARN, used by custom resources', () => {
    const stack = newStack();
    const token = CustomResourceProvider.getOrCreate(stack, 'Custom::A', { codeDirectory: HANDLER_DIR, runtime: CustomResourceProviderRuntime.NODEJS_22_X });
    new CustomResource(stack, 'Thing', { serviceToken: token, resourceType: 'Custom::A', properties: { Name: 'n' } });
    Template.fromStack(stack).hasResourceProperties('Custom::A', {
      ServiceToken: { 'Fn::GetAtt': ['CustomACustomResourceProviderHandler78C089F3', 'Arn'] },
      Name: 'n',
    });
  });

  test('policy statements, from props and added later, make one inline policy', () => {
    const stack = newStack();
    const provider = CustomResourceProvider.getOrCreateProvider(stack, 'Custom::A', {
      codeDirectory: HANDLER_DIR, runtime: CustomResourceProviderRuntime.NODEJS_22_X,
      policyStatements: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
    });
    provider.addToRolePolicy({ Effect: 'Allow', Action: 'sqs:*', Resource: '*' });
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Role', {
      Policies: [{
        PolicyName: 'Inline',
        PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }, { Effect: 'Allow', Action: 'sqs:*', Resource: '*' }] },
      }],
    });
  });

  test('timeout, memory, description and environment (sorted, with regional STS endpoints) are rendered', () => {
    const stack = newStack();
    CustomResourceProvider.getOrCreateProvider(stack, 'Custom::A', {
      codeDirectory: HANDLER_DIR, runtime: CustomResourceProviderRuntime.NODEJS_20_X,
      timeout: Duration.minutes(5), memorySize: Size.mebibytes(256), description: 'desc', environment: { B: '2', A: '1' },
    });
    const handler = Object.values(Template.fromStack(stack).findResources('AWS::Lambda::Function'))[0];
    assert.deepEqual(handler.Properties.Environment, { Variables: { A: '1', AWS_STS_REGIONAL_ENDPOINTS: 'regional', B: '2' } });
    assert.deepEqual(Object.keys(handler.Properties), ['Code', 'Timeout', 'MemorySize', 'Handler', 'Role', 'Runtime', 'Environment', 'Description']);
    assert.equal(handler.Properties.Timeout, 300);
    assert.equal(handler.Properties.MemorySize, 256);
    assert.equal(handler.Properties.Description, 'desc');
  });

  test('the code asset holds the handler and our entrypoint, which speaks the CloudFormation response protocol', () => {
    const stack = newStack();
    const provider = CustomResourceProvider.getOrCreateProvider(stack, 'Custom::A', { codeDirectory: HANDLER_DIR, runtime: CustomResourceProviderRuntime.NODEJS_22_X });
    const staged = path.join(outdir, `asset.${provider.codeHash}`);
    assert.deepEqual(fs.readdirSync(staged).sort(), ['__entrypoint__.js', 'index.js']);
    assert.equal(fs.readFileSync(path.join(staged, '__entrypoint__.js'), 'utf8'), nodejsEntrypointSource());
    (stack.node.root as App).synth();
    const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'Stack.assets.json'), 'utf8'));
    assert.equal(manifest.files[provider.codeHash].displayName, 'Stack/Custom::ACustomResourceProvider Code');
    assert.deepEqual(manifest.files[provider.codeHash].source, { path: `asset.${provider.codeHash}`, packaging: 'zip' });
  });

  test('without the response wrapper the code directory alone is the asset, with the hash aws-cdk-lib gives it', () => {
    const stack = newStack();
    const provider = CustomResourceProvider.getOrCreateProvider(stack, 'Custom::A', {
      codeDirectory: HANDLER_DIR, runtime: CustomResourceProviderRuntime.NODEJS_22_X, useCfnResponseWrapper: false,
    });
    assert.equal(provider.codeHash, 'd26f31fa02c08c4794ad63a7034a8bbd6783a45230fd97a75e9bd255ee511bd3');
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', { Handler: 'index.handler' });
  });

  test('with asset metadata enabled the function records where its code is', () => {
    const stack = newStack({ 'aws:cdk:enable-asset-metadata': true });
    const provider = CustomResourceProvider.getOrCreateProvider(stack, 'Custom::A', { codeDirectory: HANDLER_DIR, runtime: CustomResourceProviderRuntime.NODEJS_22_X });
    Template.fromStack(stack).hasResource('AWS::Lambda::Function', {
      Metadata: { 'aws:asset:path': `asset.${provider.codeHash}`, 'aws:asset:property': 'Code' },
    });
  });

  test('a code directory without index.js is an error naming the provider and the file', () => {
    assert.throws(() => CustomResourceProvider.getOrCreateProvider(newStack(), 'Custom::A', { codeDirectory: path.join(outdir, 'nope'), runtime: CustomResourceProviderRuntime.NODEJS_22_X }),
      (e: Error) => e.message.includes('[Stack/Custom::ACustomResourceProvider]') && e.message.includes(`cannot find ${path.join(outdir, 'nope', 'index.js')}`));
  });

  test('runtimes have the Lambda names aws-cdk-lib gives them', () => {
    assert.equal(CustomResourceProviderRuntime.NODEJS_22_X, 'nodejs22.x');
    assert.equal(CustomResourceProviderRuntime.NODEJS_24_X, 'nodejs24.x');
    assert.equal(CustomResourceProviderRuntime.NODEJS_12, 'deprecated_nodejs12.x');
  });
});
