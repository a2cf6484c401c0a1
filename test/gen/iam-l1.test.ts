import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { CfnManagedPolicy, CfnRole, CfnRolePolicy } from '../../src/aws-iam/iam.generated';
import { json, ORACLE, synthesize } from './synthesize';

test('JSON documents keep their keys as given while the properties around them are converted', () => {
  const resources = synthesize(s => new CfnRole(s, 'R', {
    roleName: 'n',
    assumeRolePolicyDocument: { Version: '2012-10-17', statement: [{ lowerKey: 1, Effect: 'Allow' }] },
    policies: [{ policyName: 'p', policyDocument: { myKey: { nested: 1 } } }],
    managedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
    maxSessionDuration: 3600,
    tags: [{ key: 'k', value: 'v' }],
  }));
  assert.equal(json(resources), json(ORACLE.roleWithJson));
});

test('a policy document that is not an object fails at synthesis, as aws-cdk-lib keeps its original JSON type', () => {
  assert.throws(() => synthesize(s => new CfnRole(s, 'R', { assumeRolePolicyDocument: 'text' })),
    /\[S\/R\] Invalid properties for AWS::IAM::Role \(CfnRoleProps\): assumeRolePolicyDocument must be an object, got "text"/);
});

test('a composite identifier splits the Ref into the fields of the reference', () => {
  const resources = synthesize(s => {
    const p = new CfnRolePolicy(s, 'P', { policyName: 'p', roleName: 'r', policyDocument: {} });
    new CfnManagedPolicy(s, 'M', { policyDocument: {}, description: p.rolePolicyRef.roleName });
  });
  assert.deepEqual(resources.M.Properties.Description, { 'Fn::Select': [1, { 'Fn::Split': ['|', { Ref: 'P' }] }] });
});

test('CfnRole.roleRef gives the name by Ref and the ARN by GetAtt', () => {
  const resources = synthesize(s => {
    const r = new CfnRole(s, 'R', { assumeRolePolicyDocument: {} });
    new CfnManagedPolicy(s, 'M', { policyDocument: {}, roles: [r], description: r.roleRef.roleArn });
  });
  assert.deepEqual(resources.M.Properties, {
    Description: { 'Fn::GetAtt': ['R', 'Arn'] },
    PolicyDocument: {},
    Roles: [{ Ref: 'R' }],
  });
});
