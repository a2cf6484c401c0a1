import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { App, Fn, Stack } from '../../src/core';
import { Template } from '../../src/assertions';
import { AnyPrincipal, PolicyStatement, Role, ServicePrincipal } from '../../src/aws-iam';
import { Queue, QueueEncryption } from '../../src/aws-sqs';

function newStack(): Stack {
  return new Stack(new App(), 'Stack');
}

describe('imported queues', () => {
  test('fromQueueArn derives name, URL, environment and FIFO-ness from the ARN', () => {
    const stack = newStack();
    const queue = Queue.fromQueueArn(stack, 'Imported', 'arn:aws:sqs:eu-west-1:123456789012:orders.fifo');
    assert.equal(queue.queueName, 'orders.fifo');
    assert.equal(queue.fifo, true);
    assert.equal(queue.env.account, '123456789012');
    assert.equal(queue.env.region, 'eu-west-1');
    assert.deepEqual(stack.resolve(queue.queueUrl), {
      'Fn::Join': ['', ['https://sqs.eu-west-1.', { Ref: 'AWS::URLSuffix' }, '/123456789012/orders.fifo']],
    });
  });

  test('a token ARN is split at deployment', () => {
    const stack = newStack();
    const queue = Queue.fromQueueArn(stack, 'Imported', Fn.importValue('QueueArn'));
    const part = (i: number) => ({ 'Fn::Select': [i, { 'Fn::Split': [':', { 'Fn::ImportValue': 'QueueArn' }] }] });
    assert.deepEqual(stack.resolve(queue.queueName), part(5));
    assert.deepEqual(stack.resolve(queue.queueUrl), {
      'Fn::Join': ['', ['https://sqs.', part(3), '.', { Ref: 'AWS::URLSuffix' }, '/', part(4), '/', part(5)]],
    });
    assert.equal(queue.fifo, false);
  });

  test('fromQueueAttributes takes the given URL, name and key', () => {
    const stack = newStack();
    const queue = Queue.fromQueueAttributes(stack, 'Imported', {
      queueArn: 'arn:aws:sqs:us-east-1:123456789012:q',
      queueUrl: 'https://example.com/q',
      queueName: 'custom',
      keyArn: 'arn:aws:kms:us-east-1:123456789012:key/k',
    });
    assert.equal(queue.queueUrl, 'https://example.com/q');
    assert.equal(queue.queueName, 'custom');
    assert.equal(queue.encryptionType, QueueEncryption.KMS);
    assert.equal(queue.encryptionMasterKey?.keyArn, 'arn:aws:kms:us-east-1:123456789012:key/k');
  });

  test('an explicit fifo must agree with the name', () => {
    const stack = newStack();
    assert.throws(() => Queue.fromQueueAttributes(stack, 'A', { queueArn: 'arn:aws:sqs:us-east-1:1:q', fifo: true }), /must end in '.fifo'/);
    assert.throws(() => Queue.fromQueueAttributes(stack, 'B', { queueArn: 'arn:aws:sqs:us-east-1:1:q.fifo', fifo: false }), /may not end in '.fifo'/);
  });

  test('the resource policy of an imported queue cannot change; grants go to the identity, with the key', () => {
    const stack = newStack();
    const queue = Queue.fromQueueAttributes(stack, 'Imported', {
      queueArn: 'arn:aws:sqs:us-east-1:123456789012:q',
      keyArn: 'arn:aws:kms:us-east-1:123456789012:key/k',
    });
    const result = queue.addToResourcePolicy(new PolicyStatement({ actions: ['sqs:*'], principals: [new AnyPrincipal()], resources: ['*'] }));
    assert.equal(result.statementAdded, false);
    queue.grantSendMessages(new ServicePrincipal('sns.amazonaws.com'));
    queue.grantConsumeMessages(new Role(stack, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') }));
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::SQS::QueuePolicy', 0);
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [
          { Action: ['sqs:ReceiveMessage', 'sqs:ChangeMessageVisibility', 'sqs:GetQueueUrl', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'], Effect: 'Allow', Resource: 'arn:aws:sqs:us-east-1:123456789012:q' },
          { Action: 'kms:Decrypt', Effect: 'Allow', Resource: 'arn:aws:kms:us-east-1:123456789012:key/k' },
        ],
      },
    });
  });
});
