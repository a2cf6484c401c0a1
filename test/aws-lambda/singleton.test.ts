import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Construct } from 'constructs';
import { Annotations, Match, Template } from '../../src/assertions';
import * as iam from '../../src/aws-iam';
import * as lambda from '../../src/aws-lambda';
import * as sqs from '../../src/aws-sqs';
import { Duration, Stack } from '../../src/core';
import { newStack } from './helpers';

function singleton(scope: Construct, id: string, props: Partial<lambda.SingletonFunctionProps> = {}): lambda.SingletonFunction {
  return new lambda.SingletonFunction(scope, id, {
    uuid: 'abc-123',
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => 1;'),
    ...props,
  });
}

describe('SingletonFunction', () => {
  test('declared twice (anywhere in the stack), the function is created once at the stack root', () => {
    const stack = newStack();
    const first = singleton(new Construct(stack, 'Deep'), 'First');
    const second = singleton(stack, 'Second', { timeout: Duration.seconds(9) });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::Lambda::Function', 1);
    assert.ok(template.findResources('AWS::Lambda::Function').SingletonLambdaabc12360D284E8);
    assert.ok(template.findResources('AWS::IAM::Role').SingletonLambdaabc123ServiceRoleDA273BF0);
    // The first declaration's props win.
    template.hasResourceProperties('AWS::Lambda::Function', { Timeout: Match.absent() });
    assert.equal(first.functionArn, second.functionArn);
    assert.equal(first.constructName, 'SingletonLambdaabc123');
  });

  test('the purpose names the function; an empty purpose is the default', () => {
    const stack = newStack();
    assert.equal(singleton(stack, 'A', { lambdaPurpose: 'Notifier' }).constructName, 'Notifierabc123');
    assert.equal(singleton(stack, 'B', { lambdaPurpose: '' }).constructName, 'SingletonLambdaabc123');
  });

  test('the wrapper renders nothing itself and forwards its attributes', () => {
    const stack = newStack();
    const fn = singleton(stack, 'S');
    assert.equal(fn.node.children.length, 0);
    assert.deepEqual(stack.resolve(fn.functionArn), { 'Fn::GetAtt': ['SingletonLambdaabc12360D284E8', 'Arn'] });
    assert.deepEqual(stack.resolve(fn.functionName), { Ref: 'SingletonLambdaabc12360D284E8' });
    assert.equal(fn.runtime, lambda.Runtime.NODEJS_22_X);
    assert.equal(fn.permissionsNode.path, 'Stack/SingletonLambdaabc123');
    assert.equal(fn.role?.node.path, 'Stack/SingletonLambdaabc123/ServiceRole');
    assert.equal(fn.isBoundToVpc, false);
    assert.equal(fn.currentVersion.node.path, 'Stack/SingletonLambdaabc123/CurrentVersion');
  });

  test('addEnvironment and addLayers change the real function; addEnvironment returns it', () => {
    const stack = newStack();
    const fn = singleton(stack, 'S');
    const real = fn.addEnvironment('KEY', 'value');
    assert.ok(real instanceof lambda.Function);
    fn.addLayers(lambda.LayerVersion.fromLayerVersionArn(stack, 'L', 'arn:aws:lambda:us-east-1:123456789012:layer:x:1'));
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: { KEY: 'value' } },
      Layers: ['arn:aws:lambda:us-east-1:123456789012:layer:x:1'],
    });
  });

  test('grants create permissions under the real function, so two wrappers can grant different principals', () => {
    const stack = newStack();
    singleton(stack, 'A').grantInvoke(new iam.ServicePrincipal('sns.amazonaws.com'));
    singleton(stack, 'B').grantInvoke(new iam.ServicePrincipal('events.amazonaws.com'));
    const permissions = Template.fromStack(stack).findResources('AWS::Lambda::Permission');
    assert.deepEqual(Object.keys(permissions).map(id => id.slice(0, 'SingletonLambdaabc123Invoke'.length)),
      ['SingletonLambdaabc123Invoke', 'SingletonLambdaabc123Invoke']);
  });

  test('addDependency makes the function wait for others; dependOn makes others wait for the function', () => {
    const stack = newStack();
    const fn = singleton(stack, 'S');
    fn.addDependency(new sqs.Queue(stack, 'Before'));
    fn.dependOn(new sqs.Queue(stack, 'After'));
    const template = Template.fromStack(stack);
    template.hasResource('AWS::Lambda::Function', { DependsOn: Match.arrayWith([Match.stringLikeRegexp('^Before')]) });
    template.hasResource('AWS::SQS::Queue', { DependsOn: Match.arrayWith(['SingletonLambdaabc12360D284E8']) });
  });

  test('addMetadata goes to the real function', () => {
    const stack = newStack();
    const fn = singleton(stack, 'S');
    fn.addMetadata('team', 'blue');
    const real = Stack.of(fn).node.findChild('SingletonLambdaabc123');
    assert.ok(real.node.metadata.some(m => m.type === 'team' && m.data === 'blue'));
  });

  test('an invoke permission on a singleton that has a current version warns on the real function', () => {
    const stack = newStack();
    const fn = singleton(stack, 'S');
    void fn.currentVersion;
    fn.addPermission('P', { principal: new iam.AccountPrincipal('123456789012') });
    Annotations.fromStack(stack).hasWarning('/Stack/SingletonLambdaabc123',
      Match.stringLikeRegexp('addPermissionsToVersionOrAlias'));
  });
});
