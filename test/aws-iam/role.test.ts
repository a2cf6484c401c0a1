import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { App, CfnParameter, CfnResource, Duration, Stack } from '../../src/core';
import { Match, Template } from '../../src/assertions';
import {
  AccountRootPrincipal, AnyPrincipal, ArnPrincipal, ManagedPolicy, Policy, PolicyDocument, PolicyStatement, Role, RoleGrants, ServicePrincipal, User,
} from '../../src/aws-iam';

function newStack(env?: { account: string; region: string }): Stack {
  return new Stack(new App(), 'Stack', env ? { env } : undefined);
}

const statement = (action = 's3:GetObject') => new PolicyStatement({ actions: [action], resources: ['*'] });

describe('Role', () => {
  test('renders the trust policy of the principal that assumes it', () => {
    const stack = newStack();
    new Role(stack, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    Template.fromStack(stack).templateMatches({
      Resources: {
        Role1ABCC5F0: {
          Type: 'AWS::IAM::Role',
          Properties: {
            AssumeRolePolicyDocument: {
              Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } }],
              Version: '2012-10-17',
            },
          },
        },
      },
    });
  });

  test('renders every prop, managed policies once each, inline policies in order', () => {
    const stack = newStack();
    const basic = ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole');
    const role = new Role(stack, 'Role', {
      assumedBy: new AccountRootPrincipal(),
      managedPolicies: [basic, ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole')],
      inlinePolicies: { zeta: new PolicyDocument({ statements: [statement()] }), alpha: new PolicyDocument({ statements: [statement('s3:PutObject')] }) },
      path: '/app/',
      roleName: 'my-role',
      maxSessionDuration: Duration.hours(2),
      description: 'A role',
      permissionsBoundary: ManagedPolicy.fromAwsManagedPolicyName('PowerUserAccess'),
    });
    role.addManagedPolicy(basic);
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Role', {
      ManagedPolicyArns: [{ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/service-role/AWSLambdaBasicExecutionRole']] }],
      Policies: [Match.objectLike({ PolicyName: 'zeta' }), Match.objectLike({ PolicyName: 'alpha' })],
      Path: '/app/',
      RoleName: 'my-role',
      MaxSessionDuration: 7200,
      Description: 'A role',
      PermissionsBoundary: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/PowerUserAccess']] },
    });
  });

  test('external IDs become an sts:ExternalId condition (one ID as a string)', () => {
    const stack = newStack();
    new Role(stack, 'One', { assumedBy: new AnyPrincipal(), externalIds: ['a'] });
    new Role(stack, 'Two', { assumedBy: new AnyPrincipal(), externalIds: ['a', 'b'] });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::IAM::Role', { AssumeRolePolicyDocument: { Statement: [Match.objectLike({ Condition: { StringEquals: { 'sts:ExternalId': 'a' } } })] } });
    template.hasResourceProperties('AWS::IAM::Role', { AssumeRolePolicyDocument: { Statement: [Match.objectLike({ Condition: { StringEquals: { 'sts:ExternalId': ['a', 'b'] } } })] } });
  });

  test('addToPrincipalPolicy creates the DefaultPolicy once, named after its logical ID', () => {
    const stack = newStack();
    const role = new Role(stack, 'MyRole', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    assert.equal(stack.node.tryFindChild('MyRole')!.node.tryFindChild('DefaultPolicy'), undefined);
    role.addToPrincipalPolicy(statement());
    assert.equal(role.addToPolicy(statement('s3:PutObject')), true);
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::IAM::Policy', 1);
    template.hasResource('AWS::IAM::Policy', {
      Properties: {
        PolicyName: 'MyRoleDefaultPolicyA36BE1DD',
        Roles: [{ Ref: 'MyRoleF48FFE04' }],
        PolicyDocument: { Statement: [Match.objectLike({ Action: 's3:GetObject' }), Match.objectLike({ Action: 's3:PutObject' })] },
      },
    });
  });

  test('a construct that depends on the role also depends on its default policy', () => {
    const stack = newStack();
    const role = new Role(stack, 'MyRole', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    role.addToPrincipalPolicy(statement());
    const fn = new CfnResource(stack, 'Fn', { type: 'AWS::Lambda::Function', properties: { Role: role.roleArn } });
    fn.node.addDependency(role);
    const dependsOn = Template.fromStack(stack).toJSON().Resources.Fn.DependsOn;
    assert.deepEqual([...dependsOn].sort(), ['MyRoleDefaultPolicyA36BE1DD', 'MyRoleF48FFE04']);
  });

  test('the policy dependable of a statement is its policy', () => {
    const stack = newStack();
    const role = new Role(stack, 'MyRole', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    const result = role.addToPrincipalPolicy(statement());
    const consumer = new CfnResource(stack, 'Consumer', { type: 'X::Y' });
    consumer.node.addDependency(result.policyDependable!);
    assert.deepEqual(Template.fromStack(stack).toJSON().Resources.Consumer.DependsOn, ['MyRoleDefaultPolicyA36BE1DD']);
  });

  test('attachInlinePolicy attaches a policy once', () => {
    const stack = newStack();
    const role = new Role(stack, 'Role', { assumedBy: new AnyPrincipal() });
    const policy = new Policy(stack, 'Policy', { statements: [statement()] });
    role.attachInlinePolicy(policy);
    role.attachInlinePolicy(policy);
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', { Roles: [{ Ref: 'Role1ABCC5F0' }] });
  });

  test('two attached policies with the same name are rejected', () => {
    const stack = newStack();
    const role = new Role(stack, 'Role', { assumedBy: new AnyPrincipal() });
    role.attachInlinePolicy(new Policy(stack, 'P1', { policyName: 'same', statements: [statement()] }));
    assert.throws(() => role.attachInlinePolicy(new Policy(stack, 'P2', { policyName: 'same', statements: [statement()] })),
      /\[Stack\/P2\] A policy named "same" is already attached/);
  });

  test('roleArn, roleName and roleId reference the role', () => {
    const stack = newStack();
    const role = new Role(stack, 'Role', { assumedBy: new AnyPrincipal() });
    assert.deepEqual(stack.resolve([role.roleArn, role.roleName, role.roleId]), [
      { 'Fn::GetAtt': ['Role1ABCC5F0', 'Arn'] }, { Ref: 'Role1ABCC5F0' }, { 'Fn::GetAtt': ['Role1ABCC5F0', 'RoleId'] },
    ]);
    assert.deepEqual(stack.resolve(role.policyFragment.principalJson), { AWS: [{ 'Fn::GetAtt': ['Role1ABCC5F0', 'Arn'] }] });
  });

  test('an ARN used in another environment is formatted from the explicit role name and path', () => {
    const app = new App();
    const producer = new Stack(app, 'Producer', { env: { account: '222222222222', region: 'us-east-1' } });
    const consumer = new Stack(app, 'Consumer', { env: { account: '111111111111', region: 'us-east-1' } });
    const role = new Role(producer, 'Role', { assumedBy: new AnyPrincipal(), roleName: 'fixed', path: '/p/q/' });
    assert.deepEqual(consumer.resolve(role.roleArn), { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::222222222222:role/p/q/fixed']] });
  });

  test('grant, grantPassRole and grantAssumeRole add identity statements on the role ARN', () => {
    const stack = newStack();
    const role = new Role(stack, 'Role', { assumedBy: new AnyPrincipal() });
    const user = new User(stack, 'User');
    role.grantPassRole(user);
    role.grantAssumeRole(user);
    role.grant(user, 'iam:GetRole');
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [
          { Action: 'iam:PassRole', Effect: 'Allow', Resource: { 'Fn::GetAtt': ['Role1ABCC5F0', 'Arn'] } },
          { Action: 'sts:AssumeRole', Effect: 'Allow', Resource: { 'Fn::GetAtt': ['Role1ABCC5F0', 'Arn'] } },
          { Action: 'iam:GetRole', Effect: 'Allow', Resource: { 'Fn::GetAtt': ['Role1ABCC5F0', 'Arn'] } },
        ],
      },
      Users: [{ Ref: 'User00B015A1' }],
    });
  });

  test('role.grants and RoleGrants.fromRole offer passRole and assumeRole', () => {
    const stack = newStack();
    const role = new Role(stack, 'Role', { assumedBy: new AnyPrincipal() });
    const user = new User(stack, 'User');
    assert.deepEqual(stack.resolve(role.grants.passRole(user).principalStatement!.toStatementJson()),
      { Action: 'iam:PassRole', Effect: 'Allow', Resource: { 'Fn::GetAtt': ['Role1ABCC5F0', 'Arn'] } });
    assert.equal(RoleGrants.fromRole(role).assumeRole(user).principalStatement!.actions[0], 'sts:AssumeRole');
    assert.throws(() => role.grants.assumeRole(new ServicePrincipal('x')), /Cannot use a service or account principal with grantAssumeRole/);
  });

  test('grantAssumeRole rejects service and account principals, naming the principal', () => {
    const role = new Role(newStack(), 'Role', { assumedBy: new AnyPrincipal() });
    assert.throws(() => role.grantAssumeRole(new ServicePrincipal('lambda.amazonaws.com')),
      /\[Stack\/Role\] Cannot use a service or account principal with grantAssumeRole, use assumeRolePolicy instead \(got ServicePrincipal\(lambda.amazonaws.com\)\)/);
    assert.throws(() => role.grantAssumeRole(new AccountRootPrincipal()), /Cannot use a service or account principal with grantAssumeRole/);
  });

  test('grants to a principal without a policy are not successful', () => {
    const role = new Role(newStack(), 'Role', { assumedBy: new AnyPrincipal() });
    assert.equal(role.grantAssumeRole(new ArnPrincipal('arn:aws:iam::1:user/u')).success, false);
  });

  test('withoutPolicyUpdates returns the same immutable role every time, which adds no policy', () => {
    const stack = newStack();
    const role = new Role(stack, 'Role', { assumedBy: new AnyPrincipal() });
    const immutable = role.withoutPolicyUpdates();
    assert.equal(role.withoutPolicyUpdates(), immutable);
    assert.equal(immutable.node.path, 'Stack/ImmutableRoleRole');
    assert.equal(immutable.addToPrincipalPolicy(statement()).statementAdded, true);
    assert.equal(immutable.roleArn, role.roleArn);
    Template.fromStack(stack).resourceCountIs('AWS::IAM::Policy', 0);
  });
});

describe('Role validation', () => {
  const stack = () => newStack();

  test('a roleName that IAM rejects is reported with the name', () => {
    assert.throws(() => new Role(stack(), 'R', { assumedBy: new AnyPrincipal(), roleName: 'x'.repeat(65) }),
      /\[Stack\/R\] Invalid roleName\. .* Length must be between 1 and 64 characters\. Got 'x{65}' \(65 characters\)\./);
    assert.throws(() => new Role(stack(), 'R', { assumedBy: new AnyPrincipal(), roleName: 'has space' }), /Invalid roleName/);
  });

  test('a path must be slash-delimited and at most 512 characters', () => {
    assert.throws(() => new Role(stack(), 'R', { assumedBy: new AnyPrincipal(), path: 'abc' }),
      /Role path must be either a slash or valid characters \(alphanumerics and symbols\) surrounded by slashes\. .* However, abc is provided\./);
    assert.throws(() => new Role(stack(), 'R', { assumedBy: new AnyPrincipal(), path: `/${'x'.repeat(600)}/` }),
      /Role path must be between 1 and 512 characters\. The provided role path is 602 characters\./);
  });

  test('a description is at most 1000 characters', () => {
    assert.throws(() => new Role(stack(), 'R', { assumedBy: new AnyPrincipal(), description: 'x'.repeat(1001) }),
      /Role description must be no longer than 1000 characters \(got 1001\)\./);
  });

  test('maxSessionDuration must be between 1 and 12 hours', () => {
    assert.throws(() => new Role(stack(), 'R', { assumedBy: new AnyPrincipal(), maxSessionDuration: Duration.minutes(30) }),
      /maxSessionDuration is set to 1800, but must be >= 3600sec \(1hr\) and <= 43200sec \(12hrs\)/);
    assert.throws(() => new Role(stack(), 'R', { assumedBy: new AnyPrincipal(), maxSessionDuration: Duration.hours(13) }),
      /maxSessionDuration is set to 46800/);
  });

  test('a principal in the default policy fails synthesis, naming the policy', () => {
    const s = stack();
    new Role(s, 'R', { assumedBy: new AnyPrincipal() }).addToPrincipalPolicy(
      new PolicyStatement({ actions: ['a:b'], resources: ['*'], principals: [new AnyPrincipal()] }));
    assert.throws(() => Template.fromStack(s),
      /\[Stack\/R\/DefaultPolicy\] A PolicyStatement used in an identity-based policy cannot specify any IAM principals\./);
  });

  test('a statement without resources in the default policy fails synthesis', () => {
    const s = stack();
    new Role(s, 'R', { assumedBy: new AnyPrincipal() }).addToPrincipalPolicy(new PolicyStatement({ actions: ['a:b'] }));
    assert.throws(() => Template.fromStack(s), /\[Stack\/R\/DefaultPolicy\] A PolicyStatement used in an identity-based policy must specify at least one resource\./);
  });

  test('a trust policy statement without a principal fails synthesis, naming the role', () => {
    const s = stack();
    const role = new Role(s, 'R', { assumedBy: new AnyPrincipal() });
    role.assumeRolePolicy!.addStatements(new PolicyStatement({ actions: ['sts:AssumeRole'] }));
    assert.throws(() => Template.fromStack(s), /\[Stack\/R\] A PolicyStatement used in a trust policy must specify at least one IAM principal\./);
  });

  test('an inline policy with a principal fails synthesis, naming the role', () => {
    const s = stack();
    new Role(s, 'R', {
      assumedBy: new AnyPrincipal(),
      inlinePolicies: { x: new PolicyDocument({ statements: [new PolicyStatement({ actions: ['a:b'], resources: ['*'], principals: [new AnyPrincipal()] })] }) },
    });
    assert.throws(() => Template.fromStack(s), /\[Stack\/R\] A PolicyStatement used in an identity-based policy cannot specify any IAM principals\./);
  });
});

describe('Role.fromRoleArn', () => {
  const env = { account: '123456789012', region: 'us-east-1' };

  test('a role of the stack account gets a Policy named Policy listing the role name (last path part)', () => {
    const stack = newStack(env);
    const role = Role.fromRoleArn(stack, 'Imported', 'arn:aws:iam::123456789012:role/service-role/MyRole');
    role.addToPrincipalPolicy(statement());
    assert.equal(role.roleName, 'MyRole');
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', { PolicyName: 'ImportedPolicy6F5EAEFA', Roles: ['MyRole'] });
  });

  test('defaultPolicyName names the policy construct', () => {
    const stack = newStack(env);
    Role.fromRoleArn(stack, 'Imported', 'arn:aws:iam::123456789012:role/R', { defaultPolicyName: 'Mine' }).addToPrincipalPolicy(statement());
    assert.ok(stack.node.findChild('Imported').node.tryFindChild('Mine'));
  });

  test('immutable and foreign roles add no policy but report the statement as added', () => {
    const stack = newStack(env);
    const immutable = Role.fromRoleArn(stack, 'Immutable', 'arn:aws:iam::123456789012:role/R', { mutable: false });
    const foreign = Role.fromRoleArn(stack, 'Foreign', 'arn:aws:iam::999999999999:role/R');
    assert.equal(immutable.addToPrincipalPolicy(statement()).statementAdded, true);
    assert.equal(foreign.addToPrincipalPolicy(statement()).statementAdded, true);
    assert.equal(foreign.env.account, '999999999999');
    assert.equal(immutable.node.path, 'Stack/Immutable');
    Template.fromStack(stack).resourceCountIs('AWS::IAM::Policy', 0);
  });

  test('addGrantsToResources makes an immutable role refuse statements, so grants go to resources', () => {
    const role = Role.fromRoleArn(newStack(env), 'R', 'arn:aws:iam::123456789012:role/R', { mutable: false, addGrantsToResources: true });
    assert.equal(role.addToPrincipalPolicy(statement()).statementAdded, false);
  });

  test('a token ARN is split at deployment for the name and the account', () => {
    const stack = newStack(env);
    const role = Role.fromRoleArn(stack, 'R', new CfnParameter(stack, 'Arn').valueAsString);
    const arnParts = { 'Fn::Split': [':', { Ref: 'Arn' }] };
    assert.deepEqual(stack.resolve(role.roleName), { 'Fn::Select': [1, { 'Fn::Split': ['/', { 'Fn::Select': [5, arnParts] }] }] });
    assert.deepEqual(stack.resolve(role.principalAccount), { 'Fn::Select': [4, arnParts] });
  });

  test('an imported role is an AWS principal of its ARN, made once, in a resource policy', () => {
    const stack = newStack(env);
    const role = Role.fromRoleArn(stack, 'R', 'arn:aws:iam::123456789012:role/R');
    assert.equal(role.policyFragment, role.policyFragment);
    assert.deepEqual(role.policyFragment.principalJson, { AWS: ['arn:aws:iam::123456789012:role/R'] });
    const document = new PolicyDocument({ statements: [new PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'], principals: [role] })] });
    assert.deepEqual(stack.resolve(document.toJSON()).Statement[0].Principal, { AWS: 'arn:aws:iam::123456789012:role/R' });
  });

  test('fromRoleName builds the ARN in the stack account and partition', () => {
    const stack = newStack(env);
    const role = Role.fromRoleName(stack, 'R', 'named');
    assert.deepEqual(stack.resolve(role.roleArn), { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::123456789012:role/named']] });
  });

  test('adding an imported managed policy to an imported role warns', () => {
    const stack = newStack(env);
    const role = Role.fromRoleArn(stack, 'R', 'arn:aws:iam::123456789012:role/R');
    role.addManagedPolicy(ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess'));
    const warnings = role.node.metadata.filter((m) => m.type === 'aws:cdk:warning');
    assert.equal(warnings.length, 1);
    assert.match(String(warnings[0].data), /Can't combine imported IManagedPolicy: .* to imported role IRole: R\. Use ManagedPolicy directly\. \[ack: @aws-cdk\/aws-iam:IRoleCantBeUsedWithIManagedPolicy\]/);
  });
});
