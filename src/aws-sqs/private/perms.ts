// The SQS actions each grant gives, in the order aws-cdk-lib renders them (the order is part of the template).

export const QUEUE_SEND_ACTIONS = ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'];

export const QUEUE_CONSUME_ACTIONS = [
  'sqs:ReceiveMessage',
  'sqs:ChangeMessageVisibility',
  'sqs:GetQueueUrl',
  'sqs:DeleteMessage',
  'sqs:GetQueueAttributes',
];

export const QUEUE_PURGE_ACTIONS = ['sqs:PurgeQueue', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'];

/** What a sender needs on the queue's key. */
export const KEY_SEND_ACTIONS = ['kms:Decrypt', 'kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'];

/** What a consumer needs on the queue's key. */
export const KEY_CONSUME_ACTIONS = ['kms:Decrypt'];
