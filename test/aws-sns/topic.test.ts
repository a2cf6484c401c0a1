import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { App, Fn, Stack } from '../../src/core';
import { Template } from '../../src/assertions';
import { AnyPrincipal, PolicyStatement, Role, ServicePrincipal } from '../../src/aws-iam';
import { Key } from '../../src/aws-kms';
import { FifoThroughputScope, LoggingProtocol, Topic, TracingConfig } from '../../src/aws-sns';

function newStack(): Stack {
  return new Stack(new App(), 'Stack');
}

describe('Topic', () => {
  test('a default topic has no properties and no removal policy', () => {
    const stack = newStack();
    new Topic(stack, 'Topic');
    Template.fromStack(stack).templateMatches({ Resources: { TopicBFC7AF6E: { Type: 'AWS::SNS::Topic' } } });
    assert.deepEqual(Object.keys(Template.fromStack(stack).toJSON().Resources.TopicBFC7AF6E), ['Type']);
  });

  test('renders name, display name, key, signature version and tracing', () => {
    const stack = newStack();
    new Topic(stack, 'Topic', {
      topicName: 'alerts',
      displayName: 'Alerts',
      masterKey: new Key(stack, 'Key'),
      signatureVersion: '2',
      tracingConfig: TracingConfig.ACTIVE,
    });
    Template.fromStack(stack).hasResourceProperties('AWS::SNS::Topic', {
      TopicName: 'alerts',
      DisplayName: 'Alerts',
      KmsMasterKeyId: { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] },
      SignatureVersion: '2',
      TracingConfig: 'Active',
    });
  });

  test('topicArn is the Ref and topicName the TopicName attribute', () => {
    const stack = newStack();
    const topic = new Topic(stack, 'Topic');
    assert.deepEqual(stack.resolve(topic.topicArn), { Ref: 'TopicBFC7AF6E' });
    assert.deepEqual(stack.resolve(topic.topicName), { 'Fn::GetAtt': ['TopicBFC7AF6E', 'TopicName'] });
  });

  test('a FIFO topic gets .fifo appended to its name, also to a token name', () => {
    const stack = newStack();
    new Topic(stack, 'A', { fifo: true, topicName: 'orders', contentBasedDeduplication: true, messageRetentionPeriodInDays: 7, fifoThroughputScope: FifoThroughputScope.MESSAGE_GROUP });
    new Topic(stack, 'B', { fifo: true, topicName: 'payments.fifo' });
    new Topic(stack, 'C', { fifo: true, topicName: Fn.importValue('Name') });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::SNS::Topic', {
      TopicName: 'orders.fifo',
      FifoTopic: true,
      ContentBasedDeduplication: true,
      ArchivePolicy: { MessageRetentionPeriod: 7 },
      FifoThroughputScope: 'MessageGroup',
    });
    template.hasResourceProperties('AWS::SNS::Topic', { TopicName: 'payments.fifo' });
    template.hasResourceProperties('AWS::SNS::Topic', { TopicName: { 'Fn::Join': ['', [{ 'Fn::ImportValue': 'Name' }, '.fifo']] } });
  });

  test('an unnamed FIFO topic gets a generated name ending in .fifo', () => {
    const stack = newStack();
    new Topic(stack, 'Topic', { fifo: true });
    const topic = Object.values(Template.fromStack(stack).findResources('AWS::SNS::Topic'))[0] as any;
    assert.match(topic.Properties.TopicName, /^[A-Za-z0-9-]+\.fifo$/);
  });

  test('FIFO-only settings are refused on a standard topic, and bad values are refused', () => {
    const stack = newStack();
    assert.throws(() => new Topic(stack, 'A', { contentBasedDeduplication: true }), /\[Stack\/A\] contentBasedDeduplication can only be enabled for FIFO topics/);
    assert.throws(() => new Topic(stack, 'B', { messageRetentionPeriodInDays: 3 }), /messageRetentionPeriodInDays is only valid for FIFO topics/);
    assert.throws(() => new Topic(stack, 'C', { fifo: true, messageRetentionPeriodInDays: 366 }), /from 1 to 365, got 366/);
    assert.throws(() => new Topic(stack, 'D', { fifoThroughputScope: FifoThroughputScope.TOPIC }), /fifoThroughputScope can only be set for FIFO topics/);
    assert.throws(() => new Topic(stack, 'E', { signatureVersion: '3' }), /signatureVersion must be "1" or "2", got "3"/);
    assert.throws(() => new Topic(stack, 'F', { displayName: 'x'.repeat(101) }), /at most 100 characters, got 101/);
  });

  test('logging configs render with role ARNs and the sample rate as a string', () => {
    const stack = newStack();
    const role = new Role(stack, 'Role', { assumedBy: new ServicePrincipal('sns.amazonaws.com') });
    const topic = new Topic(stack, 'Topic', { loggingConfigs: [{ protocol: LoggingProtocol.SQS, successFeedbackRole: role, successFeedbackSampleRate: 25 }] });
    topic.addLoggingConfig({ protocol: LoggingProtocol.LAMBDA, failureFeedbackRole: role });
    const roleArn = { 'Fn::GetAtt': ['Role1ABCC5F0', 'Arn'] };
    Template.fromStack(stack).hasResourceProperties('AWS::SNS::Topic', {
      DeliveryStatusLogging: [
        { Protocol: 'sqs', SuccessFeedbackRoleArn: roleArn, SuccessFeedbackSampleRate: '25' },
        { Protocol: 'lambda', FailureFeedbackRoleArn: roleArn },
      ],
    });
  });

  test('a sample rate above 100 fails at synthesis', () => {
    const stack = newStack();
    new Topic(stack, 'Topic', { loggingConfigs: [{ protocol: LoggingProtocol.SQS, successFeedbackSampleRate: 101 }] });
    assert.throws(() => Template.fromStack(stack), /successFeedbackSampleRate of the sqs logging config must be a whole number from 0 to 100, got 101/);
  });
});

