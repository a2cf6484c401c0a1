import { Construct } from 'constructs';
import type * as iam from '../aws-iam';
import * as kms from '../aws-kms';
import { ArnFormat, Lazy, Names, Stack, Token, ValidationError } from '../core';
import { CfnTopic } from './sns.generated';
import { ITopic, TopicBase } from './topic-base';

const FIFO_SUFFIX = '.fifo';

/** Whether active tracing (X-Ray) is on for a topic. */
export enum TracingConfig {
  /** Pass through the tracing header of the publisher only. */
  PASS_THROUGH = 'PassThrough',
  /** Sample and trace messages with X-Ray. */
  ACTIVE = 'Active',
}

/** Whether the throughput quota of a FIFO topic applies to the whole topic or to each message group. */
export enum FifoThroughputScope {
  /** The quota applies to the whole topic. */
  TOPIC = 'Topic',
  /** The quota applies to each message group (high throughput). */
  MESSAGE_GROUP = 'MessageGroup',
}

/** The protocols whose delivery status a topic can log to CloudWatch Logs. */
export enum LoggingProtocol {
  /** HTTP and HTTPS endpoints. */
  HTTP = 'http/s',
  /** SQS queues. */
  SQS = 'sqs',
  /** Lambda functions. */
  LAMBDA = 'lambda',
  /** Firehose delivery streams. */
  FIREHOSE = 'firehose',
  /** Mobile application endpoints. */
  APPLICATION = 'application',
}

/** Delivery status logging for one protocol. */
export interface LoggingConfig {
  /** The protocol whose deliveries are logged. */
  readonly protocol: LoggingProtocol;

  /**
   * The role SNS uses to log failed deliveries.
   * @default - failed deliveries are not logged
   */
  readonly failureFeedbackRole?: iam.IRole;

  /**
   * The role SNS uses to log successful deliveries.
   * @default - successful deliveries are not logged
   */
  readonly successFeedbackRole?: iam.IRole;

  /**
   * The percentage of successful deliveries to log: a whole number from 0 to 100.
   * @default 0
   */
  readonly successFeedbackSampleRate?: number;
}

/** Construction properties for a topic. */
export interface TopicProps {
  /**
   * A name shown as the sender of SMS and email notifications: at most 100 characters.
   * @default - no display name
   */
  readonly displayName?: string;

  /**
   * A name for the topic; `.fifo` is appended for a FIFO topic when missing.
   * @default - CloudFormation generates a name (a FIFO topic gets one generated from its path)
   */
  readonly topicName?: string;

  /**
   * The KMS key that encrypts the topic.
   * @default - the topic is not encrypted
   */
  readonly masterKey?: kms.IKey;

  /**
   * Whether a FIFO topic deduplicates messages by a hash of their body.
   * @default false
   */
  readonly contentBasedDeduplication?: boolean;

  /**
   * Whether this is a FIFO topic.
   * @default false
   */
  readonly fifo?: boolean;

  /**
   * Delivery status logging, per protocol. More can be added with `addLoggingConfig`.
   * @default - no delivery status logging
   */
  readonly loggingConfigs?: LoggingConfig[];

  /**
   * How many days a FIFO topic archives messages for replay: 1 to 365.
   * @default - messages are not archived
   */
  readonly messageRetentionPeriodInDays?: number;

  /**
   * Whether the topic policy denies publishing without TLS.
   * @default false
   */
  readonly enforceSSL?: boolean;

  /**
   * The signature version of the notifications: '1' (SHA1) or '2' (SHA256).
   * @default - SNS's default ('1')
   */
  readonly signatureVersion?: string;

  /**
   * Active tracing with X-Ray.
   * @default TracingConfig.PASS_THROUGH
   */
  readonly tracingConfig?: TracingConfig;

  /**
   * Whether the throughput quota of a FIFO topic applies to the topic or to each message group.
   * @default - SNS's default (FifoThroughputScope.TOPIC)
   */
  readonly fifoThroughputScope?: FifoThroughputScope;
}

/** The attributes of a topic defined elsewhere. */
export interface TopicAttributes {
  /** The ARN of the topic. */
  readonly topicArn: string;

  /**
   * The ARN of the KMS key that encrypts the topic.
   * @default - the topic is not encrypted
   */
  readonly keyArn?: string;

  /**
   * Whether content-based deduplication is enabled (FIFO topics only).
   * @default false
   */
  readonly contentBasedDeduplication?: boolean;
}

/** An SNS topic (`AWS::SNS::Topic`). */
export class Topic extends TopicBase {
  /** Import a topic by its ARN. */
  public static fromTopicArn(scope: Construct, id: string, topicArn: string): ITopic {
    return Topic.fromTopicAttributes(scope, id, { topicArn });
  }

  /** Import a topic from its attributes; its name and FIFO-ness come from the ARN. */
  public static fromTopicAttributes(scope: Construct, id: string, attrs: TopicAttributes): ITopic {
    return new ImportedTopic(scope, id, attrs);
  }

  public readonly topicArn: string;
  public readonly topicName: string;
  public readonly masterKey?: kms.IKey;
  public readonly contentBasedDeduplication: boolean;
  public readonly fifo: boolean;
  protected readonly autoCreatePolicy = true;

  private readonly loggingConfigs: LoggingConfig[] = [];

