import { Construct } from 'constructs';
import * as iam from '../aws-iam';
import * as kms from '../aws-kms';
import { ArnFormat, Duration, RemovalPolicy, Stack, Token, ValidationError } from '../core';
import { DeduplicationScope, FifoThroughputLimit } from './fifo';
import { IQueue, QueueAttributes, QueueBase } from './queue-base';
import { QueueEncryption } from './queue-encryption';
import { DeadLetterQueue, RedriveAllowPolicy, RedrivePermission } from './redrive';
import { CfnQueue } from './sqs.generated';

const FIFO_SUFFIX = '.fifo';

/** Construction properties for a queue. */
export interface QueueProps {
  /**
   * A name for the queue; a FIFO queue's name must end in `.fifo`.
   * @default - CloudFormation generates a unique name
   */
  readonly queueName?: string;

  /**
   * How long messages are kept: between 60 seconds and 14 days.
   * @default Duration.days(4)
   */
  readonly retentionPeriod?: Duration;

  /**
   * How long every message is delayed before it can be received: between 0 and 15 minutes.
   * @default 0
   */
  readonly deliveryDelay?: Duration;

  /**
   * The largest message size, in bytes: between 1,024 and 1,048,576.
   * @default 262144 (256 KiB)
   */
  readonly maxMessageSizeBytes?: number;

  /**
   * How long a ReceiveMessage call waits for a message (long polling): between 0 and 20 seconds.
   * @default 0
   */
  readonly receiveMessageWaitTime?: Duration;

  /**
   * How long a received message stays invisible to other consumers: between 0 seconds and 12 hours.
   * @default Duration.seconds(30)
   */
  readonly visibilityTimeout?: Duration;

  /**
   * Where messages go after too many failed receives.
   * @default - no dead-letter queue
   */
  readonly deadLetterQueue?: DeadLetterQueue;

  /**
   * Which source queues may use this queue as their dead-letter queue.
   * @default - any source queue in the account and region
   */
  readonly redriveAllowPolicy?: RedriveAllowPolicy;

  /**
   * How the messages are encrypted at rest. Giving `encryptionMasterKey` implies `QueueEncryption.KMS`.
   * @default - SQS_MANAGED (SSE-SQS) applied by the service, unless `encryptionMasterKey` is given
   */
  readonly encryption?: QueueEncryption;

  /**
   * The customer managed KMS key that encrypts the messages.
   * @default - a new key when encryption is QueueEncryption.KMS, no key otherwise
   */
  readonly encryptionMasterKey?: kms.IKey;

  /**
   * How long SQS may reuse a data key before asking KMS again (KMS encryption only): 1 minute to 24 hours.
   * @default Duration.minutes(5)
   */
  readonly dataKeyReuse?: Duration;

  /**
   * Whether this is a FIFO queue.
   * @default - true when the name ends in `.fifo` or a FIFO-only property is set, else a standard queue
   */
  readonly fifo?: boolean;

  /**
   * Whether a FIFO queue deduplicates messages by a hash of their body.
   * @default false
   */
  readonly contentBasedDeduplication?: boolean;

  /**
   * Whether a FIFO queue deduplicates per message group or for the whole queue.
   * @default DeduplicationScope.QUEUE
   */
  readonly deduplicationScope?: DeduplicationScope;

  /**
   * Whether the FIFO throughput quota applies to the whole queue or to each message group.
   * @default FifoThroughputLimit.PER_QUEUE
   */
  readonly fifoThroughputLimit?: FifoThroughputLimit;

  /**
   * What happens to the queue when it leaves the stack.
   * @default RemovalPolicy.DESTROY
   */
  readonly removalPolicy?: RemovalPolicy;

  /**
   * Whether the queue policy denies requests that do not use TLS.
   * @default false
   */
  readonly enforceSSL?: boolean;
}

/** An SQS queue (`AWS::SQS::Queue`). */
export class Queue extends QueueBase {
  /** Import a queue by its ARN. */
  public static fromQueueArn(scope: Construct, id: string, queueArn: string): IQueue {
    return Queue.fromQueueAttributes(scope, id, { queueArn });
  }

  /** Import a queue from its attributes; its URL and name default to values derived from the ARN. */
  public static fromQueueAttributes(scope: Construct, id: string, attrs: QueueAttributes): IQueue {
    return new ImportedQueue(scope, id, attrs);
  }

  public readonly queueArn: string;
  public readonly queueUrl: string;
  public readonly queueName: string;
  public readonly encryptionMasterKey?: kms.IKey;
  public readonly fifo: boolean;
  public readonly encryptionType?: QueueEncryption;

  /** The dead-letter queue settings, when there is a dead-letter queue. */
  public readonly deadLetterQueue?: DeadLetterQueue;

  protected readonly autoCreatePolicy = true;

