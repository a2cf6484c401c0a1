import * as cdk from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sqs from 'aws-cdk-lib/aws-sqs';

/** Each encryption mode renders its own properties; KMS without a key creates one under the queue. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'QueueEncryption');
  new sqs.Queue(stack, 'NotSpecified');
  new sqs.Queue(stack, 'Unencrypted', { encryption: sqs.QueueEncryption.UNENCRYPTED });
  new sqs.Queue(stack, 'SqsManaged', { encryption: sqs.QueueEncryption.SQS_MANAGED });
  new sqs.Queue(stack, 'KmsManaged', { encryption: sqs.QueueEncryption.KMS_MANAGED, dataKeyReuse: cdk.Duration.minutes(10) });
  new sqs.Queue(stack, 'Kms', { encryption: sqs.QueueEncryption.KMS });
  const key = new kms.Key(stack, 'SharedKey');
  new sqs.Queue(stack, 'GivenKey', { encryptionMasterKey: key, dataKeyReuse: cdk.Duration.hours(1) });
  new sqs.Queue(stack, 'GivenKeyWinsOverUnencrypted', { encryption: sqs.QueueEncryption.UNENCRYPTED, encryptionMasterKey: key });
}