describe('topic policy', () => {
  test('enforceSSL creates the policy at once with the TLS-only statement and a bare * principal', () => {
    const stack = newStack();
    new Topic(stack, 'Topic', { enforceSSL: true });
    Template.fromStack(stack).hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: [{
          Action: 'sns:Publish',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          Effect: 'Deny',
          Principal: '*',
          Resource: { Ref: 'TopicBFC7AF6E' },
          Sid: 'AllowPublishThroughSSLOnly',
        }],
        Version: '2012-10-17',
      },
      Topics: [{ Ref: 'TopicBFC7AF6E' }],
    });
  });

  test('statements without a Sid get their index as Sid', () => {
    const stack = newStack();
    const topic = new Topic(stack, 'Topic', { enforceSSL: true });
    topic.addToResourcePolicy(new PolicyStatement({ actions: ['sns:Publish'], principals: [new AnyPrincipal()], resources: ['*'] }));
    topic.addToResourcePolicy(new PolicyStatement({ sid: 'Mine', actions: ['sns:Subscribe'], principals: [new AnyPrincipal()], resources: ['*'] }));
    topic.addToResourcePolicy(new PolicyStatement({ actions: ['sns:GetTopicAttributes'], principals: [new AnyPrincipal()], resources: ['*'] }));
    const policy = Object.values(Template.fromStack(stack).findResources('AWS::SNS::TopicPolicy'))[0] as any;
    assert.deepEqual(policy.Properties.PolicyDocument.Statement.map((s: any) => s.Sid), ['AllowPublishThroughSSLOnly', '1', 'Mine', '3']);
  });
});

describe('imported topics', () => {
  test('fromTopicArn takes name and FIFO-ness from the ARN; its policy cannot change', () => {
    const stack = newStack();
    const topic = Topic.fromTopicArn(stack, 'Imported', 'arn:aws:sns:eu-west-1:123456789012:events.fifo');
    assert.equal(topic.topicName, 'events.fifo');
    assert.equal(topic.fifo, true);
    assert.equal(topic.env.region, 'eu-west-1');
    const result = topic.addToResourcePolicy(new PolicyStatement({ actions: ['sns:Publish'], principals: [new AnyPrincipal()], resources: ['*'] }));
    assert.equal(result.statementAdded, false);
  });

  test('fromTopicAttributes refuses content-based deduplication on a standard topic', () => {
    const stack = newStack();
    assert.throws(() => Topic.fromTopicAttributes(stack, 'Imported', { topicArn: 'arn:aws:sns:us-east-1:1:events', contentBasedDeduplication: true }),
      /only available for FIFO topics/);
  });
});

describe('topic metrics', () => {
  test('metrics use the AWS/SNS namespace, the TopicName dimension and a per-metric statistic', () => {
    const stack = newStack();
    const topic = new Topic(stack, 'Topic');
    const published = topic.metricNumberOfMessagesPublished();
    assert.equal(published.namespace, 'AWS/SNS');
    assert.equal(published.statistic, 'Sum');
    assert.deepEqual(stack.resolve(published.dimensions), { TopicName: { 'Fn::GetAtt': ['TopicBFC7AF6E', 'TopicName'] } });
    assert.equal(topic.metricNumberOfNotificationsFilteredOutInvalidAttributes().metricName, 'NumberOfNotificationsFilteredOut-InvalidAttributes');
    assert.equal(topic.metricSMSMonthToDateSpentUSD().statistic, 'Maximum');
    assert.equal(topic.metricPublishSize().statistic, 'Average');
  });
});
