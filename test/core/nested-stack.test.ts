import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, CfnResource, Duration, NestedStack, NestedStackSynthesizer, RemovalPolicy, Stack, Tags } from '../../src/core';

function newApp(): App {
  return new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'nested-stack-')) });
}

function read(app: App, file: string): any {
  return JSON.parse(fs.readFileSync(path.join(app.outdir, file), 'utf8'));
}

const NESTED_RESOURCE = 'ChildNestedStackChildNestedStackResourceC40294CA';

describe('NestedStack', () => {
  test('a nested stack is a stack below its parent with a path-based artifact id and a .nested template file', () => {
    const app = newApp();
    const parent = new Stack(app, 'Parent');
    const child = new NestedStack(parent, 'Child');
    assert.equal(child.nested, true);
    assert.equal(child.nestedStackParent, parent);
    assert.equal(parent.nested, false);
    assert.equal(child.artifactId, 'ParentChild8B49BB45');
    assert.equal(child.templateFile, 'ParentChild8B49BB45.nested.template.json');
    assert.ok(NestedStack.isNestedStack(child));
    assert.ok(!NestedStack.isNestedStack(parent));
    assert.ok(child.synthesizer instanceof NestedStackSynthesizer);
    assert.equal(Stack.of(new CfnResource(child, 'R', { type: 'X::Y' })), child);
    assert.equal(child.nestedStackResource.node.path, 'Parent/Child.NestedStack/Child.NestedStackResource');
  });

  test('a nested stack outside any stack is rejected with the scope path', () => {
    const app = newApp();
    assert.throws(() => new NestedStack(app, 'Orphan'), /Nested stacks must be defined within the scope of another non-nested stack/);
  });

  test('the parent deploys the nested template with an AWS::CloudFormation::Stack resource whose URL holds the template hash', () => {
    const app = newApp();
    const parent = new Stack(app, 'Parent');
    const child = new NestedStack(parent, 'Child', { parameters: { P: 'v' }, timeout: Duration.minutes(5), notificationArns: ['arn:t'] });
    new CfnResource(child, 'Queue', { type: 'AWS::SQS::Queue' });
    app.synth();

    const nestedTemplate = read(app, child.templateFile);
    assert.deepEqual(nestedTemplate, { Resources: { Queue: { Type: 'AWS::SQS::Queue' } } });
    const hash = crypto.createHash('sha256').update(JSON.stringify(nestedTemplate)).digest('hex');
    const resource = read(app, 'Parent.template.json').Resources[NESTED_RESOURCE];
    assert.equal(resource.Type, 'AWS::CloudFormation::Stack');
    assert.deepEqual(Object.keys(resource.Properties), ['NotificationARNs', 'Parameters', 'TemplateURL', 'TimeoutInMinutes']);
    assert.deepEqual(resource.Properties.Parameters, { P: 'v' });
    assert.equal(resource.Properties.TimeoutInMinutes, 5);
    assert.equal(resource.Properties.TemplateURL['Fn::Join'][1].at(-1), `/${hash}.json`);
    assert.equal(resource.DeletionPolicy, 'Delete');
    assert.equal(resource.UpdateReplacePolicy, 'Delete');

    const assets = read(app, 'Parent.assets.json');
    assert.deepEqual(Object.keys(assets.files)[0], hash);
    assert.equal(assets.files[hash].displayName, 'Child Nested Stack Template');
    assert.deepEqual(assets.files[hash].source, { path: child.templateFile, packaging: 'file' });
    const manifest = read(app, 'manifest.json');
    assert.equal(manifest.artifacts[child.artifactId], undefined);
  });

  test('removalPolicy and tags reach the nested stack resource', () => {
    const app = newApp();
    const parent = new Stack(app, 'Parent');
    new NestedStack(parent, 'Child', { removalPolicy: RemovalPolicy.RETAIN });
    Tags.of(parent).add('team', 'x');
    app.synth();
    const resource = read(app, 'Parent.template.json').Resources[NESTED_RESOURCE];
    assert.equal(resource.DeletionPolicy, 'Retain');
    assert.deepEqual(resource.Properties.Tags, [{ Key: 'team', Value: 'x' }]);
  });

  test('a parent resource used in the nested stack becomes a reference parameter the parent passes', () => {
    const app = newApp();
    const parent = new Stack(app, 'Parent');
    const queue = new CfnResource(parent, 'ParentQueue', { type: 'AWS::SQS::Queue' });
    const child = new NestedStack(parent, 'Child');
    new CfnResource(child, 'User', { type: 'Custom::U', properties: { Q: queue.ref } });
    app.synth();
    const nested = read(app, child.templateFile);
    assert.deepEqual(nested.Parameters, { referencetoParentParentQueueBB7841A8Ref: { Type: 'String' } });
    assert.deepEqual(nested.Resources.User.Properties.Q, { Ref: 'referencetoParentParentQueueBB7841A8Ref' });
    const resource = read(app, 'Parent.template.json').Resources[NESTED_RESOURCE];
    assert.deepEqual(resource.Properties.Parameters, { referencetoParentParentQueueBB7841A8Ref: { Ref: 'ParentQueue' } });
  });

  test('a nested resource used in the parent becomes an output read with Fn::GetAtt Outputs', () => {
    const app = newApp();
    const parent = new Stack(app, 'Parent');
    const child = new NestedStack(parent, 'Child');
    const queue = new CfnResource(child, 'NestedQueue', { type: 'AWS::SQS::Queue' });
    new CfnResource(parent, 'User', { type: 'Custom::U', properties: { Arn: queue.getAtt('Arn').toString(), Id: child.stackId } });
    app.synth();
    const nested = read(app, child.templateFile);
    assert.deepEqual(nested.Outputs, { ParentChildNestedQueueF5764204Arn: { Value: { 'Fn::GetAtt': ['NestedQueue', 'Arn'] } } });
    const user = read(app, 'Parent.template.json').Resources.User.Properties;
    assert.deepEqual(user.Arn, { 'Fn::GetAtt': [NESTED_RESOURCE, 'Outputs.ParentChildNestedQueueF5764204Arn'] });
    assert.deepEqual(user.Id, { Ref: NESTED_RESOURCE });
  });

  test('stackName is the pseudo parameter inside the nested stack and derived from its resource outside', () => {
    const app = newApp();
    const parent = new Stack(app, 'Parent');
    const child = new NestedStack(parent, 'Child');
    assert.deepEqual(child.resolve(child.stackName), { Ref: 'AWS::StackName' });
    assert.deepEqual(parent.resolve(child.stackName), { 'Fn::Select': [1, { 'Fn::Split': ['/', { Ref: NESTED_RESOURCE }] }] });
  });

  test('addDependency between sibling nested stacks is a DependsOn between their resources', () => {
    const app = newApp();
    const parent = new Stack(app, 'Parent');
    const a = new NestedStack(parent, 'A');
    const b = new NestedStack(parent, 'B');
    b.addDependency(a);
    app.synth();
    const resources = read(app, 'Parent.template.json').Resources;
    assert.deepEqual(resources.BNestedStackBNestedStackResource52BC9022.DependsOn, ['ANestedStackANestedStackResource5CBB2250']);
    assert.deepEqual(b.dependencies, []);
  });

  test('a nested stack using another top-level stack imports its export, and the top-level stacks depend', () => {
    const app = newApp();
    const other = new Stack(app, 'Other');
    const topic = new CfnResource(other, 'Topic', { type: 'AWS::SNS::Topic' });
    const parent = new Stack(app, 'Parent');
    const child = new NestedStack(parent, 'Child');
    new CfnResource(child, 'User', { type: 'Custom::U', properties: { T: topic.ref } });
    app.synth();
    assert.deepEqual(read(app, child.templateFile).Resources.User.Properties.T, { 'Fn::ImportValue': 'Other:ExportsOutputRefTopicA7DE468A' });
    assert.deepEqual(read(app, 'manifest.json').artifacts.Parent.dependencies, ['Other', 'Parent.assets']);
  });

  test('nested templates are finished deepest first and each is an asset of the top-level stack', () => {
    const app = newApp();
    const parent = new Stack(app, 'Parent');
    const middle = new NestedStack(parent, 'Middle');
    const inner = new NestedStack(middle, 'Inner');
    new CfnResource(inner, 'R', { type: 'X::Y' });
    app.synth();
    const files = read(app, 'Parent.assets.json').files;
    assert.deepEqual(Object.values<any>(files).map(f => f.displayName), [
      'Middle/Inner Nested Stack Template', 'Middle Nested Stack Template', 'Parent Template',
    ]);
    const innerHash = crypto.createHash('sha256').update(JSON.stringify(read(app, inner.templateFile))).digest('hex');
    const middleTemplate = read(app, middle.templateFile);
    const innerResource = Object.values<any>(middleTemplate.Resources).find(r => r.Type === 'AWS::CloudFormation::Stack');
    assert.equal(innerResource.Properties.TemplateURL['Fn::Join'][1].at(-1), `/${innerHash}.json`);
  });

  test('metadata of constructs in a nested stack goes to the parent stack artifact', () => {
    const app = newApp();
    const parent = new Stack(app, 'Parent');
    const child = new NestedStack(parent, 'Child');
    new CfnResource(child, 'R', { type: 'X::Y' });
    app.synth();
    const manifest = read(app, 'manifest.json');
    const metadata = read(app, manifest.artifacts.Parent.additionalMetadataFile);
    assert.deepEqual(metadata['/Parent/Child/R'], [{ type: 'aws:cdk:logicalId', data: 'R' }]);
  });
});
