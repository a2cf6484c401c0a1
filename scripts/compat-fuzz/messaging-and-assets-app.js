// A builder for scripts/compat-fuzz/run.js: queues, topics and keys with random props and grants, used as dead-letter
// targets, environment encryption and function grants; function code from asset folders and files with options.
'use strict';
const path = require('node:path');
const { seededRandom } = require('./random');

const FIXTURES = path.resolve(__dirname, '..', '..', 'test', 'fixtures');
const ASSETS = [path.join(FIXTURES, 'staging', 'dir'), path.join(FIXTURES, 'lambda', 'hello')];

function build(L, seed) {
  const { cdk, lambda, sqs, sns, kms } = L;
  const r = seededRandom(seed);
  const app = new cdk.App({ outdir: L.outdir });
  const env = r.chance(0.4) ? { account: '123456789012', region: 'us-east-2' } : undefined;
  const stack = new cdk.Stack(app, 'Messaging', { env });

  const key = r.chance(0.5) ? new kms.Key(stack, 'Key', {
    description: r.chance(0.5) ? 'fuzz key' : undefined,
    enableKeyRotation: r.chance(0.5) ? true : undefined,
    alias: r.chance(0.4) ? 'alias/fuzz' : undefined,
    removalPolicy: r.chance(0.3) ? cdk.RemovalPolicy.DESTROY : undefined,
    pendingWindow: r.chance(0.2) ? cdk.Duration.days(7 + r.int(20)) : undefined,
  }) : undefined;
  const fifo = r.chance(0.3);
  const queue = new sqs.Queue(stack, 'Queue', {
    fifo: fifo ? true : undefined,
    contentBasedDeduplication: fifo && r.chance(0.5) ? true : undefined,
    retentionPeriod: r.chance(0.4) ? cdk.Duration.days(1 + r.int(13)) : undefined,
    visibilityTimeout: r.chance(0.4) ? cdk.Duration.seconds(30 + r.int(600)) : undefined,
    encryption: key && r.chance(0.6) ? sqs.QueueEncryption.KMS : r.pick([undefined, sqs.QueueEncryption.SQS_MANAGED, sqs.QueueEncryption.KMS_MANAGED]),
    encryptionMasterKey: undefined,
    enforceSSL: r.chance(0.3) ? true : undefined,
    deliveryDelay: r.chance(0.2) ? cdk.Duration.seconds(r.int(900)) : undefined,
    removalPolicy: r.chance(0.2) ? cdk.RemovalPolicy.RETAIN : undefined,
  });
  const topic = new sns.Topic(stack, 'Topic', {
    displayName: r.chance(0.4) ? 'Fuzz topic' : undefined,
    masterKey: key && r.chance(0.5) ? key : undefined,
    enforceSSL: r.chance(0.2) ? true : undefined,
  });

  const nFns = 1 + r.int(3);
  for (let i = 0; i < nFns; i++) {
    const asset = r.pick(ASSETS);
    const options = {};
    if (r.chance(0.3)) { options.exclude = [r.pick(['*.txt', '**/*.md', 'sub'])]; }
    if (r.chance(0.2)) { options.assetHash = `custom-${r.int(3)}`; }
    if (r.chance(0.2)) { options.ignoreMode = r.pick([cdk.IgnoreMode.GLOB, cdk.IgnoreMode.GIT, cdk.IgnoreMode.DOCKER]); }
    const dlq = r.int(4);
    const fn = new lambda.Function(stack, `Fn${i}`, {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromAsset(asset, options),
      deadLetterQueue: dlq === 1 ? queue : undefined,
      deadLetterTopic: dlq === 2 ? topic : undefined,
      deadLetterQueueEnabled: dlq === 3 ? true : undefined,
      environmentEncryption: key && r.chance(0.3) ? key : undefined,
      environment: r.chance(0.4) ? { QUEUE: queue.queueUrl, TOPIC: topic.topicArn } : undefined,
    });
    switch (r.int(6)) {
      case 0: queue.grantSendMessages(fn); break;
      case 1: queue.grantConsumeMessages(fn); break;
      case 2: topic.grantPublish(fn); break;
      case 3: if (key) { key.grantEncryptDecrypt(fn); } break;
      case 4: queue.grant(fn, 'sqs:GetQueueAttributes'); break;
      default: break;
    }
    if (r.chance(0.3)) { void fn.currentVersion; }
  }
  return app;
}

module.exports = { build };
