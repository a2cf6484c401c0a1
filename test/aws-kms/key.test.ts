import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { App, CfnParameter, Duration, RemovalPolicy, Stack } from '../../src/core';
import { Match, Template } from '../../src/assertions';
import { AccountRootPrincipal, PolicyDocument, PolicyStatement, Role, ServicePrincipal } from '../../src/aws-iam';
import { Key, KeySpec, KeyUsage } from '../../src/aws-kms';

function newStack(): Stack {
  return new Stack(new App(), 'Stack');
}

const ACCOUNT_ROOT = {
  'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'AWS::AccountId' }, ':root']],
};

describe('Key', () => {
  test('a default key gives the account root kms:* and is retained', () => {
    const stack = newStack();
    new Key(stack, 'Key');
    Template.fromStack(stack).templateMatches({
      Resources: {
        Key961B73FD: {
          Type: 'AWS::KMS::Key',
          Properties: {
            KeyPolicy: {
              Statement: [{ Action: 'kms:*', Effect: 'Allow', Principal: { AWS: ACCOUNT_ROOT }, Resource: '*' }],
              Version: '2012-10-17',
            },
          },
          DeletionPolicy: 'Retain',
          UpdateReplacePolicy: 'Retain',
        },
      },
    });
  });

  test('renders description, rotation, pending window, spec, usage and removal policy', () => {
    const stack = newStack();
    new Key(stack, 'Key', {
      description: 'd',
      enableKeyRotation: true,
      rotationPeriod: Duration.days(180),
      pendingWindow: Duration.days(7),
      enabled: false,
      multiRegion: true,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::KMS::Key', {
      Description: 'd',
      EnableKeyRotation: true,
      RotationPeriodInDays: 180,
      PendingWindowInDays: 7,
      Enabled: false,
      MultiRegion: true,
    });
    template.hasResource('AWS::KMS::Key', { DeletionPolicy: 'Delete' });
  });

  test('a rotation period alone turns rotation on', () => {
    const stack = newStack();
    new Key(stack, 'Key', { rotationPeriod: Duration.days(90) });
    Template.fromStack(stack).hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true, RotationPeriodInDays: 90 });
  });

  test('a given policy replaces the default one', () => {
    const stack = newStack();
    const policy = new PolicyDocument({
      statements: [new PolicyStatement({ actions: ['kms:Decrypt'], principals: [new AccountRootPrincipal()], resources: ['*'] })],
    });
    new Key(stack, 'Key', { policy });
    Template.fromStack(stack).hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: { Statement: [Match.objectLike({ Action: 'kms:Decrypt' })] },
    });
  });

  test('admins in the account get the admin actions in their own policy', () => {
    const stack = newStack();
    const role = new Role(stack, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    new Key(stack, 'Key', { admins: [role] });
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [Match.objectLike({
          Action: Match.arrayWith(['kms:Create*', 'kms:ScheduleKeyDeletion', 'kms:CancelKeyDeletion']),
          Resource: { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] },
        })],
      },
    });
  });

  test('a service admin goes into the key policy', () => {
    const stack = newStack();
    new Key(stack, 'Key', { admins: [new ServicePrincipal('cloudformation.amazonaws.com')] });
    Template.fromStack(stack).hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: {
        Statement: [Match.anyValue(), Match.objectLike({ Principal: { Service: 'cloudformation.amazonaws.com' }, Resource: '*' })],
      },
    });
  });

  test('keyArn is the Arn attribute and keyId the Ref', () => {
    const stack = newStack();
    const key = new Key(stack, 'Key');
    assert.deepEqual(stack.resolve(key.keyArn), { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] });
    assert.deepEqual(stack.resolve(key.keyId), { Ref: 'Key961B73FD' });
    assert.deepEqual(stack.resolve(key.keyRef), { keyArn: { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] }, keyId: { Ref: 'Key961B73FD' } });
  });

  test('the alias prop creates an Alias child with the alias/ prefix', () => {
    const stack = newStack();
    new Key(stack, 'Key', { alias: 'app' });
    Template.fromStack(stack).hasResourceProperties('AWS::KMS::Alias', {
      AliasName: 'alias/app',
      TargetKeyId: { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] },
    });
  });

  test('the first alias is named Alias, later ones Alias<name>', () => {
    const stack = newStack();
    const key = new Key(stack, 'Key');
    key.addAlias('alias/one');
    key.addAlias('two');
    assert.deepEqual(key.node.children.map(c => c.node.id), ['Resource', 'Alias', 'Aliastwo']);
  });

  test('rejects a pending window outside 7 to 30 days', () => {
    const stack = newStack();
    assert.throws(() => new Key(stack, 'Key', { pendingWindow: Duration.days(6) }), /\[Stack\/Key\] pendingWindow must be between 7 and 30 days, got 6/);
    assert.throws(() => new Key(stack, 'Key2', { pendingWindow: Duration.days(31) }), /got 31/);
  });

  test('rejects a rotation period outside 90 to 2560 days, and with rotation disabled', () => {
    const stack = newStack();
    assert.throws(() => new Key(stack, 'A', { rotationPeriod: Duration.days(89) }), /rotationPeriod must be between 90 and 2560 days, got 89/);
    assert.throws(() => new Key(stack, 'B', { rotationPeriod: Duration.days(2561) }), /got 2561/);
    assert.throws(() => new Key(stack, 'C', { rotationPeriod: Duration.days(100), enableKeyRotation: false }), /enableKeyRotation is false/);
  });

  test('rejects key specs that the key usage does not accept', () => {
    const stack = newStack();
    assert.throws(() => new Key(stack, 'A', { keySpec: KeySpec.HMAC_256 }), /keySpec 'HMAC_256' is not valid with keyUsage 'ENCRYPT_DECRYPT'/);
    assert.throws(() => new Key(stack, 'B', { keyUsage: KeyUsage.SIGN_VERIFY }), /keySpec 'SYMMETRIC_DEFAULT' is not valid with keyUsage 'SIGN_VERIFY'/);
    new Key(stack, 'C', { keySpec: KeySpec.ECC_NIST_P256, keyUsage: KeyUsage.KEY_AGREEMENT });
  });

  test('rejects rotation of asymmetric and HMAC keys', () => {
    const stack = newStack();
    assert.throws(() => new Key(stack, 'A', { keySpec: KeySpec.RSA_2048, enableKeyRotation: true }), /asymmetric keys/);
    assert.throws(() => new Key(stack, 'B', { keySpec: KeySpec.HMAC_512, keyUsage: KeyUsage.GENERATE_VERIFY_MAC, enableKeyRotation: true }), /HMAC keys/);
  });
});