  constructor(scope: Construct, id: string, props: TopicProps = {}) {
    super(scope, id, { physicalName: props.topicName });
    validateTopicProps(this, props);
    this.enforceSSL = props.enforceSSL;
    this.loggingConfigs.push(...props.loggingConfigs ?? []);

    const resource = new CfnTopic(this, 'Resource', {
      archivePolicy: props.messageRetentionPeriodInDays !== undefined
        ? { MessageRetentionPeriod: props.messageRetentionPeriodInDays } : undefined,
      displayName: props.displayName,
      topicName: this.renderTopicName(props),
      kmsMasterKeyId: props.masterKey?.keyArn,
      contentBasedDeduplication: props.contentBasedDeduplication,
      fifoTopic: props.fifo,
      signatureVersion: props.signatureVersion,
      deliveryStatusLogging: Lazy.any({ produce: () => this.renderLoggingConfigs() }, { omitEmptyArray: true }),
      tracingConfig: props.tracingConfig,
      fifoThroughputScope: props.fifoThroughputScope,
    });

    this.topicArn = this.getResourceArnAttribute(resource.ref, { service: 'sns', resource: this.physicalName });
    this.topicName = this.getResourceNameAttribute(resource.attrTopicName);
    this.masterKey = props.masterKey;
    this.fifo = props.fifo ?? false;
    this.contentBasedDeduplication = props.contentBasedDeduplication ?? false;

    if (props.enforceSSL) {
      this.createPolicyIfAllowed();
    }
  }

  /** Add delivery status logging for one more protocol. */
  public addLoggingConfig(config: LoggingConfig): void {
    this.loggingConfigs.push(config);
  }

  private renderTopicName(props: TopicProps): string | undefined {
    if (!props.fifo) { return props.topicName; }
    if (props.topicName === undefined) {
      // A FIFO topic needs a name ending in '.fifo', so one is generated from the construct path.
      return Names.uniqueResourceName(this, { maxLength: 256 - FIFO_SUFFIX.length - 1, separator: '-' }) + FIFO_SUFFIX;
    }
    const known = !Token.isUnresolved(props.topicName);
    return known && props.topicName.endsWith(FIFO_SUFFIX) ? props.topicName : `${props.topicName}${FIFO_SUFFIX}`;
  }

  private renderLoggingConfigs(): CfnTopic.LoggingConfigProperty[] {
    return this.loggingConfigs.map(config => {
      const rate = config.successFeedbackSampleRate;
      if (rate !== undefined && !Token.isUnresolved(rate) && (!Number.isInteger(rate) || rate < 0 || rate > 100)) {
        throw new ValidationError(`successFeedbackSampleRate of the ${config.protocol} logging config must be a whole number from 0 to 100, got ${rate}`, this);
      }
      return {
        protocol: config.protocol,
        failureFeedbackRoleArn: config.failureFeedbackRole?.roleArn,
        successFeedbackRoleArn: config.successFeedbackRole?.roleArn,
        successFeedbackSampleRate: rate?.toString(),
      };
    });
  }
}

/** A topic defined elsewhere. */
class ImportedTopic extends TopicBase {
  public readonly topicArn: string;
  public readonly topicName: string;
  public readonly masterKey?: kms.IKey;
  public readonly contentBasedDeduplication: boolean;
  public readonly fifo: boolean;
  protected readonly autoCreatePolicy = false;

  constructor(scope: Construct, id: string, attrs: TopicAttributes) {
    super(scope, id, { environmentFromArn: attrs.topicArn });
    this.topicArn = attrs.topicArn;
    this.topicName = Stack.of(scope).splitArn(attrs.topicArn, ArnFormat.NO_RESOURCE_NAME).resource;
    this.fifo = !Token.isUnresolved(this.topicName) && this.topicName.endsWith(FIFO_SUFFIX);
    if (attrs.contentBasedDeduplication && !this.fifo) {
      throw new ValidationError(`Cannot import topic ${attrs.topicArn}: contentBasedDeduplication is only available for FIFO topics (names ending in '${FIFO_SUFFIX}')`, this);
    }
    this.contentBasedDeduplication = attrs.contentBasedDeduplication ?? false;
    this.masterKey = attrs.keyArn ? kms.Key.fromKeyArn(this, 'Key', attrs.keyArn) : undefined;
  }
}

function validateTopicProps(scope: Construct, props: TopicProps): void {
  if (props.contentBasedDeduplication && !props.fifo) {
    throw new ValidationError('contentBasedDeduplication can only be enabled for FIFO topics (fifo: true)', scope);
  }
  if (props.messageRetentionPeriodInDays !== undefined) {
    if (!props.fifo) {
      throw new ValidationError('messageRetentionPeriodInDays is only valid for FIFO topics (fifo: true)', scope);
    }
    const days = props.messageRetentionPeriodInDays;
    if (!Token.isUnresolved(days) && (!Number.isInteger(days) || days < 1 || days > 365)) {
      throw new ValidationError(`messageRetentionPeriodInDays must be a whole number from 1 to 365, got ${days}`, scope);
    }
  }
  if (props.fifoThroughputScope && !props.fifo) {
    throw new ValidationError('fifoThroughputScope can only be set for FIFO topics (fifo: true)', scope);
  }
  const version = props.signatureVersion;
  if (version !== undefined && !Token.isUnresolved(version) && version !== '1' && version !== '2') {
    throw new ValidationError(`signatureVersion must be "1" or "2", got "${version}"`, scope);
  }
  const displayName = props.displayName;
  if (displayName !== undefined && !Token.isUnresolved(displayName) && displayName.length > 100) {
    throw new ValidationError(`displayName must be at most 100 characters, got ${displayName.length}`, scope);
  }
}
