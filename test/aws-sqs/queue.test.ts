import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { App, Duration, Fn, RemovalPolicy, Stack, Token } from '../../src/core';
import { Match, Template } from '../../src/assertions';
import { AnyPrincipal, PolicyStatement, ServicePrincipal } from '../../src/aws-iam';
import { Key } from '../../src/aws-kms';
import { DeduplicationScope, FifoThroughputLimit, Queue, QueueEncryption, RedrivePermission } from '../../src/aws-sqs';

function newStack(): Stack {
  return new Stack(new App(), 'Stack');
}

describe('Queue', () => {
  test('a default queue has no properties and is destroyed with the stack', () => {
    const stack = newStack();
    new Queue(stack, 'Queue');
    Template.fromStack(stack).templateMatches({
      Resources: { Queue4A7E3555: { Type: 'AWS::SQS::Queue', DeletionPolicy: 'Delete', UpdateReplacePolicy: 'Delete' } },
    });
    assert.equal(Template.fromStack(stack).toJSON().Resources.Queue4A7E3555.Properties, undefined);
  });

  test('renders durations in seconds and the dead-letter queue as a redrive policy', () => {
    const stack = newStack();
    const dlq = new Queue(stack, 'Dlq');
    new Queue(stack, 'Queue', {
      queueName: 'q',
      retentionPeriod: Duration.days(14),
      deliveryDelay: Duration.minutes(1),
      maxMessageSizeBytes: 4096,
      receiveMessageWaitTime: Duration.seconds(20),
      visibilityTimeout: Duration.minutes(5),
      deadLetterQueue: { queue: dlq, maxReceiveCount: 3 },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Template.fromStack(stack).hasResource('AWS::SQS::Queue', {
      Properties: {
        QueueName: 'q',
        MessageRetentionPeriod: 1209600,
        DelaySeconds: 60,
        MaximumMessageSize: 4096,
        ReceiveMessageWaitTimeSeconds: 20,
        VisibilityTimeout: 300,
        RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': ['DlqD1FAA4AD', 'Arn'] }, maxReceiveCount: 3 },
      },
      DeletionPolicy: 'Retain',
    });
  });

  test('queueArn, queueUrl and queueName are the Arn attribute, the Ref and the QueueName attribute', () => {
    const stack = newStack();
    const queue = new Queue(stack, 'Queue');
    assert.deepEqual(stack.resolve(queue.queueArn), { 'Fn::GetAtt': ['Queue4A7E3555', 'Arn'] });
    assert.deepEqual(stack.resolve(queue.queueUrl), { Ref: 'Queue4A7E3555' });
    assert.deepEqual(stack.resolve(queue.queueName), { 'Fn::GetAtt': ['Queue4A7E3555', 'QueueName'] });
  });

  test('lists every out-of-range property in one error', () => {
    const stack = newStack();
    assert.throws(() => new Queue(stack, 'Queue', {
      visibilityTimeout: Duration.hours(13),
      deliveryDelay: Duration.minutes(16),
      maxMessageSizeBytes: 100,
      retentionPeriod: Duration.seconds(30),
      receiveMessageWaitTime: Duration.seconds(21),
    }), (e: Error) => {
      assert.match(e.message, /^\[Stack\/Queue\] Invalid queue properties:/);
      for (const text of ['deliveryDelay must be between 0 and 900 seconds, got 960', 'maxMessageSizeBytes must be between 1024 and 1048576 bytes, got 100',
        'retentionPeriod must be between 60 and 1209600 seconds, got 30', 'receiveMessageWaitTime must be between 0 and 20 seconds, got 21',
        'visibilityTimeout must be between 0 and 43200 seconds, got 46800']) {
        assert.ok(e.message.includes(text), `missing: ${text}`);
      }
      return true;
    });
  });

  test('rejects a dead-letter maxReceiveCount below 1', () => {
    const stack = newStack();
    const dlq = new Queue(stack, 'Dlq');
    assert.throws(() => new Queue(stack, 'Queue', { deadLetterQueue: { queue: dlq, maxReceiveCount: 0 } }), /maxReceiveCount must be 1 or more, got 0/);
  });

  test('skips range checks for token values', () => {
    const stack = newStack();
    new Queue(stack, 'Queue', { maxMessageSizeBytes: Token.asNumber(Fn.importValue('Size')) });
    Template.fromStack(stack).hasResourceProperties('AWS::SQS::Queue', { MaximumMessageSize: { 'Fn::ImportValue': 'Size' } });
  });
});

describe('Queue encryption', () => {
  test('UNENCRYPTED and SQS_MANAGED set SqsManagedSseEnabled', () => {
    const stack = newStack();
    const none = new Queue(stack, 'None', { encryption: QueueEncryption.UNENCRYPTED });
    const sqsManaged = new Queue(stack, 'SqsManaged', { encryption: QueueEncryption.SQS_MANAGED });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: false });
    template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
    assert.equal(none.encryptionType, QueueEncryption.UNENCRYPTED);
    assert.equal(sqsManaged.encryptionMasterKey, undefined);
  });

  test('KMS_MANAGED uses the AWS managed key alias and the data key reuse period', () => {
    const stack = newStack();
    new Queue(stack, 'Queue', { encryption: QueueEncryption.KMS_MANAGED, dataKeyReuse: Duration.minutes(10) });
    Template.fromStack(stack).hasResourceProperties('AWS::SQS::Queue', { KmsMasterKeyId: 'alias/aws/sqs', KmsDataKeyReusePeriodSeconds: 600 });
  });

  test('KMS without a key creates one described by the queue path', () => {
    const stack = newStack();
    const queue = new Queue(stack, 'Queue', { encryption: QueueEncryption.KMS });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::KMS::Key', { Description: 'Created by Stack/Queue' });
    template.hasResourceProperties('AWS::SQS::Queue', { KmsMasterKeyId: { 'Fn::GetAtt': ['QueueKey39FCBAE6', 'Arn'] } });
    assert.equal(queue.encryptionMasterKey?.node.path, 'Stack/Queue/Key');
    assert.equal(queue.encryptionType, QueueEncryption.KMS);
  });

  test('a given key wins over the encryption setting', () => {
    const stack = newStack();
    const key = new Key(stack, 'Key');
    const queue = new Queue(stack, 'Queue', { encryption: QueueEncryption.UNENCRYPTED, encryptionMasterKey: key });
    Template.fromStack(stack).hasResourceProperties('AWS::SQS::Queue', { KmsMasterKeyId: { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] } });
    assert.equal(queue.encryptionType, QueueEncryption.KMS);
  });

  test('a key cannot go with SQS_MANAGED', () => {
    const stack = newStack();
    assert.throws(() => new Queue(stack, 'Queue', { encryption: QueueEncryption.SQS_MANAGED, encryptionMasterKey: new Key(stack, 'Key') }),
      /\[Stack\/Queue\] encryptionMasterKey cannot be given with encryption QueueEncryption.SQS_MANAGED/);
  });
});