describe('Key.fromKeyArn', () => {
  test('parses the key id and the environment from a literal ARN', () => {
    const stack = newStack();
    const key = Key.fromKeyArn(stack, 'Imported', 'arn:aws:kms:eu-west-1:123456789012:key/1234-abcd');
    assert.equal(key.keyId, '1234-abcd');
    assert.equal(key.env.account, '123456789012');
    assert.equal(key.env.region, 'eu-west-1');
  });

  test('splits a token ARN at deployment', () => {
    const stack = newStack();
    const key = Key.fromKeyArn(stack, 'Imported', new CfnParameter(stack, 'KeyArn').valueAsString);
    assert.deepEqual(stack.resolve(key.keyId), {
      'Fn::Select': [1, { 'Fn::Split': ['/', { 'Fn::Select': [5, { 'Fn::Split': [':', { Ref: 'KeyArn' }] }] }] }],
    });
  });

  test('rejects an ARN without a key id', () => {
    const stack = newStack();
    assert.throws(() => Key.fromKeyArn(stack, 'Imported', 'arn:aws:kms:us-east-1:1:key/'), /\[Stack\] Key.fromKeyArn\('Imported'\): KMS key ARN must be in the format/);
  });

  test('cannot change the key policy: addToResourcePolicy adds nothing, or throws when no-op is not allowed', () => {
    const stack = newStack();
    const key = Key.fromKeyArn(stack, 'Imported', 'arn:aws:kms:us-east-1:123456789012:key/k');
    const statement = new PolicyStatement({ actions: ['kms:Decrypt'], principals: [new AccountRootPrincipal()], resources: ['*'] });
    assert.equal(key.addToResourcePolicy(statement).statementAdded, false);
    assert.throws(() => key.addToResourcePolicy(statement, false), /Unable to add statement to IAM resource policy for KMS key/);
  });
});
