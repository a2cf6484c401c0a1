import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { App, Fn, RemovalPolicy, Stack } from '../../src/core';
import { Template } from '../../src/assertions';
import { Role, ServicePrincipal } from '../../src/aws-iam';
import { Alias, Key } from '../../src/aws-kms';

function newStack(): Stack {
  return new Stack(new App(), 'Stack');
}

const KEY_ARN = { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] };

describe('Alias', () => {
  test('renders the name with alias/ prepended and targets the key ARN', () => {
    const stack = newStack();
    new Alias(stack, 'Alias', { aliasName: 'app/key', targetKey: new Key(stack, 'Key') });
    Template.fromStack(stack).hasResourceProperties('AWS::KMS::Alias', { AliasName: 'alias/app/key', TargetKeyId: KEY_ARN });
  });

  test('has no removal policy unless one is given', () => {
    const stack = newStack();
    const key = new Key(stack, 'Key');
    new Alias(stack, 'Plain', { aliasName: 'alias/plain', targetKey: key });
    new Alias(stack, 'Destroyed', { aliasName: 'alias/destroyed', targetKey: key, removalPolicy: RemovalPolicy.DESTROY });
    const aliases = Object.values(Template.fromStack(stack).findResources('AWS::KMS::Alias')) as any[];
    const byName = (name: string) => aliases.find(a => a.Properties.AliasName === name);
    assert.equal(byName('alias/plain').DeletionPolicy, undefined);
    assert.equal(byName('alias/destroyed').DeletionPolicy, 'Delete');
  });

  test('aliasArn and keyArn are the alias ARN; keyId is the alias name', () => {
    const stack = newStack();
    const alias = new Alias(stack, 'Alias', { aliasName: 'alias/x', targetKey: new Key(stack, 'Key') });
    const arn = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':kms:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':alias/x']] };
    assert.deepEqual(stack.resolve(alias.aliasArn), arn);
    assert.deepEqual(stack.resolve(alias.keyArn), arn);
    assert.equal(alias.keyId, 'alias/x');
    assert.equal(alias.aliasName, 'alias/x');
  });

  test('grants on an alias go to its key', () => {
    const stack = newStack();
    const alias = new Alias(stack, 'Alias', { aliasName: 'alias/x', targetKey: new Key(stack, 'Key') });
    alias.grantDecrypt(new Role(stack, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') }));
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: 'kms:Decrypt', Effect: 'Allow', Resource: KEY_ARN }] },
    });
  });

  test('rejects reserved, empty and badly formed names, naming the construct', () => {
    const stack = newStack();
    const key = new Key(stack, 'Key');
    assert.throws(() => key.addAlias('alias/aws/x'), /\[Stack\/Key\] aliasName may not start with 'alias\/aws\/'/);
    assert.throws(() => key.addAlias('alias/'), /must include a value after 'alias\/'/);
    assert.throws(() => key.addAlias('alias/a.b'), /got 'alias\/a.b'/);
    assert.throws(() => key.addAlias('x'.repeat(251)), /1 to 256 characters/);
    assert.deepEqual(key.node.children.map(c => c.node.id), ['Resource']);
  });

  test('accepts a token name as it is', () => {
    const stack = newStack();
    const alias = new Alias(stack, 'Alias', { aliasName: Fn.importValue('AliasName'), targetKey: new Key(stack, 'Key') });
    Template.fromStack(stack).hasResourceProperties('AWS::KMS::Alias', { AliasName: { 'Fn::ImportValue': 'AliasName' } });
    assert.deepEqual(stack.resolve(alias.aliasName), { 'Fn::ImportValue': 'AliasName' });
  });
});

describe('imported aliases', () => {
  test('fromAliasAttributes grants on the given key', () => {
    const stack = newStack();
    const alias = Alias.fromAliasAttributes(stack, 'Imported', { aliasName: 'alias/imp', aliasTargetKey: new Key(stack, 'Key') });
    alias.grantEncrypt(new Role(stack, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') }));
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: ['kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'], Effect: 'Allow', Resource: KEY_ARN }] },
    });
  });

  test('fromAliasName drops grants and cannot give its key', () => {
    const stack = newStack();
    const alias = Alias.fromAliasName(stack, 'Imported', 'alias/imp');
    const role = new Role(stack, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    const grant = alias.grantDecrypt(role);
    assert.equal(grant.principalStatements.length, 0);
    Template.fromStack(stack).resourceCountIs('AWS::IAM::Policy', 0);
    assert.throws(() => alias.aliasTargetKey, /\[Stack\/Imported\] Cannot access aliasTargetKey/);
    assert.equal(alias.keyId, 'alias/imp');
  });
});