describe('FIFO queues', () => {
  test('a .fifo name, content-based deduplication or a FIFO-only setting makes the queue FIFO', () => {
    const stack = newStack();
    assert.equal(new Queue(stack, 'A', { queueName: 'a.fifo' }).fifo, true);
    assert.equal(new Queue(stack, 'B', { contentBasedDeduplication: true }).fifo, true);
    assert.equal(new Queue(stack, 'C', { deduplicationScope: DeduplicationScope.QUEUE }).fifo, true);
    assert.equal(new Queue(stack, 'D', { fifoThroughputLimit: FifoThroughputLimit.PER_QUEUE }).fifo, true);
    assert.equal(new Queue(stack, 'E').fifo, false);
    Template.fromStack(stack).resourcePropertiesCountIs('AWS::SQS::Queue', { FifoQueue: true }, 4);
  });

  test('fifo: false renders no FifoQueue property', () => {
    const stack = newStack();
    new Queue(stack, 'Queue', { fifo: false });
    Template.fromStack(stack).hasResource('AWS::SQS::Queue', { Properties: Match.absent() });
  });

  test('name and fifo must agree', () => {
    const stack = newStack();
    assert.throws(() => new Queue(stack, 'A', { queueName: 'a', fifo: true }), /queueName of a FIFO queue must end in '.fifo', got 'a'/);
    assert.throws(() => new Queue(stack, 'B', { queueName: 'b.fifo', fifo: false }), /may not end in '.fifo'/);
    assert.throws(() => new Queue(stack, 'C', { fifo: false, contentBasedDeduplication: true }), /contentBasedDeduplication can only be set on a FIFO queue/);
  });
});

