import { Construct } from 'constructs';
import { PolicyDocument } from '../aws-iam';
import { Resource } from '../core';
import type { IQueue } from './queue-base';
import { CfnQueuePolicy } from './sqs.generated';

/** Construction properties for a queue policy. */
export interface QueuePolicyProps {
  /** The queues the policy applies to. */
  readonly queues: IQueue[];
}

/** The resource policy of one or more queues (`AWS::SQS::QueuePolicy`). Usually made by `addToResourcePolicy`. */
export class QueuePolicy extends Resource {
  /** The policy document; add statements to it. */
  public readonly document = new PolicyDocument();

  constructor(scope: Construct, id: string, props: QueuePolicyProps) {
    super(scope, id);
    new CfnQueuePolicy(this, 'Resource', {
      policyDocument: this.document,
      queues: props.queues.map(queue => queue.queueUrl),
    });
  }
}
