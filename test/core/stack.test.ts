import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Construct } from 'constructs';
import { Template } from '../../src/assertions';
import { App, CfnOutput, CfnParameter, CfnResource, Fn, Names, Stack, Stage } from '../../src/core';

describe('Stack', () => {
  test('a stack without a scope gets an App, and the id Default', () => {
    const stack = new Stack();
    assert.equal(stack.stackName, 'Default');
    assert.ok(Stage.of(stack));
  });

  test('stack names and artifact IDs follow the construct path (nested stage and nested construct)', () => {
    const app = new App();
    const top = new Stack(app, 'My-Stack');
    const inStage = new Stack(new Stage(app, 'Prod'), 'Inner');
    const deep = new Stack(new Construct(app, 'Group'), 'Deeper');
    assert.deepEqual([top.stackName, top.artifactId], ['My-Stack', 'My-Stack']);
    assert.deepEqual([inStage.stackName, inStage.artifactId], ['Prod-Inner', 'ProdInner6AE3BBF4']);
    assert.deepEqual([deep.stackName, deep.artifactId], ['GroupDeeper2BA0D4A4', 'GroupDeeper2BA0D4A4']);
  });

  test('an invalid stack name is rejected with the name and the rule', () => {
    assert.throws(() => new Stack(new App(), 'S', { stackName: '1bad' }), /\[S\] Stack name must match .*got '1bad'/);
  });

  test('a concrete environment is literal; an agnostic one is made of pseudo parameters', () => {
    const app = new App();
    const concrete = new Stack(app, 'A', { env: { account: '123456789012', region: 'eu-west-1' } });
    const agnostic = new Stack(app, 'B');
    assert.equal(concrete.environment, 'aws://123456789012/eu-west-1');
    assert.equal(agnostic.environment, 'aws://unknown-account/unknown-region');
    assert.deepEqual(agnostic.resolve(agnostic.account), { Ref: 'AWS::AccountId' });
    assert.equal(concrete.resolve(concrete.region), 'eu-west-1');
  });

  test('description, transforms and metadata go to the top of the template', () => {
    const stack = new Stack(new App(), 'S', { description: 'hello' });
    stack.addTransform('AWS::Serverless-2016-10-31');
    stack.addMetadata('Key', 'Value');
    new CfnResource(stack, 'R', { type: 'AWS::SNS::Topic' });
    const json = Template.fromStack(stack).toJSON();
    assert.equal(json.Description, 'hello');
    assert.equal(json.Transform, 'AWS::Serverless-2016-10-31');
    assert.deepEqual(json.Metadata, { Key: 'Value' });
  });

  test('every stack gets the bootstrap version parameter and check rule', () => {
    const template = Template.fromStack(new Stack(new App(), 'S'));
    template.hasParameter('BootstrapVersion', { Type: 'AWS::SSM::Parameter::Value<String>', Default: '/cdk-bootstrap/hnb659fds/version' });
    assert.ok(template.toJSON().Rules.CheckBootstrapVersion);
  });
});