  constructor(scope: Construct, id: string, props: QueueProps = {}) {
    super(scope, id, { physicalName: props.queueName });
    validateQueueProps(this, props);

    const fifoQueue = isFifo(this, props);
    const encryption = this.renderEncryption(props);
    this.encryptionMasterKey = encryption.key;
    this.encryptionType = encryption.type;

    const resource = new CfnQueue(this, 'Resource', {
      queueName: props.queueName,
      fifoQueue: fifoQueue || undefined,
      contentBasedDeduplication: props.contentBasedDeduplication,
      deduplicationScope: props.deduplicationScope,
      fifoThroughputLimit: props.fifoThroughputLimit,
      ...encryption.properties,
      redrivePolicy: props.deadLetterQueue && {
        deadLetterTargetArn: props.deadLetterQueue.queue.queueArn,
        maxReceiveCount: props.deadLetterQueue.maxReceiveCount,
      },
      redriveAllowPolicy: renderRedriveAllowPolicy(props.redriveAllowPolicy),
      delaySeconds: props.deliveryDelay?.toSeconds(),
      maximumMessageSize: props.maxMessageSizeBytes,
      messageRetentionPeriod: props.retentionPeriod?.toSeconds(),
      receiveMessageWaitTimeSeconds: props.receiveMessageWaitTime?.toSeconds(),
      visibilityTimeout: props.visibilityTimeout?.toSeconds(),
    });
    resource.applyRemovalPolicy(props.removalPolicy ?? RemovalPolicy.DESTROY);

    this.queueArn = this.getResourceArnAttribute(resource.attrArn, { service: 'sqs', resource: this.physicalName });
    this.queueName = this.getResourceNameAttribute(resource.attrQueueName);
    this.queueUrl = resource.ref;
    this.fifo = fifoQueue;
    this.deadLetterQueue = props.deadLetterQueue;

    if (props.enforceSSL) {
      this.addToResourcePolicy(new iam.PolicyStatement({
        effect: iam.Effect.DENY,
        actions: ['sqs:*'],
        conditions: { Bool: { 'aws:SecureTransport': 'false' } },
        resources: [this.queueArn],
        principals: [new iam.AnyPrincipal()],
      }));
    }
  }

  private renderEncryption(props: QueueProps): EncryptionSettings {
    const reuse = props.dataKeyReuse?.toSeconds();
    if (props.encryptionMasterKey) {
      if (props.encryption === QueueEncryption.SQS_MANAGED) {
        throw new ValidationError("encryptionMasterKey cannot be given with encryption QueueEncryption.SQS_MANAGED: use QueueEncryption.KMS or leave encryption unset", this);
      }
      // A key wins over any other encryption choice.
      return {
        type: QueueEncryption.KMS,
        key: props.encryptionMasterKey,
        properties: { kmsMasterKeyId: props.encryptionMasterKey.keyArn, kmsDataKeyReusePeriodSeconds: reuse },
      };
    }
    switch (props.encryption) {
      case undefined:
        return { properties: {} };
      case QueueEncryption.UNENCRYPTED:
        return { type: QueueEncryption.UNENCRYPTED, properties: { sqsManagedSseEnabled: false } };
      case QueueEncryption.SQS_MANAGED:
        return { type: QueueEncryption.SQS_MANAGED, properties: { sqsManagedSseEnabled: true } };
      case QueueEncryption.KMS_MANAGED:
        return {
          type: QueueEncryption.KMS_MANAGED,
          properties: { kmsMasterKeyId: 'alias/aws/sqs', kmsDataKeyReusePeriodSeconds: reuse },
        };
      case QueueEncryption.KMS: {
        const key = new kms.Key(this, 'Key', { description: `Created by ${this.node.path}` });
        return {
          type: QueueEncryption.KMS,
          key,
          properties: { kmsMasterKeyId: key.keyArn, kmsDataKeyReusePeriodSeconds: reuse },
        };
      }
      default:
        throw new ValidationError(`encryption must be one of ${Object.values(QueueEncryption).join(', ')}, got '${props.encryption}'`, this);
    }
  }
}

interface EncryptionSettings {
  readonly type?: QueueEncryption;
  readonly key?: kms.IKey;
  readonly properties: { kmsMasterKeyId?: string; kmsDataKeyReusePeriodSeconds?: number; sqsManagedSseEnabled?: boolean };
}

/** A queue defined elsewhere. */
class ImportedQueue extends QueueBase {
  public readonly queueArn: string;
  public readonly queueUrl: string;
  public readonly queueName: string;
  public readonly encryptionMasterKey?: kms.IKey;
  public readonly fifo: boolean;
  public readonly encryptionType?: QueueEncryption;
  protected readonly autoCreatePolicy = false;

  constructor(scope: Construct, id: string, attrs: QueueAttributes) {
    super(scope, id, { environmentFromArn: attrs.queueArn });
    const stack = Stack.of(scope);
    const arn = stack.splitArn(attrs.queueArn, ArnFormat.NO_RESOURCE_NAME);
    this.queueArn = attrs.queueArn;
    this.queueName = attrs.queueName || arn.resource;
    this.queueUrl = attrs.queueUrl || `https://sqs.${arn.region}.${stack.urlSuffix}/${arn.account}/${this.queueName}`;
    this.fifo = importedFifo(this, this.queueName, attrs.fifo);
    if (attrs.keyArn) {
      this.encryptionMasterKey = kms.Key.fromKeyArn(this, 'Key', attrs.keyArn);
      this.encryptionType = QueueEncryption.KMS;
    }
  }
}

