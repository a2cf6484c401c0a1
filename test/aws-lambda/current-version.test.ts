import { describe, test } from 'node:test';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as assert from 'node:assert/strict';
import { Annotations, Match, Template } from '../../src/assertions';
import * as iam from '../../src/aws-iam';
import * as lambda from '../../src/aws-lambda';
import * as s3 from '../../src/aws-s3';
import { App, Aspects, Aws, CfnResource, RemovalPolicy, Stack, Tags } from '../../src/core';
import { newFunction, newStack } from './helpers';

const SHARED_ROLE_ARN = 'arn:aws:iam::123456789012:role/shared';

/** Functions that differ only in `props`, sharing one role so that their hashes can be compared. */
function twins(stack: Stack, props: Record<string, Partial<lambda.FunctionProps>>): Record<string, lambda.Function> {
  const role = iam.Role.fromRoleArn(stack, 'SharedRole', SHARED_ROLE_ARN);
  const out: Record<string, lambda.Function> = {};
  for (const [id, p] of Object.entries(props)) {
    out[id] = newFunction(stack, { role, ...p }, id);
    void out[id].currentVersion;
  }
  return out;
}

/** The 32-character hash at the end of each function's current version logical ID, after synthesis. */
function hashesOf(functions: Record<string, lambda.Function>): Record<string, string> {
  const stack = Stack.of(Object.values(functions)[0]);
  const resources = Template.fromStack(stack).findResources('AWS::Lambda::Version');
  const out: Record<string, string> = {};
  for (const [id, fn] of Object.entries(functions)) {
    const fnLogicalId = stack.resolve((fn.node.defaultChild as CfnResource).logicalId);
    const versionId = Object.keys(resources).find(v => resources[v].Properties.FunctionName.Ref === fnLogicalId);
    assert.ok(versionId, `no version for ${id}`);
    out[id] = versionId.slice(-32);
  }
  return out;
}

