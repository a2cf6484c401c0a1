import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { App, CfnResource, MissingRemovalPolicies, RemovalPolicies, RemovalPolicy, Stack } from '../../src/core';
import { Template } from '../../src/assertions';

function stackWithResources(): Stack {
  const stack = new Stack(new App(), 'S');
  new CfnResource(stack, 'Queue', { type: 'AWS::SQS::Queue' });
  new CfnResource(stack, 'Topic', { type: 'AWS::SNS::Topic' }).applyRemovalPolicy(RemovalPolicy.RETAIN);
  return stack;
}

describe('RemovalPolicies', () => {
  test('sets the policy of every resource of the chosen types at synthesis, over the policies they had', () => {
    const stack = stackWithResources();
    RemovalPolicies.of(stack).destroy({ applyToResourceTypes: ['AWS::SNS::Topic'] });
    const template = Template.fromStack(stack);
    template.hasResource('AWS::SNS::Topic', { DeletionPolicy: 'Delete', UpdateReplacePolicy: 'Delete' });
    assert.equal(template.toJSON().Resources.Queue.DeletionPolicy, undefined);
  });

  test('the highest priority has the last word; at the same priority the last one added does', () => {
    const stack = stackWithResources();
    RemovalPolicies.of(stack).snapshot({ priority: 400 });
    RemovalPolicies.of(stack).destroy({ priority: 300 });
    Template.fromStack(stack).allResources('AWS::SQS::Queue', { DeletionPolicy: 'Snapshot' });
  });

  test('MissingRemovalPolicies leaves resources that have a policy alone', () => {
    const stack = stackWithResources();
    MissingRemovalPolicies.of(stack).destroy();
    const resources = Template.fromStack(stack).toJSON().Resources;
    assert.equal(resources.Queue.DeletionPolicy, 'Delete');
    assert.equal(resources.Topic.DeletionPolicy, 'Retain');
  });
});
