import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Construct } from 'constructs';
import { App, Stack } from '../../src/core';
import { Template } from '../../src/assertions';
import { AnyPrincipal, Group, ManagedPolicy, Policy, PolicyDocument, PolicyStatement, Role, User } from '../../src/aws-iam';

const newStack = () => new Stack(new App(), 'Stack');
const statement = (action = 'a:b') => new PolicyStatement({ actions: [action], resources: ['*'] });

describe('Policy', () => {
  test('an attached policy with statements renders, attached to roles, users and groups', () => {
    const stack = newStack();
    const role = new Role(stack, 'Role', { assumedBy: new AnyPrincipal() });
    const user = new User(stack, 'User');
    const group = new Group(stack, 'Group');
    new Policy(stack, 'P', { statements: [statement()], roles: [role], users: [user], groups: [group] });
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyName: 'P4E0919BE',
      Roles: [{ Ref: 'Role1ABCC5F0' }],
      Users: [{ Ref: 'User00B015A1' }],
      Groups: [{ Ref: 'GroupC77FDACD' }],
    });
  });

  test('the generated name keeps the last 128 characters of a long logical ID', () => {
    const stack = newStack();
    let scope: Construct = stack;
    for (let i = 0; i < 6; i++) { scope = new Construct(scope, `VeryLongConstructIdentifierNumber${i}`); }
    const role = new Role(scope, 'Role', { assumedBy: new AnyPrincipal() });
    role.addToPrincipalPolicy(statement());
    const policy = Template.fromStack(stack).findResources('AWS::IAM::Policy');
    const [logicalId, resource] = Object.entries(policy)[0];
    assert.equal(resource.Properties.PolicyName, logicalId.slice(logicalId.length - 128));
    assert.equal(resource.Properties.PolicyName.length, 128);
  });

  test('an unattached or empty policy is left out of the template', () => {
    const stack = newStack();
    new Policy(stack, 'Unattached', { statements: [statement()] });
    new Policy(stack, 'Empty', { roles: [new Role(stack, 'Role', { assumedBy: new AnyPrincipal() })] });
    Template.fromStack(stack).resourceCountIs('AWS::IAM::Policy', 0);
  });

  test('a forced policy must have statements and be attached', () => {
    const stack = newStack();
    new Policy(stack, 'Forced', { force: true });
    assert.throws(() => Template.fromStack(stack), (e: Error) =>
      e.message.includes('[Stack/Forced] Policy created with force=true is empty. You must add statements to the policy')
      && e.message.includes('[Stack/Forced] Policy created with force=true must be attached to at least one principal: user, group or role'));
  });

  test('reading the name of a policy makes it referenced: it must then have statements and be attached', () => {
    const stack = newStack();
    const policy = new Policy(stack, 'Referenced');
    assert.equal(stack.resolve(policy.policyName), 'ReferencedF956B00E');
    assert.throws(() => Template.fromStack(stack), (e: Error) =>
      e.message.includes('[Stack/Referenced] This Policy has been referenced by a resource, so it must contain at least one statement.')
      && e.message.includes('[Stack/Referenced] This Policy has been referenced by a resource, so it must be attached to at least one user, group or role.'));
  });

  test('a principal in a policy fails synthesis, naming the policy', () => {
    const stack = newStack();
    new Policy(stack, 'P', { statements: [new PolicyStatement({ actions: ['a:b'], resources: ['*'], principals: [new AnyPrincipal()] })] });
    assert.throws(() => Template.fromStack(stack), /\[Stack\/P\] A PolicyStatement used in an identity-based policy cannot specify any IAM principals\./);
  });

  test('a grant to the policy principal adds to the policy, which cannot be used in a trust policy', () => {
    const stack = newStack();
    const policy = new Policy(stack, 'P', { roles: [new Role(stack, 'R', { assumedBy: new AnyPrincipal() })] });
    policy.grantPrincipal.addToPrincipalPolicy(statement('s3:GetObject'));
    assert.equal(policy.document.statementCount, 1);
    assert.throws(() => policy.grantPrincipal.assumeRoleAction, /\[Stack\/P\] This grant operation needs to add a resource policy so needs access to a principal/);
  });

  test('fromPolicyName imports a policy by name', () => {
    assert.equal(Policy.fromPolicyName(newStack(), 'P', 'existing').policyName, 'existing');
  });
});

