import { Construct } from 'constructs';
import * as cloudwatch from '../aws-cloudwatch';
import * as iam from '../aws-iam';
import type * as kms from '../aws-kms';
import { IResource, Resource, ResourceProps } from '../core';
import { QueuePolicy } from './policy';
import { QueueEncryption } from './queue-encryption';
import { QueueGrants } from './queue-grants';
import type { IQueueRef, QueueReference } from './sqs.generated';

/** An SQS queue, created here or imported. */
export interface IQueue extends IResource, IQueueRef {
  /**
   * The ARN of the queue.
   * @attribute
   */
  readonly queueArn: string;

  /**
   * The URL of the queue.
   * @attribute
   */
  readonly queueUrl: string;

  /**
   * The name of the queue.
   * @attribute
   */
  readonly queueName: string;

  /**
   * The customer managed KMS key that encrypts the queue.
   * @default - no customer managed key
   */
  readonly encryptionMasterKey?: kms.IKey;

  /** Whether this is a FIFO queue; false for a standard queue. */
  readonly fifo: boolean;

  /**
   * How the queue is encrypted.
   * @default - not known (the service applies SQS managed encryption)
   */
  readonly encryptionType?: QueueEncryption;

  /**
   * Adds a statement to the queue's resource policy. A queue created in this app gets a `QueuePolicy` on the
   * first call; for an imported queue nothing is added (`statementAdded` is false).
   */
  addToResourcePolicy(statement: iam.PolicyStatement): iam.AddToResourcePolicyResult;

  /**
   * Grant permissions to consume messages (ReceiveMessage, ChangeMessageVisibility, GetQueueUrl, DeleteMessage,
   * GetQueueAttributes), and `kms:Decrypt` on the queue's key when it has one.
   */
  grantConsumeMessages(grantee: iam.IGrantable): iam.Grant;

  /**
   * Grant permissions to send messages (SendMessage, GetQueueAttributes, GetQueueUrl), and encrypt/decrypt on the
   * queue's key when it has one.
   */
  grantSendMessages(grantee: iam.IGrantable): iam.Grant;

  /** Grant permissions to purge the queue (PurgeQueue, GetQueueAttributes, GetQueueUrl). */
  grantPurge(grantee: iam.IGrantable): iam.Grant;

  /** Grant the given actions on this queue. */
  grant(grantee: iam.IGrantable, ...queueActions: string[]): iam.Grant;

