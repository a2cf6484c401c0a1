import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sqs from 'aws-cdk-lib/aws-sqs';

/** Send/consume/purge grants give their action lists, plus key permissions for a KMS-encrypted queue. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'QueueGrants');
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });

  const plain = new sqs.Queue(stack, 'Plain');
  plain.grantSendMessages(role);
  plain.grantConsumeMessages(role);
  plain.grantPurge(role);
  plain.grant(role, 'sqs:ListQueueTags', 'sqs:TagQueue');
  plain.grantSendMessages(new iam.ServicePrincipal('events.amazonaws.com'));
  plain.grantSendMessages(new iam.AccountPrincipal('999999999999'));

  const encrypted = new sqs.Queue(stack, 'Encrypted', { encryption: sqs.QueueEncryption.KMS });
  const consumer = new iam.Role(stack, 'Consumer', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  encrypted.grantSendMessages(consumer);
  encrypted.grantConsumeMessages(consumer);
  encrypted.grants.purge(consumer);
  encrypted.grantSendMessages(new iam.ServicePrincipal('sns.amazonaws.com'));

  const managed = new sqs.Queue(stack, 'KmsManaged', { encryption: sqs.QueueEncryption.KMS_MANAGED });
  managed.grantSendMessages(consumer);
}