describe('cross-stack references', () => {
  test('a Ref used in another stack becomes an export and an import, and the consumer depends on the producer', () => {
    const app = new App();
    const producer = new Stack(app, 'Producer');
    const consumer = new Stack(app, 'Consumer');
    const queue = new CfnResource(producer, 'Queue', { type: 'AWS::SQS::Queue' });
    new CfnResource(consumer, 'User', { type: 'AWS::SNS::Topic', properties: { Q: queue.ref } });
    const assembly = app.synth();
    // Names as aws-cdk-lib 2.276.0 renders them for the same program.
    Template.fromStack(producer).hasOutput('ExportsOutputRefQueueD6A24597', {
      Value: { Ref: 'Queue' },
      Export: { Name: 'Producer:ExportsOutputRefQueueD6A24597' },
    });
    Template.fromStack(consumer).hasResourceProperties('AWS::SNS::Topic', {
      Q: { 'Fn::ImportValue': 'Producer:ExportsOutputRefQueueD6A24597' },
    });
    assert.deepEqual(consumer.dependencies, [producer]);
    assert.deepEqual(assembly.getStackArtifact('Consumer').manifest.dependencies, ['Producer', 'Consumer.assets']);
  });

  test('a reference between stacks in different environments is an error naming both stacks', () => {
    const app = new App();
    const producer = new Stack(app, 'Producer', { env: { account: '111111111111', region: 'us-east-1' } });
    const consumer = new Stack(app, 'Consumer', { env: { account: '111111111111', region: 'eu-west-1' } });
    const queue = new CfnResource(producer, 'Queue', { type: 'AWS::SQS::Queue' });
    new CfnResource(consumer, 'User', { type: 'AWS::SNS::Topic', properties: { Q: queue.ref } });
    assert.throws(() => app.synth(), /\[Consumer\] .*Producer.*same environment/);
  });

  test('a reference back from the producer to the consumer is a dependency cycle error', () => {
    const app = new App();
    const a = new Stack(app, 'A');
    const b = new Stack(app, 'B');
    const ra = new CfnResource(a, 'R', { type: 'AWS::SQS::Queue' });
    const rb = new CfnResource(b, 'R', { type: 'AWS::SQS::Queue', properties: { X: ra.ref } });
    ra.addPropertyOverride('Y', rb.ref);
    assert.throws(() => app.synth(), /cycle/);
  });

  test('exportValue of a resource attribute exports it under the generated name', () => {
    const app = new App();
    const stack = new Stack(app, 'S');
    const queue = new CfnResource(stack, 'Queue', { type: 'AWS::SQS::Queue' });
    const imported = stack.exportValue(queue.getAtt('Arn').toString());
    assert.deepEqual(stack.resolve(imported), { 'Fn::ImportValue': 'S:ExportsOutputFnGetAttQueueArn042C0F02' });
  });
});

describe('CfnParameter and CfnOutput', () => {
  test('valueAsNumber of a String parameter is an error naming the type', () => {
    const stack = new Stack(new App(), 'S');
    const p = new CfnParameter(stack, 'P', { type: 'String' });
    assert.throws(() => p.valueAsNumber, /\[S\/P\] Parameter type \(String\) is not a number type/);
  });

  test('an output renders its value, description, export and condition', () => {
    const stack = new Stack(new App(), 'S');
    new CfnOutput(stack, 'O', { value: Fn.ref('AWS::Region'), description: 'd', exportName: 'e' });
    Template.fromStack(stack).hasOutput('O', { Value: { Ref: 'AWS::Region' }, Description: 'd', Export: { Name: 'e' } });
  });
});

describe('Names', () => {
  // Expected values observed from aws-cdk-lib 2.276.0 for the same construct paths.
  const cases: Array<[string[], object, string]> = [
    [['A', 'Resource'], {}, 'MyStackA568F52E6'],
    [['A', 'Default', 'B'], { separator: '-' }, 'MyStack-A-B-946E6013'],
    [['Bucket', 'Bucket'], { separator: '-' }, 'MyStack-Bucket-A5746348'],
    [['x'.repeat(80), 'y'.repeat(80)], { maxLength: 64 }, `MyStack${'x'.repeat(21)}${'y'.repeat(28)}FEA07D64`],
    [['x'.repeat(80), 'y'.repeat(80)], { maxLength: 64, separator: '-' }, `MyStack-${'x'.repeat(20)}${'y'.repeat(27)}-FEA07D64`],
    [['a_b.c', 'd'], { allowedSpecialCharacters: '_.', separator: '-' }, 'MyStack-a_b.c-d-2701C666'],
    [['a_b.c', 'd'], {}, 'MyStackabcd2701C666'],
  ];
  for (const [path, options, expected] of cases) {
    test(`uniqueResourceName of ${path.join('/').slice(0, 30)} with ${JSON.stringify(options)} is ${expected.slice(0, 30)}...`, () => {
      let scope: Construct = new Stack(new App(), 'My-Stack');
      for (const id of path) { scope = (scope.node.tryFindChild(id) as Construct) ?? new Construct(scope, id); }
      assert.equal(Names.uniqueResourceName(scope, options), expected);
    });
  }
});