describe('ManagedPolicy', () => {
  test('renders description and path defaults, and lists the identities it is attached to', () => {
    const stack = newStack();
    const role = new Role(stack, 'Role', { assumedBy: new AnyPrincipal() });
    const policy = new ManagedPolicy(stack, 'MP', { statements: [statement()] });
    policy.attachToRole(role);
    policy.attachToRole(role);
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::IAM::ManagedPolicy', { Description: '', Path: '/', Roles: [{ Ref: 'Role1ABCC5F0' }] });
    assert.equal(template.toJSON().Resources.Role1ABCC5F0.Properties.ManagedPolicyArns, undefined, 'attachToRole leaves the role alone');
  });

  test('the ARN is a Ref, the name is read from the ARN', () => {
    const stack = newStack();
    const policy = new ManagedPolicy(stack, 'MP', { managedPolicyName: 'named', document: new PolicyDocument({ statements: [statement()] }) });
    assert.deepEqual(stack.resolve(policy.managedPolicyArn), { Ref: 'MPAF8D442C' });
    assert.deepEqual(stack.resolve(policy.managedPolicyName),
      { 'Fn::Select': [1, { 'Fn::Split': ['/', { 'Fn::Select': [5, { 'Fn::Split': [':', { Ref: 'MPAF8D442C' }] }] }] }] });
  });

  test('an empty managed policy fails synthesis', () => {
    const stack = newStack();
    new ManagedPolicy(stack, 'MP');
    assert.throws(() => Template.fromStack(stack), /\[Stack\/MP\] Managed Policy is empty\. You must add statements to the policy/);
  });

  test('AWS managed policies use the partition of the stack they are used in', () => {
    const stack = newStack();
    assert.deepEqual(stack.resolve(ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole').managedPolicyArn),
      { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/service-role/AWSLambdaBasicExecutionRole']] });
  });

  test('an AWS managed policy is not a construct: using it as one says so', () => {
    const policy = ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess');
    assert.throws(() => policy.node, /The result of fromAwsManagedPolicyName can not be used in this API/);
  });

  test('fromManagedPolicyName and fromManagedPolicyArn import customer managed policies', () => {
    const stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
    assert.deepEqual(stack.resolve(ManagedPolicy.fromManagedPolicyName(stack, 'N', 'name').managedPolicyArn),
      { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::123456789012:policy/name']] });
    assert.equal(ManagedPolicy.fromManagedPolicyArn(stack, 'A', 'arn:aws:iam::1:policy/p').managedPolicyArn, 'arn:aws:iam::1:policy/p');
  });
});

describe('User and Group', () => {
  test('a bare user renders without properties and gets a DefaultPolicy on first grant', () => {
    const stack = newStack();
    const user = new User(stack, 'User');
    user.addToPrincipalPolicy(statement());
    const resources = Template.fromStack(stack).toJSON().Resources;
    assert.deepEqual(resources.User00B015A1, { Type: 'AWS::IAM::User' });
    assert.deepEqual(resources.UserDefaultPolicy1F97781E.Properties.Users, [{ Ref: 'User00B015A1' }]);
  });

  test('users list their groups in the order they joined', () => {
    const stack = newStack();
    const user = new User(stack, 'User', { userName: 'u', path: '/p/' });
    const a = new Group(stack, 'A');
    const b = new Group(stack, 'B', { groupName: 'b' });
    user.addToGroup(a);
    b.addUser(user);
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::User', {
      Groups: [{ Ref: 'ACCC8ACD5' }, { Ref: 'B08E7C7AF' }], Path: '/p/', UserName: 'u',
    });
  });

  test('a group gets a DefaultPolicy listing the group', () => {
    const stack = newStack();
    const group = new Group(stack, 'Group');
    group.addToPrincipalPolicy(statement());
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', { Groups: [{ Ref: 'GroupC77FDACD' }], PolicyName: 'GroupDefaultPolicy402C318A' });
  });
});