/** Whether the queue is FIFO: said explicitly, or implied by the name or a FIFO-only property. */
function isFifo(scope: Construct, props: QueueProps): boolean {
  const name = props.queueName;
  let fifo = props.fifo;
  if (fifo === undefined && name !== undefined && !Token.isUnresolved(name) && name.endsWith(FIFO_SUFFIX)) {
    fifo = true;
  }
  if (fifo === undefined && (props.contentBasedDeduplication || props.deduplicationScope || props.fifoThroughputLimit)) {
    fifo = true;
  }
  // As in aws-cdk-lib, a token name cannot be shown to end in '.fifo', so a token-named FIFO queue is refused.
  if (fifo && name !== undefined && !name.endsWith(FIFO_SUFFIX)) {
    throw new ValidationError(`queueName of a FIFO queue must end in '${FIFO_SUFFIX}', got '${name}'`, scope);
  }
  if (fifo === false && name !== undefined && !Token.isUnresolved(name) && name.endsWith(FIFO_SUFFIX)) {
    throw new ValidationError(`queueName of a standard (non-FIFO) queue may not end in '${FIFO_SUFFIX}', got '${name}'`, scope);
  }
  if (props.contentBasedDeduplication && !fifo) {
    throw new ValidationError('contentBasedDeduplication can only be set on a FIFO queue (fifo: true)', scope);
  }
  return fifo ?? false;
}

function importedFifo(scope: Construct, queueName: string, fifo: boolean | undefined): boolean {
  if (Token.isUnresolved(queueName)) { return fifo ?? false; }
  const named = queueName.endsWith(FIFO_SUFFIX);
  if (fifo === true && !named) {
    throw new ValidationError(`queueName of a FIFO queue must end in '${FIFO_SUFFIX}', got '${queueName}'`, scope);
  }
  if (fifo === false && named) {
    throw new ValidationError(`queueName of a standard (non-FIFO) queue may not end in '${FIFO_SUFFIX}', got '${queueName}'`, scope);
  }
  return fifo ?? named;
}

function renderRedriveAllowPolicy(policy: RedriveAllowPolicy | undefined): object | undefined {
  if (!policy) { return undefined; }
  const permission = policy.redrivePermission
    ?? (policy.sourceQueues ? RedrivePermission.BY_QUEUE : RedrivePermission.ALLOW_ALL);
  return {
    redrivePermission: permission,
    sourceQueueArns: policy.sourceQueues?.map(queue => queue.queueArn),
  };
}

/** Checks every range at once so one error lists all the problems (values that are tokens are skipped). */
function validateQueueProps(scope: Construct, props: QueueProps): void {
  const errors: string[] = [];
  const inRange = (what: string, value: number | undefined, min: number, max: number, unit: string) => {
    if (value !== undefined && !Token.isUnresolved(value) && (value < min || value > max)) {
      errors.push(`${what} must be between ${min} and ${max} ${unit}, got ${value}`);
    }
  };
  inRange('deliveryDelay', seconds(props.deliveryDelay), 0, 900, 'seconds');
  inRange('maxMessageSizeBytes', props.maxMessageSizeBytes, 1_024, 1_048_576, 'bytes');
  inRange('retentionPeriod', seconds(props.retentionPeriod), 60, 1_209_600, 'seconds');
  inRange('receiveMessageWaitTime', seconds(props.receiveMessageWaitTime), 0, 20, 'seconds');
  inRange('visibilityTimeout', seconds(props.visibilityTimeout), 0, 43_200, 'seconds');
  const maxReceiveCount = props.deadLetterQueue?.maxReceiveCount;
  if (maxReceiveCount !== undefined && !Token.isUnresolved(maxReceiveCount) && maxReceiveCount < 1) {
    errors.push(`deadLetterQueue.maxReceiveCount must be 1 or more, got ${maxReceiveCount}`);
  }
  const redrive = props.redriveAllowPolicy;
  if (redrive?.redrivePermission === RedrivePermission.BY_QUEUE && !redrive.sourceQueues?.length) {
    errors.push("redriveAllowPolicy.sourceQueues must list at least one queue when redrivePermission is RedrivePermission.BY_QUEUE");
  }
  if ((redrive?.redrivePermission === RedrivePermission.ALLOW_ALL || redrive?.redrivePermission === RedrivePermission.DENY_ALL)
    && redrive.sourceQueues) {
    errors.push(`redriveAllowPolicy.sourceQueues cannot be given when redrivePermission is '${redrive.redrivePermission}'`);
  }
  if (errors.length > 0) {
    throw new ValidationError(`Invalid queue properties:\n- ${errors.join('\n- ')}`, scope);
  }
}

function seconds(duration: Duration | undefined): number | undefined {
  return duration?.toSeconds();
}
