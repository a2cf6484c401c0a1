import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/** SecretValue in every form, unwrapped into a function's environment, a user's password and raw properties. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'SecretValues');
  const param = new cdk.CfnParameter(stack, 'DbPassword', { noEcho: true });
  const holder = new cdk.CfnResource(stack, 'Holder', { type: 'Custom::Holder' });
  new lambda.Function(stack, 'Fn', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => 1;'),
    environment: {
      PLAIN: cdk.SecretValue.unsafePlainText('not-secret').unsafeUnwrap(),
      SM: cdk.SecretValue.secretsManager('my-secret').unsafeUnwrap(),
      SM_FIELD: cdk.SecretValue.secretsManager('arn:aws:secretsmanager:us-east-1:123456789012:secret:db', { jsonField: 'password', versionStage: 'AWSPREVIOUS' }).unsafeUnwrap(),
      SM_VERSION: cdk.SecretValue.secretsManager('other', { versionId: 'abc' }).unsafeUnwrap(),
      SM_TOKEN: cdk.SecretValue.secretsManager(`${stack.stackName}-secret`, { jsonField: 'k' }).unsafeUnwrap(),
      SSM: cdk.SecretValue.ssmSecure('/app/key').unsafeUnwrap(),
      SSM_VERSION: cdk.SecretValue.ssmSecure('/app/key', '4').unsafeUnwrap(),
      DYNAMIC: cdk.SecretValue.cfnDynamicReference(new cdk.CfnDynamicReference(cdk.CfnDynamicReferenceService.SSM, 'plain-param')).unsafeUnwrap(),
      PARAM: cdk.SecretValue.cfnParameter(param).unsafeUnwrap(),
      ATTRIBUTE: cdk.SecretValue.resourceAttribute(holder.getAtt('Secret').toString()).unsafeUnwrap(),
      TO_STRING: cdk.SecretValue.unsafePlainText('via-to-string').toString(),
    },
  });
  new iam.User(stack, 'User', { password: cdk.SecretValue.secretsManager('user-password') });
  new cdk.CfnResource(stack, 'Raw', {
    type: 'Custom::Raw',
    properties: {
      Direct: cdk.SecretValue.unsafePlainText('direct'),
      Reference: new cdk.CfnDynamicReference(cdk.CfnDynamicReferenceService.SECRETS_MANAGER, 'name:SecretString:field::'),
    },
  });
}
