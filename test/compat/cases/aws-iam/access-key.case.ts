import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';

/** AccessKey for new and imported users, with status and serial, and its id and secret as outputs. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'AccessKeys');
  const user = new iam.User(stack, 'User');
  const key = new iam.AccessKey(stack, 'Key', { user });
  new iam.AccessKey(stack, 'Rotated', { user, serial: 2, status: iam.AccessKeyStatus.INACTIVE });
  const imported = iam.User.fromUserArn(stack, 'Imported', 'arn:aws:iam::123456789012:user/team/bob');
  const importedKey = new iam.AccessKey(stack, 'ImportedKey', { user: imported, status: iam.AccessKeyStatus.ACTIVE });

  new cdk.CfnOutput(stack, 'KeyId', { value: key.accessKeyId });
  new cdk.CfnOutput(stack, 'KeyRefId', { value: key.accessKeyRef.accessKeyId });
  new cdk.CfnOutput(stack, 'Secret', { value: key.secretAccessKey.unsafeUnwrap() });
  new cdk.CfnOutput(stack, 'ImportedSecret', { value: importedKey.secretAccessKey.toString() });
}
