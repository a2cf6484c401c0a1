import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { App, Duration, Fn, Stack } from '../../src/core';
import { Template } from '../../src/assertions';
import { Role, ServicePrincipal } from '../../src/aws-iam';
import { Queue } from '../../src/aws-sqs';
import { BackoffFunction, FilterOrPolicy, Subscription, SubscriptionFilter, SubscriptionProtocol, Topic } from '../../src/aws-sns';

function newStack(): Stack {
  return new Stack(new App(), 'Stack');
}

describe('Subscription', () => {
  test('renders endpoint, protocol and topic ARN', () => {
    const stack = newStack();
    const topic = new Topic(stack, 'Topic');
    new Subscription(stack, 'Sub', { topic, protocol: SubscriptionProtocol.EMAIL, endpoint: 'ops@example.com' });
    Template.fromStack(stack).hasResourceProperties('AWS::SNS::Subscription', {
      Endpoint: 'ops@example.com', Protocol: 'email', TopicArn: { Ref: 'TopicBFC7AF6E' },
    });
  });

  test('a dead-letter queue gets a policy allowing the topic to send to it', () => {
    const stack = newStack();
    const topic = new Topic(stack, 'Topic');
    const dlq = new Queue(stack, 'Dlq');
    new Subscription(stack, 'Sub', { topic, protocol: SubscriptionProtocol.SQS, endpoint: 'arn:aws:sqs:us-east-1:1:q', deadLetterQueue: dlq });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::SNS::Subscription', { RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': ['DlqD1FAA4AD', 'Arn'] } } });
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: {
        Statement: [{
          Action: 'sqs:SendMessage',
          Condition: { ArnEquals: { 'aws:SourceArn': { Ref: 'TopicBFC7AF6E' } } },
          Effect: 'Allow',
          Principal: { Service: 'sns.amazonaws.com' },
          Resource: { 'Fn::GetAtt': ['DlqD1FAA4AD', 'Arn'] },
        }],
        Version: '2012-10-17',
      },
    });
  });

  test('a message-body filter policy renders nested policies with FilterPolicyScope MessageBody', () => {
    const stack = newStack();
    const topic = new Topic(stack, 'Topic');
    new Subscription(stack, 'Sub', {
      topic,
      protocol: SubscriptionProtocol.SQS,
      endpoint: 'arn:aws:sqs:us-east-1:1:q',
      filterPolicyWithMessageBody: {
        outer: FilterOrPolicy.policy({ inner: FilterOrPolicy.filter(SubscriptionFilter.existsFilter()) }),
        flat: FilterOrPolicy.filter(SubscriptionFilter.stringFilter({ allowlist: ['x'] })),
      },
    });
    Template.fromStack(stack).hasResourceProperties('AWS::SNS::Subscription', {
      FilterPolicy: { outer: { inner: [{ exists: true }] }, flat: ['x'] },
      FilterPolicyScope: 'MessageBody',
    });
  });

  test('limits filter policies to 5 attributes and 150 value combinations', () => {
    const stack = newStack();
    const topic = new Topic(stack, 'Topic');
    const exists = SubscriptionFilter.existsFilter();
    assert.throws(() => new Subscription(stack, 'A', {
      topic, protocol: SubscriptionProtocol.SQS, endpoint: 'q', filterPolicy: { a: exists, b: exists, c: exists, d: exists, e: exists, f: exists },
    }), /\[Stack\/A\] A filter policy can have at most 5 attribute names, got 6/);
    const many = SubscriptionFilter.stringFilter({ allowlist: Array.from({ length: 76 }, (_, i) => `v${i}`) });
    const two = SubscriptionFilter.numericFilter({ greaterThan: 1, lessThan: 0 });
    assert.throws(() => new Subscription(stack, 'B', { topic, protocol: SubscriptionProtocol.SQS, endpoint: 'q', filterPolicy: { many, two } }),
      /total combination of filter policy values \(152\) must not exceed 150/);
  });

  test('protocol-specific options are checked', () => {
    const stack = newStack();
    const topic = new Topic(stack, 'Topic');
    assert.throws(() => new Subscription(stack, 'A', { topic, protocol: SubscriptionProtocol.EMAIL, endpoint: 'e', rawMessageDelivery: true }),
      /rawMessageDelivery can only be enabled for HTTP, HTTPS, SQS and Firehose subscriptions, got protocol 'email'/);
    assert.throws(() => new Subscription(stack, 'B', { topic, protocol: SubscriptionProtocol.FIREHOSE, endpoint: 'e' }), /subscriptionRoleArn is required/);
    assert.throws(() => new Subscription(stack, 'C', { topic, protocol: SubscriptionProtocol.SQS, endpoint: 'e', deliveryPolicy: {} }),
      /deliveryPolicy is only supported for HTTP and HTTPS subscriptions, got protocol 'sqs'/);
  });

  test('a delivery policy fills retry defaults and checks its ranges', () => {
    const stack = newStack();
    const topic = new Topic(stack, 'Topic');
    new Subscription(stack, 'Sub', {
      topic,
      protocol: SubscriptionProtocol.HTTPS,
      endpoint: 'https://example.com',
      deliveryPolicy: { healthyRetryPolicy: { maxDelayTarget: Duration.seconds(60), backoffFunction: BackoffFunction.LINEAR }, throttlePolicy: { maxReceivesPerSecond: 5 } },
    });
    Template.fromStack(stack).hasResourceProperties('AWS::SNS::Subscription', {
      DeliveryPolicy: {
        healthyRetryPolicy: { minDelayTarget: 20, maxDelayTarget: 60, numRetries: 3, backoffFunction: 'LINEAR' },
        throttlePolicy: { maxReceivesPerSecond: 5 },
      },
    });
    const https = { topic, protocol: SubscriptionProtocol.HTTPS, endpoint: 'https://example.com' };
    assert.throws(() => new Subscription(stack, 'A', { ...https, deliveryPolicy: { healthyRetryPolicy: { minDelayTarget: Duration.seconds(0) } } }),
      /minDelayTarget must be between 1 and 3600 seconds, got 0s/);
    assert.throws(() => new Subscription(stack, 'B', { ...https, deliveryPolicy: { healthyRetryPolicy: { minDelayTarget: Duration.seconds(30) } } }),
      /minDelayTarget \(30s\) must not exceed maxDelayTarget \(20s\)/);
    assert.throws(() => new Subscription(stack, 'C', { ...https, deliveryPolicy: { healthyRetryPolicy: { numRetries: 101 } } }), /numRetries must be between 0 and 100/);
    assert.throws(() => new Subscription(stack, 'D', { ...https, deliveryPolicy: { throttlePolicy: { maxReceivesPerSecond: 0 } } }), /above zero, got 0/);
  });
});

