import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { App, CfnOutput, Duration, RemovalPolicy, Stack } from '../../../src/core';
import { Template } from '../../../src/assertions';
import { CustomResource } from '../../../src/core/custom-resources/custom-resource';

const TOKEN = 'arn:aws:lambda:us-east-1:123456789012:function:provider';

function newStack(): Stack {
  return new Stack(new App(), 'Stack');
}

describe('CustomResource', () => {
  test('renders an AWS::CloudFormation::CustomResource with the service token first, deleted with the stack by default', () => {
    const stack = newStack();
    new CustomResource(stack, 'Thing', { serviceToken: TOKEN, properties: { Name: 'x', Nested: { a: 1 } } });
    assert.deepEqual(Template.fromStack(stack).toJSON().Resources.Thing, {
      Type: 'AWS::CloudFormation::CustomResource',
      Properties: { ServiceToken: TOKEN, Name: 'x', Nested: { a: 1 } },
      UpdateReplacePolicy: 'Delete',
      DeletionPolicy: 'Delete',
    });
  });

  test('a Custom:: resource type, a removal policy and a service timeout (as a string of seconds) are rendered', () => {
    const stack = newStack();
    new CustomResource(stack, 'Thing', {
      serviceToken: TOKEN, resourceType: 'Custom::My-Thing_1', removalPolicy: RemovalPolicy.RETAIN, serviceTimeout: Duration.minutes(5),
    });
    assert.deepEqual(Template.fromStack(stack).toJSON().Resources.Thing, {
      Type: 'Custom::My-Thing_1',
      Properties: { ServiceToken: TOKEN, ServiceTimeout: '300' },
      UpdateReplacePolicy: 'Retain',
      DeletionPolicy: 'Retain',
    });
  });

  test('pascalCaseProperties upper-cases the first letter of top-level property names only', () => {
    const stack = newStack();
    new CustomResource(stack, 'Thing', { serviceToken: TOKEN, pascalCaseProperties: true, properties: { name: 'x', nested: { inner: 1 }, list: [{ y: 2 }] } });
    Template.fromStack(stack).hasResourceProperties('AWS::CloudFormation::CustomResource', {
      ServiceToken: TOKEN, Name: 'x', Nested: { inner: 1 }, List: [{ y: 2 }],
    });
  });

  test('ref and getAtt refer to the resource', () => {
    const stack = newStack();
    const resource = new CustomResource(stack, 'Thing', { serviceToken: TOKEN });
    new CfnOutput(stack, 'Id', { value: resource.ref });
    new CfnOutput(stack, 'Echo', { value: resource.getAttString('Echo') });
    new CfnOutput(stack, 'Other', { value: resource.getAtt('Other').toString() });
    const outputs = Template.fromStack(stack).toJSON().Outputs;
    assert.deepEqual(outputs.Id.Value, { Ref: 'Thing' });
    assert.deepEqual(outputs.Echo.Value, { 'Fn::GetAtt': ['Thing', 'Echo'] });
    assert.deepEqual(outputs.Other.Value, { 'Fn::GetAtt': ['Thing', 'Other'] });
  });

  test('a resource type that does not start with Custom:: is an error naming the construct', () => {
    assert.throws(() => new CustomResource(newStack(), 'Thing', { serviceToken: TOKEN, resourceType: 'MyThing' }),
      /\[Stack\/Thing\] resourceType must begin with "Custom::", got "MyThing"/);
  });

  test('a resource type longer than 60 characters is an error', () => {
    const type = `Custom::${'a'.repeat(53)}`;
    assert.throws(() => new CustomResource(newStack(), 'Thing', { serviceToken: TOKEN, resourceType: type }),
      /resourceType must be at most 60 characters long, got 61/);
  });

  test('a resource type name with characters other than letters, digits and _@- is an error', () => {
    assert.throws(() => new CustomResource(newStack(), 'Thing', { serviceToken: TOKEN, resourceType: 'Custom::a b' }),
      /resourceType name can only include alphanumeric characters and _@-, got "a b"/);
  });

  test('a service timeout outside 1 to 3600 seconds is an error', () => {
    assert.throws(() => new CustomResource(newStack(), 'Thing', { serviceToken: TOKEN, serviceTimeout: Duration.seconds(3601) }),
      /\[Stack\/Thing\] serviceTimeout must be between 1 and 3600 seconds, got 3601/);
    assert.doesNotThrow(() => new CustomResource(newStack(), 'Thing', { serviceToken: TOKEN, serviceTimeout: Duration.seconds(1) }));
  });
});
