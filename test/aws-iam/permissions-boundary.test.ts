import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { App, PermissionsBoundary as CorePermissionsBoundary, Stack } from '../../src/core';
import { Template } from '../../src/assertions';
import { AccountRootPrincipal, ManagedPolicy, PermissionsBoundary, Role, User } from '../../src/aws-iam';

const ARN_OF = (name: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'AWS::AccountId' }, `:policy/${name}`]] });

describe('permissions boundaries', () => {
  test('a Stack boundary by name goes on every role and user, over their own', () => {
    const stack = new Stack(new App(), 'S', { permissionsBoundary: CorePermissionsBoundary.fromName('pb') });
    new Role(stack, 'Role', { assumedBy: new AccountRootPrincipal(), permissionsBoundary: ManagedPolicy.fromManagedPolicyName(stack, 'Own', 'own') });
    new User(stack, 'User');
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::IAM::Role', { PermissionsBoundary: ARN_OF('pb') });
    template.hasResourceProperties('AWS::IAM::User', { PermissionsBoundary: ARN_OF('pb') });
  });

  test('iam.PermissionsBoundary applies a policy in a scope and clear() removes it below', () => {
    const stack = new Stack(new App(), 'S');
    const kept = new Role(stack, 'Kept', { assumedBy: new AccountRootPrincipal() });
    const cleared = new Role(stack, 'Cleared', { assumedBy: new AccountRootPrincipal() });
    PermissionsBoundary.of(stack).apply(ManagedPolicy.fromManagedPolicyName(stack, 'B', 'boundary'));
    PermissionsBoundary.of(cleared).clear();
    const resources = Template.fromStack(stack).toJSON().Resources;
    const idOf = (role: Role) => stack.resolve((role.node.defaultChild as any).logicalId);
    assert.deepEqual(resources[idOf(kept)].Properties.PermissionsBoundary, ARN_OF('boundary'));
    assert.equal(resources[idOf(cleared)].Properties.PermissionsBoundary, undefined);
  });

  test('a boundary by ARN is used as given', () => {
    const stack = new Stack(new App(), 'S', { permissionsBoundary: CorePermissionsBoundary.fromArn('arn:aws:iam::123456789012:policy/x') });
    new User(stack, 'User');
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::User', { PermissionsBoundary: 'arn:aws:iam::123456789012:policy/x' });
  });
});
