import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';

/** Keys render their default policy, properties and aliases; grants go to identities, the key policy, or both. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'KeyGrants');
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });

  const key = new kms.Key(stack, 'Key', {
    description: 'the key',
    enableKeyRotation: true,
    alias: 'app/key',
    pendingWindow: cdk.Duration.days(7),
    removalPolicy: cdk.RemovalPolicy.DESTROY,
  });
  key.grantDecrypt(role);
  key.grantEncrypt(role);
  key.grantEncryptDecrypt(role);
  key.grant(role, 'kms:DescribeKey');
  key.grantDecrypt(new iam.ServicePrincipal('sns.amazonaws.com'));
  key.grantDecrypt(iam.Role.fromRoleArn(stack, 'OtherAccountRole', 'arn:aws:iam::999999999999:role/other'));
  key.grantEncrypt(new iam.AccountPrincipal('111111111111'));
  key.addAlias('alias/second');
  key.addToResourcePolicy(new iam.PolicyStatement({
    actions: ['kms:GetPublicKey'],
    principals: [new iam.AnyPrincipal()],
    resources: ['*'],
  }));

  const signing = new kms.Key(stack, 'SigningKey', {
    keySpec: kms.KeySpec.RSA_2048,
    keyUsage: kms.KeyUsage.SIGN_VERIFY,
    admins: [role],
    enabled: false,
  });
  signing.grantSignVerify(role);

  const custom = new kms.Key(stack, 'CustomPolicyKey', {
    policy: new iam.PolicyDocument({
      statements: [new iam.PolicyStatement({ actions: ['kms:*'], principals: [new iam.AccountRootPrincipal()], resources: ['*'] })],
    }),
    admins: [new iam.ServicePrincipal('cloudformation.amazonaws.com')],
    rotationPeriod: cdk.Duration.days(180),
    multiRegion: true,
  });
  const alias = new kms.Alias(stack, 'StandaloneAlias', { aliasName: 'alias/standalone', targetKey: custom });
  alias.grantDecrypt(role);

  const imported = kms.Key.fromKeyArn(stack, 'Imported', 'arn:aws:kms:us-east-1:123456789012:key/1234abcd');
  imported.grantDecrypt(role);
  imported.addAlias('alias/imported');

  new cdk.CfnOutput(stack, 'KeyId', { value: key.keyId });
  new cdk.CfnOutput(stack, 'KeyArn', { value: key.keyArn });
  new cdk.CfnOutput(stack, 'ImportedKeyId', { value: imported.keyId });
  new cdk.CfnOutput(stack, 'AliasArn', { value: alias.aliasArn });
  new cdk.CfnOutput(stack, 'AliasName', { value: alias.aliasName });
}
