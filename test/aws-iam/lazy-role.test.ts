import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { App, CfnOutput, Stack } from '../../src/core';
import { Template } from '../../src/assertions';
import { LazyRole, ManagedPolicy, Policy, PolicyStatement, Role, ServicePrincipal, User } from '../../src/aws-iam';

function newStack(): Stack {
  return new Stack(new App(), 'Stack');
}

const statement = (action = 's3:GetObject') => new PolicyStatement({ actions: [action], resources: ['*'] });
const newLazyRole = (stack: Stack, props: Partial<ConstructorParameters<typeof LazyRole>[2]> = {}) =>
  new LazyRole(stack, 'Lazy', { assumedBy: new ServicePrincipal('ec2.amazonaws.com'), ...props });

describe('LazyRole', () => {
  test('renders nothing while unused, whatever was added to it', () => {
    const stack = newStack();
    const role = newLazyRole(stack);
    const result = role.addToPrincipalPolicy(statement());
    assert.equal(role.addToPolicy(statement('s3:PutObject')), true);
    role.addManagedPolicy(ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess'));
    role.attachInlinePolicy(new Policy(stack, 'Inline', { statements: [statement()] }));
    assert.deepEqual(result, { statementAdded: true, policyDependable: role });
    assert.equal(role.node.children.length, 0);
    assert.deepEqual(Template.fromStack(stack).toJSON().Resources ?? {}, {});
  });

  test('reading env or stack does not create the role', () => {
    const stack = newStack();
    const role = newLazyRole(stack);
    assert.equal(role.stack, stack);
    assert.ok(role.env.account);
    assert.equal(role.principalAccount, stack.account);
    assert.equal(role.assumeRoleAction, 'sts:AssumeRole');
    assert.equal(role.grantPrincipal, role);
    assert.equal(role.node.children.length, 0);
  });

  for (const member of ['roleArn', 'roleName', 'roleId', 'roleRef', 'policyFragment'] as const) {
    test(`reading ${member} creates the role as the Default child`, () => {
      const stack = newStack();
      const role = newLazyRole(stack);
      void role[member];
      assert.deepEqual(role.node.children.map((c) => c.node.id), ['Default']);
      assert.ok(role.node.children[0] instanceof Role);
      Template.fromStack(stack).resourceCountIs('AWS::IAM::Role', 1);
    });
  }

  test('once created, it replays statements, inline and managed policies, then delegates', () => {
    const stack = newStack();
    const role = newLazyRole(stack, { roleName: 'lazy', path: '/p/', managedPolicies: [ManagedPolicy.fromAwsManagedPolicyName('A')] });
    role.addToPrincipalPolicy(statement('s3:GetObject'));
    role.addManagedPolicy(ManagedPolicy.fromAwsManagedPolicyName('B'));
    role.attachInlinePolicy(new Policy(stack, 'Inline', { statements: [statement('sqs:SendMessage')] }));
    new CfnOutput(stack, 'Arn', { value: role.roleArn });
    role.addToPrincipalPolicy(statement('sns:Publish'));
    role.addManagedPolicy(ManagedPolicy.fromAwsManagedPolicyName('C'));

    const template = Template.fromStack(stack);
    const managedArn = (name: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:iam::aws:policy/${name}`]] });
    template.templateMatches({
      Resources: {
        Lazy399F7F48: {
          Type: 'AWS::IAM::Role',
          Properties: { RoleName: 'lazy', Path: '/p/', ManagedPolicyArns: [managedArn('A'), managedArn('B'), managedArn('C')] },
        },
        LazyDefaultPolicy5055B4A2: {
          Type: 'AWS::IAM::Policy',
          Properties: {
            PolicyDocument: {
              Statement: [
                { Action: 's3:GetObject', Effect: 'Allow', Resource: '*' },
                { Action: 'sns:Publish', Effect: 'Allow', Resource: '*' },
              ],
            },
            Roles: [{ Ref: 'Lazy399F7F48' }],
          },
        },
      },
      Outputs: { Arn: { Value: { 'Fn::GetAtt': ['Lazy399F7F48', 'Arn'] } } },
    });
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: 'sqs:SendMessage', Effect: 'Allow', Resource: '*' }] },
      Roles: [{ Ref: 'Lazy399F7F48' }],
    });
  });

  test('grants on the role create it and point at its ARN', () => {
    const stack = newStack();
    const role = newLazyRole(stack);
    const user = new User(stack, 'User');
    role.grantPassRole(user);
    role.grant(user, 'iam:GetRole');
    role.grantAssumeRole(user);
    const arn = { 'Fn::GetAtt': ['Lazy399F7F48', 'Arn'] };
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [
          { Action: 'iam:PassRole', Effect: 'Allow', Resource: arn },
          { Action: 'iam:GetRole', Effect: 'Allow', Resource: arn },
          { Action: 'sts:AssumeRole', Effect: 'Allow', Resource: arn },
        ],
      },
    });
  });

  test('grantAssumeRole to a service principal is rejected', () => {
    const role = newLazyRole(newStack());
    assert.throws(() => role.grantAssumeRole(new ServicePrincipal('lambda.amazonaws.com')),
      /Cannot use a service or account principal with grantAssumeRole, use assumeRolePolicy instead/);
  });

  test('invalid role props are reported when the role is created, not before', () => {
    const role = newLazyRole(newStack(), { roleName: 'a b' });
    assert.throws(() => role.roleArn, /\[Stack\/Lazy\/Default\] Invalid roleName\./);
  });
});