describe('topic.addSubscription', () => {
  test('creates the subscription under the subscriber scope, after its dependency', () => {
    const stack = newStack();
    const topic = new Topic(stack, 'Topic');
    const owner = new Role(stack, 'Owner', { assumedBy: new ServicePrincipal('sns.amazonaws.com') });
    const subscription = topic.addSubscription({
      bind: () => ({ subscriberId: 'Sub', subscriberScope: owner, subscriptionDependency: owner, endpoint: 'e', protocol: SubscriptionProtocol.SQS }),
    });
    assert.equal(subscription.node.path, 'Stack/Owner/Sub');
    Template.fromStack(stack).hasResource('AWS::SNS::Subscription', { DependsOn: ['Owner3BA7C727'] });
  });

  test('defaults the scope to the topic and refuses a second subscription with the same id', () => {
    const stack = newStack();
    const topic = new Topic(stack, 'Topic');
    const subscriber = { bind: () => ({ subscriberId: 'Sub', endpoint: 'e', protocol: SubscriptionProtocol.SQS }) };
    assert.equal(topic.addSubscription(subscriber).node.path, 'Stack/Topic/Sub');
    assert.throws(() => topic.addSubscription(subscriber), /A subscription with id "Sub" already exists under the scope Stack\/Topic/);
  });

  test('numbers subscribers whose id is a token', () => {
    const stack = newStack();
    const topic = new Topic(stack, 'Topic');
    const subscriber = { bind: () => ({ subscriberId: Fn.importValue('Id'), endpoint: 'e', protocol: SubscriptionProtocol.SQS }) };
    assert.equal(topic.addSubscription(subscriber).node.id, 'TokenSubscription:1');
    assert.equal(topic.addSubscription(subscriber).node.id, 'TokenSubscription:2');
  });
});