describe('Function.currentVersion', () => {
  test('the current version is created once, as a child named CurrentVersion', () => {
    const fn = newFunction(newStack());
    assert.equal(fn.currentVersion, fn.currentVersion);
    assert.equal(fn.currentVersion.node.path, 'Stack/Fn/CurrentVersion');
  });

  test('the logical ID is the path-based ID followed by the MD5 of the configuration', () => {
    const stack = newStack();
    void newFunction(stack).currentVersion;
    const ids = Object.keys(Template.fromStack(stack).findResources('AWS::Lambda::Version'));
    assert.deepEqual(ids, ['FnCurrentVersion17A89ABB686d8f921d840e296a9f1cb708f82107']);
  });

  test('the version refers to the function and is marked do-not-refactor', () => {
    const stack = newStack();
    void newFunction(stack).currentVersion;
    Template.fromStack(stack).hasResource('AWS::Lambda::Version', {
      Properties: { FunctionName: { Ref: 'Fn9270CBC0' } },
      Metadata: { 'aws:cdk:do-not-refactor': true },
    });
  });

  test('currentVersionOptions configure the version: removal policy, description, provisioned concurrency, async', () => {
    const stack = newStack();
    void newFunction(stack, {
      currentVersionOptions: { removalPolicy: RemovalPolicy.RETAIN, description: 'v', provisionedConcurrentExecutions: 2, retryAttempts: 1 },
    }).currentVersion;
    const template = Template.fromStack(stack);
    template.hasResource('AWS::Lambda::Version', {
      Properties: { Description: 'v', ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 2 } },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      MaximumRetryAttempts: 1,
      Qualifier: { 'Fn::GetAtt': [Match.stringLikeRegexp('^FnCurrentVersion'), 'Version'] },
    });
  });

  test('using the current version renders environment variables sorted; without it they keep insertion order', () => {
    const sortedStack = newStack();
    void newFunction(sortedStack, { environment: { Z: '1', A: '2' } }).currentVersion;
    const plainStack = newStack();
    newFunction(plainStack, { environment: { Z: '1', A: '2' } });
    const variables = (stack: Stack) =>
      Object.keys(Template.fromStack(stack).toJSON().Resources.Fn9270CBC0.Properties.Environment.Variables);
    assert.deepEqual(variables(sortedStack), ['A', 'Z']);
    assert.deepEqual(variables(plainStack), ['Z', 'A']);
  });

  test('a change made after currentVersion was read still changes the hash', () => {
    const hashes = hashesOf(twins(newStack(), { Before: {}, After: {} }));
    assert.equal(hashes.Before, hashes.After);
    const stack = newStack();
    const fns = twins(stack, { Before: {}, After: {} });
    fns.After.addEnvironment('LATE', 'yes');
    const changed = hashesOf(fns);
    assert.notEqual(changed.Before, changed.After);
  });

  test('environment variables hash the same whatever order they were added in', () => {
    const hashes = hashesOf(twins(newStack(), {
      Forward: { environment: { A: '1', B: '2' } },
      Backward: { environment: { B: '2', A: '1' } },
    }));
    assert.equal(hashes.Forward, hashes.Backward);
  });

  test('reserved concurrency, tags and code signing are not version-locked: the hash stays', () => {
    const stack = newStack();
    const fns = twins(stack, {
      Plain: {},
      Reserved: { reservedConcurrentExecutions: 3 },
      Tagged: {},
      Signed: {
        codeSigningConfig: lambda.CodeSigningConfig.fromCodeSigningConfigArn(stack, 'Csc',
          'arn:aws:lambda:us-east-1:123456789012:code-signing-config:csc-0123456789abcdef0'),
      },
    });
    Tags.of(fns.Tagged).add('team', 'blue');
    const hashes = hashesOf(fns);
    assert.equal(hashes.Reserved, hashes.Plain);
    assert.equal(hashes.Tagged, hashes.Plain);
    assert.equal(hashes.Signed, hashes.Plain);
  });

  test('memory, timeout, description and environment are version-locked: each changes the hash', () => {
    const hashes = hashesOf(twins(newStack(), {
      Plain: {}, Memory: { memorySize: 256 }, Described: { description: 'd' }, Env: { environment: { A: '1' } },
    }));
    assert.equal(new Set(Object.values(hashes)).size, 4);
  });

  test('invalidateVersionBasedOn changes the hash, differently for each value', () => {
    const stack = newStack();
    const fns = twins(stack, { Plain: {}, One: {}, Two: {} });
    fns.One.invalidateVersionBasedOn('1');
    fns.Two.invalidateVersionBasedOn('2');
    assert.equal(new Set(Object.values(hashesOf(fns))).size, 3);
  });

  test('invalidateVersionBasedOn rejects a token', () => {
    const fn = newFunction(newStack());
    assert.throws(() => fn.invalidateVersionBasedOn(Aws.REGION), /invalidateVersionBasedOn\(\) needs a literal string/);
  });

  test('a property nobody classified fails synthesis, naming it', () => {
    const stack = newStack();
    const fn = newFunction(stack);
    void fn.currentVersion;
    (fn.node.defaultChild as CfnResource).addPropertyOverride('UnitTestUnknownProperty', 1);
    assert.throws(() => Template.fromStack(stack), /not classified as version properties: UnitTestUnknownProperty/);
  });

  test('classifyVersionProperty makes an overridden property acceptable (locked properties change the hash)', () => {
    lambda.Function.classifyVersionProperty('UnitTestLockedProperty', true);
    lambda.Function.classifyVersionProperty('UnitTestUnlockedProperty', false);
    const fns = twins(newStack(), { Plain: {}, Locked: {}, Unlocked: {} });
    (fns.Locked.node.defaultChild as CfnResource).addPropertyOverride('UnitTestLockedProperty', 1);
    (fns.Unlocked.node.defaultChild as CfnResource).addPropertyOverride('UnitTestUnlockedProperty', 1);
    const hashes = hashesOf(fns);
    assert.notEqual(hashes.Locked, hashes.Plain);
    assert.equal(hashes.Unlocked, hashes.Plain);
  });

  test('without recognizeVersionProps, unlocked properties count too', () => {
    const stack = new Stack(new App({ context: { '@aws-cdk/aws-lambda:recognizeVersionProps': false } }), 'Stack');
    const hashes = hashesOf(twins(stack, { Plain: {}, Reserved: { reservedConcurrentExecutions: 3 } }));
    assert.notEqual(hashes.Reserved, hashes.Plain);
  });

  test('with recognizeLayerVersion, an in-app layer counts by its properties; without it, only by its Ref', () => {
    const hashWithLayerDescription = (description: string, recognizeLayerVersion: boolean) => {
      const context = { '@aws-cdk/aws-lambda:recognizeLayerVersion': recognizeLayerVersion };
      const stack = new Stack(new App({ context }), 'Stack');
      const bucket = s3.Bucket.fromBucketName(stack, 'Bucket', 'layers');
      const layer = new lambda.LayerVersion(stack, 'Layer', { code: lambda.Code.fromBucket(bucket, 'k.zip', 'v1'), description });
      return hashesOf(twins(stack, { Fn: { layers: [layer] } })).Fn;
    };
    assert.notEqual(hashWithLayerDescription('one', true), hashWithLayerDescription('two', true));
    assert.equal(hashWithLayerDescription('one', false), hashWithLayerDescription('two', false));
  });

  test('the Version reference resolves to the hashed logical ID everywhere (Ref and GetAtt)', () => {
    const stack = newStack();
    const fn = newFunction(stack);
    const alias = fn.addAlias('live');
    const versionId = Object.keys(Template.fromStack(stack).findResources('AWS::Lambda::Version'))[0];
    assert.deepEqual(stack.resolve(alias.version.version), { 'Fn::GetAtt': [versionId, 'Version'] });
    assert.deepEqual(stack.resolve(fn.currentVersion.functionArn), { Ref: versionId });
  });

  test('synthesizing again after a change renames the version, also where it is referenced before it renders', () => {
    const stack = newStack();
    // Rendered before the function: its policy refers to the version.
    const role = new iam.Role(stack, 'Caller', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
    const fn = newFunction(stack);
    fn.currentVersion.grantInvoke(role);
    const names = () => {
      const template = Template.fromStack(stack);
      const [versionId] = Object.keys(template.findResources('AWS::Lambda::Version'));
      const policy = Object.values(template.findResources('AWS::IAM::Policy'))[0] as any;
      return { versionId, granted: policy.Properties.PolicyDocument.Statement[0].Resource.Ref };
    };
    const before = names();
    assert.equal(before.granted, before.versionId);
    // (Not addEnvironment: the environment, a cached lazy value as in aws-cdk-lib, was fixed by the first synthesis.)
    (fn.node.defaultChild as CfnResource).addPropertyOverride('MemorySize', 512);
    const after = names();
    assert.notEqual(after.versionId, before.versionId);
    assert.equal(after.granted, after.versionId);
  });

  test('with a role from another stack, the template, the construct metadata and the tree agree on the name', () => {
    const app = new App();
    const shared = new Stack(app, 'Shared');
    const role = new iam.Role(shared, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    const stack = new Stack(app, 'Stack');
    const fn = newFunction(stack, { role });
    void fn.currentVersion;
    const assembly = app.synth();
    const [versionId] = Object.keys(assembly.getStackArtifact('Stack').template.Resources).filter(id => id.startsWith('FnCurrentVersion'));
    assert.equal(stack.resolve((fn.currentVersion.node.defaultChild as CfnResource).logicalId), versionId);
    const metadata = JSON.stringify(fs.readFileSync(path.join(assembly.directory, 'Stack.metadata.json'), 'utf8'));
    assert.ok(metadata.includes(versionId), 'metadata names the version as the template does');
  });

  test('overrideLogicalId on the version resource wins over the hash', () => {
    const stack = newStack();
    const fn = newFunction(stack);
    (fn.currentVersion.node.defaultChild as CfnResource).overrideLogicalId('FixedVersion');
    assert.deepEqual(Object.keys(Template.fromStack(stack).findResources('AWS::Lambda::Version')), ['FixedVersion']);
  });
});

describe('invoke permissions on a function with a current version', () => {
  const WARNING = Match.stringLikeRegexp('\\[ack: @aws-cdk/aws-lambda:addPermissionsToVersionOrAlias\\]');

  test('an invoke permission added after currentVersion warns on the function', () => {
    const stack = newStack();
    const fn = newFunction(stack);
    void fn.currentVersion;
    fn.grantInvoke(new iam.ServicePrincipal('sns.amazonaws.com'));
    Annotations.fromStack(stack).hasWarning('/Stack/Fn', WARNING);
  });

  test('an invoke permission added before currentVersion warns too', () => {
    const stack = newStack();
    const fn = newFunction(stack);
    fn.addPermission('P', { principal: new iam.AccountPrincipal('123456789012'), action: 'lambda:*' });
    void fn.currentVersion;
    Annotations.fromStack(stack).hasWarning('/Stack/Fn', WARNING);
  });

  test('other actions, functions without a current version and permissions on the version do not warn', () => {
    const stack = newStack();
    const other = newFunction(stack, {}, 'Other');
    other.addPermission('P', { principal: new iam.ServicePrincipal('s3.amazonaws.com'), action: 'lambda:GetFunction' });
    void other.currentVersion;
    newFunction(stack, {}, 'NoVersion').grantInvoke(new iam.ServicePrincipal('s3.amazonaws.com'));
    newFunction(stack, {}, 'Versioned').currentVersion.grantInvoke(new iam.ServicePrincipal('s3.amazonaws.com'));
    Annotations.fromStack(stack).hasNoWarning('*', WARNING);
  });
});

describe('Lambda@Edge', () => {
  test('using edgeArn drops removeInEdge variables (with an info) and refers to the version', () => {
    const stack = newStack();
    const fn = newFunction(stack);
    fn.addEnvironment('A', '1', { removeInEdge: true });
    const arn = fn.currentVersion.edgeArn;
    fn.addEnvironment('B', '2', { removeInEdge: true });
    const versionId = Object.keys(Template.fromStack(stack).findResources('AWS::Lambda::Version'))[0];
    assert.deepEqual(stack.resolve(arn), { Ref: versionId });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', { Environment: Match.absent() });
    Annotations.fromStack(stack).hasInfo('/Stack/Fn', Match.stringLikeRegexp('environment variable A is left out'));
    // Without variables the hash is the plain function's.
    assert.equal(versionId.slice(-32), '686d8f921d840e296a9f1cb708f82107');
  });

  test('a variable not marked removeInEdge fails once edgeArn is used', () => {
    const stack = newStack();
    const fn = newFunction(stack, { environment: { KEEP: 'x' } });
    const arn = fn.currentVersion.edgeArn;
    assert.throws(() => stack.resolve(arn), /Lambda@Edge, which does not allow environment variables, but it has KEEP/);
  });

  test('$LATEST cannot be used at the edge', () => {
    const fn = newFunction(newStack());
    assert.throws(() => fn.latestVersion.edgeArn, /\$LATEST cannot be used with Lambda@Edge/);
  });

  test('an imported version is not checked', () => {
    const stack = newStack();
    const fn = newFunction(stack, { environment: { KEEP: 'x' } });
    const version = lambda.Version.fromVersionAttributes(stack, 'V', { lambda: fn, version: '3' });
    assert.deepEqual(stack.resolve(version.edgeArn), { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['Fn9270CBC0', 'Arn'] }, ':3']] });
  });
});

describe('FunctionVersionUpgrade', () => {
  test('appends the version hash (as aws-cdk-lib computes it) to the description', () => {
    const stack = newStack();
    newFunction(stack, { description: 'mine' });
    Aspects.of(stack).add(new lambda.FunctionVersionUpgrade('@aws-cdk/aws-lambda:recognizeVersionProps'));
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', {
      Description: 'mine version-hash:6ca0a8100ae89ebcc7b0ba239837820b',
    });
  });

  test('leaves functions alone when the flag does not have the given state', () => {
    const stack = newStack();
    newFunction(stack, { description: 'mine' });
    Aspects.of(stack).add(new lambda.FunctionVersionUpgrade('@aws-cdk/aws-lambda:recognizeVersionProps', false));
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', { Description: 'mine' });
  });

  test('synthesizing twice appends the hash once', () => {
    const stack = newStack();
    newFunction(stack);
    Aspects.of(stack).add(new lambda.FunctionVersionUpgrade('@aws-cdk/aws-lambda:recognizeVersionProps'));
    Template.fromStack(stack);
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('^version-hash:[0-9a-f]{32}$'),
    });
  });
});
