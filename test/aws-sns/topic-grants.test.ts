import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { App, Stack } from '../../src/core';
import { Template } from '../../src/assertions';
import { Role, ServicePrincipal } from '../../src/aws-iam';
import { Key } from '../../src/aws-kms';
import { CfnTopic, Topic, TopicGrants } from '../../src/aws-sns';

function newStack(): Stack {
  return new Stack(new App(), 'Stack');
}

function newRole(stack: Stack): Role {
  return new Role(stack, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
}

function identityStatements(stack: Stack): any[] {
  return Object.values(Template.fromStack(stack).findResources('AWS::IAM::Policy'))
    .flatMap((p: any) => p.Properties.PolicyDocument.Statement);
}

describe('topic grants', () => {
  test('grantPublish and grantSubscribe give one action each on the topic ARN', () => {
    const stack = newStack();
    const topic = new Topic(stack, 'Topic');
    const role = newRole(stack);
    topic.grantPublish(role);
    topic.grantSubscribe(role);
    assert.deepEqual(identityStatements(stack), [
      { Action: 'sns:Publish', Effect: 'Allow', Resource: { Ref: 'TopicBFC7AF6E' } },
      { Action: 'sns:Subscribe', Effect: 'Allow', Resource: { Ref: 'TopicBFC7AF6E' } },
    ]);
  });

  test('publishing to an encrypted topic also grants Decrypt and GenerateDataKey* on its key', () => {
    const stack = newStack();
    const topic = new Topic(stack, 'Topic', { masterKey: new Key(stack, 'Key') });
    const grant = topic.grantPublish(newRole(stack));
    assert.deepEqual(identityStatements(stack)[1], {
      Action: ['kms:Decrypt', 'kms:GenerateDataKey*'], Effect: 'Allow', Resource: { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] },
    });
    assert.equal(grant.principalStatements.length, 1);
  });

  test('a service principal is allowed through the topic policy with an index Sid', () => {
    const stack = newStack();
    const topic = new Topic(stack, 'Topic');
    topic.grants.publish(new ServicePrincipal('events.amazonaws.com'));
    Template.fromStack(stack).hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: [{ Action: 'sns:Publish', Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Resource: { Ref: 'TopicBFC7AF6E' }, Sid: '0' }],
        Version: '2012-10-17',
      },
    });
  });

  test('TopicGrants on an L1 topic only add identity statements', () => {
    const stack = newStack();
    const topic = new CfnTopic(stack, 'CfnTopic');
    TopicGrants.fromTopic(topic).publish(newRole(stack));
    TopicGrants.fromTopic(topic).publish(new ServicePrincipal('events.amazonaws.com'));
    assert.deepEqual(identityStatements(stack), [{ Action: 'sns:Publish', Effect: 'Allow', Resource: { Ref: 'CfnTopic' } }]);
    Template.fromStack(stack).resourceCountIs('AWS::SNS::TopicPolicy', 0);
  });
});
