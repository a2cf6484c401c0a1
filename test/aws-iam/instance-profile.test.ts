import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { App, CfnOutput, Fn, PhysicalName, Stack } from '../../src/core';
import { Template } from '../../src/assertions';
import { InstanceProfile, Role, ServicePrincipal, User } from '../../src/aws-iam';

function newStack(): Stack {
  return new Stack(new App(), 'Stack');
}

const EC2_TRUST = {
  Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' } }],
  Version: '2012-10-17',
};

describe('InstanceProfile', () => {
  test('creates a role assumable by EC2 when none is given', () => {
    const stack = newStack();
    const profile = new InstanceProfile(stack, 'Profile');
    Template.fromStack(stack).templateMatches({
      Resources: {
        ProfileInstanceRoleF9703294: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: EC2_TRUST } },
        Profile6F32097C: { Type: 'AWS::IAM::InstanceProfile', Properties: { Roles: [{ Ref: 'ProfileInstanceRoleF9703294' }] } },
      },
    });
    assert.ok(profile.role instanceof Role);
    assert.equal(profile.role.node.path, 'Stack/Profile/InstanceRole');
  });

  test('uses the given role, name and path', () => {
    const stack = newStack();
    const role = Role.fromRoleName(stack, 'Existing', 'existing-role');
    const profile = new InstanceProfile(stack, 'Profile', { role, instanceProfileName: 'web', path: '/web/' });
    assert.equal(profile.role, role);
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::IAM::Role', 0);
    template.hasResourceProperties('AWS::IAM::InstanceProfile', { InstanceProfileName: 'web', Path: '/web/', Roles: ['existing-role'] });
  });

  test('name and ARN are the Ref and the Arn attribute within the stack', () => {
    const stack = newStack();
    const profile = new InstanceProfile(stack, 'Profile', { instanceProfileName: 'web' });
    assert.deepEqual(stack.resolve(profile.instanceProfileName), { Ref: 'Profile6F32097C' });
    assert.deepEqual(stack.resolve(profile.instanceProfileArn), { 'Fn::GetAtt': ['Profile6F32097C', 'Arn'] });
    assert.deepEqual(stack.resolve(profile.instanceProfileRef), {
      instanceProfileName: { Ref: 'Profile6F32097C' },
      instanceProfileArn: { 'Fn::GetAtt': ['Profile6F32097C', 'Arn'] },
    });
  });

  test('seen from another account, the ARN carries the path and the name', () => {
    const app = new App();
    const producer = new Stack(app, 'Producer', { env: { account: '111111111111', region: 'us-east-1' } });
    const consumer = new Stack(app, 'Consumer', { env: { account: '222222222222', region: 'us-east-1' } });
    const profile = new InstanceProfile(producer, 'Profile', { instanceProfileName: 'web', path: '/a/b/' });
    new CfnOutput(consumer, 'Arn', { value: profile.instanceProfileArn });
    new CfnOutput(consumer, 'Name', { value: profile.instanceProfileName });
    const template = Template.fromStack(consumer);
    template.hasOutput('Arn', { Value: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::111111111111:instance-profile/a/b/web']] } });
    template.hasOutput('Name', { Value: 'web' });
  });

  test('GENERATE_IF_NEEDED generates a name when referenced from another account', () => {
    const app = new App();
    const producer = new Stack(app, 'Producer', { env: { account: '111111111111', region: 'us-east-1' } });
    const consumer = new Stack(app, 'Consumer', { env: { account: '222222222222', region: 'us-east-1' } });
    const profile = new InstanceProfile(producer, 'Profile', { instanceProfileName: PhysicalName.GENERATE_IF_NEEDED });
    new CfnOutput(consumer, 'Arn', { value: profile.instanceProfileArn });
    const name = Template.fromStack(producer).findResources('AWS::IAM::InstanceProfile').Profile6F32097C.Properties.InstanceProfileName;
    assert.match(name, /^producerproducerprofile[0-9a-f]+$/);
  });

  test('an unnamed profile cannot be used from another account', () => {
    const app = new App();
    const producer = new Stack(app, 'Producer', { env: { account: '111111111111', region: 'us-east-1' } });
    const consumer = new Stack(app, 'Consumer', { env: { account: '222222222222', region: 'us-east-1' } });
    const profile = new InstanceProfile(producer, 'Profile');
    new CfnOutput(consumer, 'Arn', { value: profile.instanceProfileArn });
    assert.throws(() => app.synth(), /cross-environment/);
  });

  test('the created role can be passed', () => {
    const stack = newStack();
    const profile = new InstanceProfile(stack, 'Profile');
    profile.role.grantPassRole(new User(stack, 'User'));
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: 'iam:PassRole', Effect: 'Allow', Resource: { 'Fn::GetAtt': ['ProfileInstanceRoleF9703294', 'Arn'] } }] },
    });
  });
});

describe('InstanceProfile imports', () => {
  test('fromInstanceProfileName formats the ARN in the account of the stack', () => {
    const stack = newStack();
    const profile = InstanceProfile.fromInstanceProfileName(stack, 'Imported', 'legacy');
    assert.equal(profile.instanceProfileName, 'legacy');
    assert.equal(profile.role, undefined);
    assert.deepEqual(stack.resolve(profile.instanceProfileArn), {
      'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'AWS::AccountId' }, ':instance-profile/legacy']],
    });
  });

  test('fromInstanceProfileArn takes the name after the path', () => {
    const stack = newStack();
    const profile = InstanceProfile.fromInstanceProfileArn(stack, 'Imported', 'arn:aws:iam::123456789012:instance-profile/ops/batch');
    assert.equal(profile.instanceProfileName, 'batch');
    assert.equal(profile.instanceProfileArn, 'arn:aws:iam::123456789012:instance-profile/ops/batch');
    assert.deepEqual(profile.instanceProfileRef, { instanceProfileName: 'batch', instanceProfileArn: profile.instanceProfileArn });
  });

  test('fromInstanceProfileArn of a token splits the name at deployment', () => {
    const stack = newStack();
    const profile = InstanceProfile.fromInstanceProfileArn(stack, 'Imported', Fn.importValue('ProfileArn'));
    assert.deepEqual(stack.resolve(profile.instanceProfileName), {
      'Fn::Select': [1, { 'Fn::Split': [':instance-profile/', { 'Fn::ImportValue': 'ProfileArn' }] }],
    });
  });

  test('fromInstanceProfileAttributes keeps the role', () => {
    const stack = newStack();
    const role = new Role(stack, 'Role', { assumedBy: new ServicePrincipal('ec2.amazonaws.com') });
    const profile = InstanceProfile.fromInstanceProfileAttributes(stack, 'Imported', {
      instanceProfileArn: 'arn:aws:iam::123456789012:instance-profile/p', role,
    });
    assert.equal(profile.role, role);
    assert.equal(profile.instanceProfileName, 'p');
  });

  test('an ARN of another resource type, without a name, or not an ARN at all is rejected', () => {
    const stack = newStack();
    assert.throws(() => InstanceProfile.fromInstanceProfileArn(stack, 'A', 'arn:aws:iam::123456789012:role/x'),
      /expected resource type 'instance-profile'.*got 'role'/i);
    assert.throws(() => InstanceProfile.fromInstanceProfileArn(stack, 'B', 'arn:aws:iam::123456789012:instance-profile'),
      /resource name/i);
    assert.throws(() => InstanceProfile.fromInstanceProfileArn(stack, 'C', 'not-an-arn'), /not-an-arn/);
  });
});
