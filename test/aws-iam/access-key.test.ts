import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { App, CfnOutput, SecretValue, Stack } from '../../src/core';
import { Template } from '../../src/assertions';
import { AccessKey, AccessKeyStatus, User } from '../../src/aws-iam';

function newStack(): Stack {
  return new Stack(new App(), 'Stack');
}

describe('AccessKey', () => {
  test('renders an access key for the user, with no optional properties by default', () => {
    const stack = newStack();
    const user = new User(stack, 'User');
    new AccessKey(stack, 'Key', { user });
    Template.fromStack(stack).templateMatches({
      Resources: { Key961B73FD: { Type: 'AWS::IAM::AccessKey', Properties: { UserName: { Ref: 'User00B015A1' } } } },
    });
  });

  test('renders serial and status', () => {
    const stack = newStack();
    new AccessKey(stack, 'Key', { user: User.fromUserName(stack, 'Bob', 'bob'), serial: 3, status: AccessKeyStatus.INACTIVE });
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::AccessKey', { Serial: 3, Status: 'Inactive', UserName: 'bob' });
  });

  test('the status enum holds the CloudFormation values', () => {
    assert.deepEqual([AccessKeyStatus.ACTIVE, AccessKeyStatus.INACTIVE, AccessKeyStatus.EXPIRED], ['Active', 'Inactive', 'Expired']);
  });

  test('accessKeyId is the Ref and accessKeyRef carries it', () => {
    const stack = newStack();
    const key = new AccessKey(stack, 'Key', { user: new User(stack, 'User') });
    assert.deepEqual(stack.resolve(key.accessKeyId), { Ref: 'Key961B73FD' });
    assert.deepEqual(stack.resolve(key.accessKeyRef), { accessKeyId: { Ref: 'Key961B73FD' } });
  });

  test('secretAccessKey is a SecretValue of the SecretAccessKey attribute', () => {
    const stack = newStack();
    const key = new AccessKey(stack, 'Key', { user: new User(stack, 'User') });
    assert.ok(SecretValue.isSecretValue(key.secretAccessKey));
    new CfnOutput(stack, 'Secret', { value: key.secretAccessKey.unsafeUnwrap() });
    Template.fromStack(stack).hasOutput('Secret', { Value: { 'Fn::GetAtt': ['Key961B73FD', 'SecretAccessKey'] } });
  });
});