  /** A CloudWatch metric of this queue (namespace AWS/SQS, dimension QueueName). */
  metric(metricName: string, props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** The approximate age of the oldest unprocessed message (Maximum over 5 minutes). */
  metricApproximateAgeOfOldestMessage(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** The number of delayed messages not yet available (Maximum over 5 minutes). */
  metricApproximateNumberOfMessagesDelayed(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** The number of in-flight messages (Maximum over 5 minutes). */
  metricApproximateNumberOfMessagesNotVisible(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** The number of messages available for retrieval (Maximum over 5 minutes). */
  metricApproximateNumberOfMessagesVisible(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** Visible plus in-flight messages, as a math expression. */
  metricApproximateNumberOfMessagesOutstanding(props?: cloudwatch.MathExpressionOptions): cloudwatch.MathExpression;

  /** The number of receive calls that returned no message (Sum over 5 minutes). */
  metricNumberOfEmptyReceives(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** The number of messages deleted (Sum over 5 minutes). */
  metricNumberOfMessagesDeleted(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** The number of messages returned by receive calls (Sum over 5 minutes). */
  metricNumberOfMessagesReceived(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** The number of messages sent (Sum over 5 minutes). */
  metricNumberOfMessagesSent(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** The size of the messages sent (Average over 5 minutes). */
  metricSentMessageSize(props?: cloudwatch.MetricOptions): cloudwatch.Metric;
}

/** The attributes of a queue defined elsewhere. */
export interface QueueAttributes {
  /** The ARN of the queue. */
  readonly queueArn: string;

  /**
   * The URL of the queue.
   * @default - https://sqs.<region>.<urlSuffix>/<account>/<name>, from the ARN
   */
  readonly queueUrl?: string;

  /**
   * The name of the queue.
   * @default - the last part of the ARN
   */
  readonly queueName?: string;

  /**
   * The ARN of the KMS key that encrypts the queue.
   * @default - the queue is not encrypted with a customer managed key
   */
  readonly keyArn?: string;

  /**
   * Whether the queue is a FIFO queue.
   * @default - true when the queue name ends in `.fifo`
   */
  readonly fifo?: boolean;
}

/** What queues created here and imported queues share: the resource policy and the grants. */
export abstract class QueueBase extends Resource implements IQueue {
  public abstract readonly queueArn: string;
  public abstract readonly queueUrl: string;
  public abstract readonly queueName: string;
  public abstract readonly encryptionMasterKey?: kms.IKey;
  public abstract readonly fifo: boolean;
  public abstract readonly encryptionType?: QueueEncryption;

  /** The grant methods of this queue. */
  public readonly grants: QueueGrants;

  /** Whether `addToResourcePolicy` may create a `QueuePolicy` (only for queues created in this app). */
  protected abstract readonly autoCreatePolicy: boolean;

  private policy?: QueuePolicy;

  constructor(scope: Construct, id: string, props: ResourceProps = {}) {
    super(scope, id, props);
    this.grants = QueueGrants.fromQueue(this);
    this.node.addValidation({ validate: () => this.policy?.document.validateForResourcePolicy() ?? [] });
  }

  /** A reference to this queue. */
  public get queueRef(): QueueReference {
    return { queueUrl: this.queueUrl, queueArn: this.queueArn };
  }

  public addToResourcePolicy(statement: iam.PolicyStatement): iam.AddToResourcePolicyResult {
    if (!this.policy && this.autoCreatePolicy) {
      this.policy = new QueuePolicy(this, 'Policy', { queues: [this] });
    }
    if (this.policy) {
      this.policy.document.addStatements(statement);
      return { statementAdded: true, policyDependable: this.policy };
    }
    return { statementAdded: false };
  }

  public grantConsumeMessages(grantee: iam.IGrantable): iam.Grant {
    return this.grants.consumeMessages(grantee);
  }

  public grantSendMessages(grantee: iam.IGrantable): iam.Grant {
    return this.grants.sendMessages(grantee);
  }

  public grantPurge(grantee: iam.IGrantable): iam.Grant {
    return this.grants.purge(grantee);
  }

  public grant(grantee: iam.IGrantable, ...queueActions: string[]): iam.Grant {
    return this.grants.actions(grantee, ...queueActions);
  }

  public metric(metricName: string, props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return new cloudwatch.Metric({
      namespace: 'AWS/SQS',
      metricName,
      dimensionsMap: { QueueName: this.queueName },
      ...props,
    }).attachTo(this);
  }

  public metricApproximateAgeOfOldestMessage(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('ApproximateAgeOfOldestMessage', { statistic: 'Maximum', ...props });
  }

  public metricApproximateNumberOfMessagesDelayed(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('ApproximateNumberOfMessagesDelayed', { statistic: 'Maximum', ...props });
  }

  public metricApproximateNumberOfMessagesNotVisible(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('ApproximateNumberOfMessagesNotVisible', { statistic: 'Maximum', ...props });
  }

  public metricApproximateNumberOfMessagesVisible(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('ApproximateNumberOfMessagesVisible', { statistic: 'Maximum', ...props });
  }

  public metricApproximateNumberOfMessagesOutstanding(props?: cloudwatch.MathExpressionOptions): cloudwatch.MathExpression {
    return new cloudwatch.MathExpression({
      expression: 'visible + notVisible',
      usingMetrics: {
        visible: this.metricApproximateNumberOfMessagesVisible({ period: props?.period }),
        notVisible: this.metricApproximateNumberOfMessagesNotVisible({ period: props?.period }),
      },
      label: 'Approximate number of messages outstanding',
      ...props,
    });
  }

  public metricNumberOfEmptyReceives(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('NumberOfEmptyReceives', { statistic: 'Sum', ...props });
  }

  public metricNumberOfMessagesDeleted(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('NumberOfMessagesDeleted', { statistic: 'Sum', ...props });
  }

  public metricNumberOfMessagesReceived(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('NumberOfMessagesReceived', { statistic: 'Sum', ...props });
  }

  public metricNumberOfMessagesSent(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('NumberOfMessagesSent', { statistic: 'Sum', ...props });
  }

  public metricSentMessageSize(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('SentMessageSize', { statistic: 'Average', ...props });
  }
}
