import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';

/** A grantee in another account or region gets Resource '*' and is named in the key policy (by account when its stack depends on the key's). */
export function build(app: cdk.App): void {
  const env = { account: '111111111111', region: 'us-east-1' };
  const keyStack = new cdk.Stack(app, 'KeyStack', { env });
  const key = new kms.Key(keyStack, 'Key');

  const granteeIn = (id: string, stackEnv: cdk.Environment, roleName?: string) => {
    const stack = new cdk.Stack(app, id, { env: stackEnv });
    const role = new iam.Role(stack, 'Role', { roleName, assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    return { stack, role };
  };

  key.grantDecrypt(granteeIn('SameEnvironment', env).role);
  key.grantDecrypt(granteeIn('OtherRegion', { account: '111111111111', region: 'eu-west-1' }, 'other-region-role').role);
  key.grantEncrypt(granteeIn('OtherAccount', { account: '222222222222', region: 'us-east-1' }, 'other-account-role').role);

  const dependent = granteeIn('DependentOtherAccount', { account: '333333333333', region: 'us-east-1' }, 'dependent-role');
  dependent.stack.addDependency(keyStack);
  key.grantEncryptDecrypt(dependent.role);

  key.grantDecrypt(iam.Role.fromRoleArn(keyStack, 'ImportedSameAccount', 'arn:aws:iam::111111111111:role/same'));
  key.grantDecrypt(iam.Role.fromRoleArn(keyStack, 'ImportedOtherAccount', 'arn:aws:iam::444444444444:role/other'));
}
