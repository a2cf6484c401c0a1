import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { App, Stack } from '../../src/core';
import { Match, Template } from '../../src/assertions';
import { AccountPrincipal, Role, ServicePrincipal } from '../../src/aws-iam';
import { Key, KeyGrants } from '../../src/aws-kms';

function newStack(app = new App(), id = 'Stack', env?: { account: string; region: string }): Stack {
  return new Stack(app, id, env ? { env } : undefined);
}

function newRole(stack: Stack, roleName?: string): Role {
  return new Role(stack, 'Role', { roleName, assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
}

const KEY_ARN = { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] };

/** The statements of the key policy after the default account-root one. */
function extraKeyPolicyStatements(stack: Stack): any[] {
  const keys = Template.fromStack(stack).findResources('AWS::KMS::Key');
  return (Object.values(keys)[0] as any).Properties.KeyPolicy.Statement.slice(1);
}

describe('key grants', () => {
  test('each grant method gives its actions, in order, to a role of the same account', () => {
    const stack = newStack();
    const key = new Key(stack, 'Key');
    const role = newRole(stack);
    key.grantDecrypt(role);
    key.grantEncrypt(role);
    key.grantEncryptDecrypt(role);
    key.grantSignVerify(role);
    key.grantGenerateMac(role);
    key.grantVerifyMac(role);
    key.grant(role, 'kms:DescribeKey');
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [
          { Action: 'kms:Decrypt', Effect: 'Allow', Resource: KEY_ARN },
          { Action: ['kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'], Effect: 'Allow', Resource: KEY_ARN },
          { Action: ['kms:Decrypt', 'kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'], Effect: 'Allow', Resource: KEY_ARN },
          { Action: ['kms:Sign', 'kms:Verify'], Effect: 'Allow', Resource: KEY_ARN },
          { Action: 'kms:GenerateMac', Effect: 'Allow', Resource: KEY_ARN },
          { Action: 'kms:VerifyMac', Effect: 'Allow', Resource: KEY_ARN },
          { Action: 'kms:DescribeKey', Effect: 'Allow', Resource: KEY_ARN },
        ],
      },
    });
    assert.deepEqual(extraKeyPolicyStatements(stack), []);
  });

  test('a service principal is named in the key policy with Resource *', () => {
    const stack = newStack();
    const key = new Key(stack, 'Key');
    const grant = key.grantDecrypt(new ServicePrincipal('sns.amazonaws.com'));
    assert.equal(grant.principalStatements.length, 0);
    assert.deepEqual(extraKeyPolicyStatements(stack), [
      { Action: 'kms:Decrypt', Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Resource: '*' },
    ]);
  });

  test('an imported role of another account gets both an identity and a key policy statement', () => {
    const stack = newStack();
    const key = new Key(stack, 'Key');
    key.grantDecrypt(Role.fromRoleArn(stack, 'Other', 'arn:aws:iam::999999999999:role/other'));
    assert.deepEqual(extraKeyPolicyStatements(stack), [
      { Action: 'kms:Decrypt', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::999999999999:role/other' }, Resource: '*' },
    ]);
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: 'kms:Decrypt', Effect: 'Allow', Resource: KEY_ARN }] },
      Roles: ['other'],
    });
  });

  test('a role in a stack of another account gets Resource * and is named in the key policy', () => {
    const app = new App();
    const keyStack = newStack(app, 'KeyStack', { account: '111111111111', region: 'us-east-1' });
    const key = new Key(keyStack, 'Key');
    const granteeStack = newStack(app, 'Grantee', { account: '222222222222', region: 'us-east-1' });
    key.grantDecrypt(newRole(granteeStack, 'grantee-role'));
    Template.fromStack(granteeStack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: 'kms:Decrypt', Effect: 'Allow', Resource: '*' }] },
    });
    assert.deepEqual(extraKeyPolicyStatements(keyStack), [{
      Action: 'kms:Decrypt',
      Effect: 'Allow',
      Principal: { AWS: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::222222222222:role/grantee-role']] } },
      Resource: '*',
    }]);
  });

  test('a grantee stack that depends on the key stack is named by its account root', () => {
    const app = new App();
    const keyStack = newStack(app, 'KeyStack', { account: '111111111111', region: 'us-east-1' });
    const key = new Key(keyStack, 'Key');
    const granteeStack = newStack(app, 'Grantee', { account: '333333333333', region: 'us-east-1' });
    granteeStack.addDependency(keyStack);
    key.grantEncrypt(newRole(granteeStack, 'dependent-role'));
    assert.deepEqual(extraKeyPolicyStatements(keyStack), [{
      Action: ['kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'],
      Effect: 'Allow',
      Principal: { AWS: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::333333333333:root']] } },
      Resource: '*',
    }]);
  });

  test('an account principal is named in the key policy', () => {
    const stack = newStack();
    const key = new Key(stack, 'Key');
    key.grants.encrypt(new AccountPrincipal('111111111111'));
    assert.equal(extraKeyPolicyStatements(stack).length, 1);
    assert.deepEqual(extraKeyPolicyStatements(stack)[0].Principal, {
      AWS: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::111111111111:root']] },
    });
  });

  test('grants on an imported key only go to the identity', () => {
    const stack = newStack();
    const key = Key.fromKeyArn(stack, 'Imported', 'arn:aws:kms:us-east-1:123456789012:key/k');
    const role = newRole(stack);
    key.grantDecrypt(role);
    const grant = key.grantDecrypt(new ServicePrincipal('sns.amazonaws.com'));
    assert.equal(grant.principalStatements.length, 0);
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: 'kms:Decrypt', Effect: 'Allow', Resource: 'arn:aws:kms:us-east-1:123456789012:key/k' }] },
    });
  });

  test('KeyGrants.fromKey works on any key reference', () => {
    const stack = newStack();
    const key = new Key(stack, 'Key');
    const role = newRole(stack);
    KeyGrants.fromKey(key).admin(role);
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [Match.objectLike({ Action: Match.arrayWith(['kms:Create*', 'kms:Delete*']) })] },
    });
  });
});
