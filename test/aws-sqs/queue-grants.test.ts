import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { App, Stack } from '../../src/core';
import { Template } from '../../src/assertions';
import { AccountPrincipal, Role, ServicePrincipal } from '../../src/aws-iam';
import { CfnQueue, Queue, QueueEncryption, QueueGrants } from '../../src/aws-sqs';

function newStack(): Stack {
  return new Stack(new App(), 'Stack');
}

function newRole(stack: Stack): Role {
  return new Role(stack, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
}

const SEND = ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'];
const CONSUME = ['sqs:ReceiveMessage', 'sqs:ChangeMessageVisibility', 'sqs:GetQueueUrl', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'];
const PURGE = ['sqs:PurgeQueue', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'];

function policyStatements(stack: Stack): any[] {
  const policies = Template.fromStack(stack).findResources('AWS::IAM::Policy');
  return Object.values(policies).flatMap((p: any) => p.Properties.PolicyDocument.Statement);
}

describe('queue grants', () => {
  test('send, consume, purge and custom grants give their actions in order, one statement each', () => {
    const stack = newStack();
    const queue = new Queue(stack, 'Queue');
    const role = newRole(stack);
    queue.grantSendMessages(role);
    queue.grantConsumeMessages(role);
    queue.grantPurge(role);
    queue.grant(role, 'sqs:TagQueue');
    const arn = { 'Fn::GetAtt': ['Queue4A7E3555', 'Arn'] };
    assert.deepEqual(policyStatements(stack), [
      { Action: SEND, Effect: 'Allow', Resource: arn },
      { Action: CONSUME, Effect: 'Allow', Resource: arn },
      { Action: PURGE, Effect: 'Allow', Resource: arn },
      { Action: 'sqs:TagQueue', Effect: 'Allow', Resource: arn },
    ]);
  });

  test('an encrypted queue adds encrypt/decrypt for senders and decrypt for consumers, right after the queue statement', () => {
    const stack = newStack();
    const queue = new Queue(stack, 'Queue', { encryption: QueueEncryption.KMS });
    const role = newRole(stack);
    const grant = queue.grantSendMessages(role);
    queue.grantConsumeMessages(role);
    queue.grantPurge(role);
    const keyArn = { 'Fn::GetAtt': ['QueueKey39FCBAE6', 'Arn'] };
    assert.deepEqual(policyStatements(stack).map(s => [s.Action, s.Resource]), [
      [SEND, { 'Fn::GetAtt': ['Queue4A7E3555', 'Arn'] }],
      [['kms:Decrypt', 'kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'], keyArn],
      [CONSUME, { 'Fn::GetAtt': ['Queue4A7E3555', 'Arn'] }],
      ['kms:Decrypt', keyArn],
      [PURGE, { 'Fn::GetAtt': ['Queue4A7E3555', 'Arn'] }],
    ]);
    assert.equal(grant.principalStatements.length, 1, 'the returned grant is the queue grant alone');
  });

  test('the AWS managed key needs no key statement', () => {
    const stack = newStack();
    const queue = new Queue(stack, 'Queue', { encryption: QueueEncryption.KMS_MANAGED });
    queue.grantSendMessages(newRole(stack));
    assert.equal(policyStatements(stack).length, 1);
  });

  test('a service principal or another account goes into the queue policy', () => {
    const stack = newStack();
    const queue = new Queue(stack, 'Queue');
    queue.grantSendMessages(new ServicePrincipal('events.amazonaws.com'));
    queue.grants.sendMessages(new AccountPrincipal('999999999999'));
    Template.fromStack(stack).hasResourceProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: {
        Statement: [
          { Action: SEND, Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Resource: { 'Fn::GetAtt': ['Queue4A7E3555', 'Arn'] } },
          {
            Action: SEND,
            Effect: 'Allow',
            Principal: { AWS: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::999999999999:root']] } },
            Resource: { 'Fn::GetAtt': ['Queue4A7E3555', 'Arn'] },
          },
        ],
      },
    });
  });

  test('QueueGrants on an L1 queue only add identity statements', () => {
    const stack = newStack();
    const cfnQueue = new CfnQueue(stack, 'CfnQueue');
    const role = newRole(stack);
    QueueGrants.fromQueue(cfnQueue).consumeMessages(role);
    QueueGrants.fromQueue(cfnQueue).consumeMessages(new ServicePrincipal('sns.amazonaws.com'));
    assert.deepEqual(policyStatements(stack), [{ Action: CONSUME, Effect: 'Allow', Resource: { 'Fn::GetAtt': ['CfnQueue', 'Arn'] } }]);
    Template.fromStack(stack).resourceCountIs('AWS::SQS::QueuePolicy', 0);
  });
});