describe('redrive allow policy', () => {
  test('source queues imply byQueue; an empty policy allows all', () => {
    const stack = newStack();
    const source = new Queue(stack, 'Source');
    new Queue(stack, 'ByQueue', { redriveAllowPolicy: { sourceQueues: [source] } });
    new Queue(stack, 'AllowAll', { redriveAllowPolicy: {} });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::SQS::Queue', {
      RedriveAllowPolicy: { redrivePermission: 'byQueue', sourceQueueArns: [stack.resolve(source.queueArn)] },
    });
    template.hasResourceProperties('AWS::SQS::Queue', { RedriveAllowPolicy: { redrivePermission: 'allowAll' } });
  });

  test('byQueue needs source queues, allowAll and denyAll take none', () => {
    const stack = newStack();
    const source = new Queue(stack, 'Source');
    assert.throws(() => new Queue(stack, 'A', { redriveAllowPolicy: { redrivePermission: RedrivePermission.BY_QUEUE } }), /must list at least one queue/);
    assert.throws(() => new Queue(stack, 'B', { redriveAllowPolicy: { redrivePermission: RedrivePermission.DENY_ALL, sourceQueues: [source] } }),
      /sourceQueues cannot be given when redrivePermission is 'denyAll'/);
  });
});

describe('queue policy', () => {
  test('enforceSSL creates a policy denying sqs:* without TLS, before any other statement', () => {
    const stack = newStack();
    const queue = new Queue(stack, 'Queue', { enforceSSL: true });
    queue.addToResourcePolicy(new PolicyStatement({ actions: ['sqs:SendMessage'], principals: [new ServicePrincipal('sns.amazonaws.com')], resources: ['*'] }));
    Template.fromStack(stack).hasResourceProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: {
        Statement: [
          {
            Action: 'sqs:*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            Effect: 'Deny',
            Principal: { AWS: '*' },
            Resource: { 'Fn::GetAtt': ['Queue4A7E3555', 'Arn'] },
          },
          Match.objectLike({ Action: 'sqs:SendMessage' }),
        ],
      },
      Queues: [{ Ref: 'Queue4A7E3555' }],
    });
  });

  test('addToResourcePolicy creates one policy and returns it as the dependable', () => {
    const stack = newStack();
    const queue = new Queue(stack, 'Queue');
    const statement = () => new PolicyStatement({ actions: ['sqs:*'], principals: [new AnyPrincipal()], resources: ['*'] });
    const first = queue.addToResourcePolicy(statement());
    const second = queue.addToResourcePolicy(statement());
    assert.equal(first.statementAdded, true);
    assert.equal(first.policyDependable, second.policyDependable);
    Template.fromStack(stack).resourceCountIs('AWS::SQS::QueuePolicy', 1);
  });
});

describe('queue metrics', () => {
  test('metrics use the AWS/SQS namespace, the QueueName dimension and a per-metric statistic', () => {
    const stack = newStack();
    const queue = new Queue(stack, 'Queue');
    const sent = queue.metricNumberOfMessagesSent();
    assert.equal(sent.namespace, 'AWS/SQS');
    assert.equal(sent.metricName, 'NumberOfMessagesSent');
    assert.equal(sent.statistic, 'Sum');
    assert.deepEqual(stack.resolve(sent.dimensions), { QueueName: { 'Fn::GetAtt': ['Queue4A7E3555', 'QueueName'] } });
    assert.equal(queue.metricApproximateAgeOfOldestMessage().statistic, 'Maximum');
    assert.equal(queue.metricSentMessageSize().statistic, 'Average');
  });

  test('outstanding messages add the visible and in-flight counts', () => {
    const stack = newStack();
    const expression = new Queue(stack, 'Queue').metricApproximateNumberOfMessagesOutstanding({ period: Duration.minutes(1) });
    assert.equal(expression.expression, 'visible + notVisible');
    assert.deepEqual(Object.keys(expression.usingMetrics), ['visible', 'notVisible']);
    assert.equal(expression.period.toSeconds(), 60);
  });
});
