import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sqs from 'aws-cdk-lib/aws-sqs';

/** Imported queues derive URL and name from the ARN; grants on them only touch the grantee's policy. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'ImportedQueues');
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });

  const byArn = sqs.Queue.fromQueueArn(stack, 'ByArn', 'arn:aws:sqs:us-east-1:123456789012:orders');
  const fifo = sqs.Queue.fromQueueArn(stack, 'Fifo', 'arn:aws:sqs:us-east-1:123456789012:orders.fifo');
  const encrypted = sqs.Queue.fromQueueAttributes(stack, 'Encrypted', {
    queueArn: 'arn:aws:sqs:eu-west-1:123456789012:secret',
    keyArn: 'arn:aws:kms:eu-west-1:123456789012:key/1234',
  });
  const fromToken = sqs.Queue.fromQueueArn(stack, 'FromToken', cdk.Fn.importValue('QueueArn'));
  const custom = sqs.Queue.fromQueueAttributes(stack, 'Custom', {
    queueArn: 'arn:aws:sqs:us-east-1:123456789012:custom',
    queueUrl: 'https://example.com/custom',
    queueName: 'custom-name',
  });

  byArn.grantSendMessages(role);
  byArn.grantSendMessages(new iam.ServicePrincipal('sns.amazonaws.com'));
  encrypted.grantSendMessages(role);
  encrypted.grantConsumeMessages(role);
  fromToken.grantConsumeMessages(role);

  new cdk.CfnOutput(stack, 'ByArnUrl', { value: byArn.queueUrl });
  new cdk.CfnOutput(stack, 'ByArnName', { value: byArn.queueName });
  new cdk.CfnOutput(stack, 'FifoUrl', { value: fifo.queueUrl });
  new cdk.CfnOutput(stack, 'FifoIsFifo', { value: String(fifo.fifo) });
  new cdk.CfnOutput(stack, 'TokenUrl', { value: fromToken.queueUrl });
  new cdk.CfnOutput(stack, 'TokenName', { value: fromToken.queueName });
  new cdk.CfnOutput(stack, 'CustomUrl', { value: custom.queueUrl });
  new cdk.CfnOutput(stack, 'CustomName', { value: custom.queueName });
}
