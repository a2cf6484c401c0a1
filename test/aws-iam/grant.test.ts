import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Construct } from 'constructs';
import { App, CfnResource, Resource, Stack } from '../../src/core';
import { Template } from '../../src/assertions';
import {
  AccountPrincipal, AddToResourcePolicyResult, AnyPrincipal, Grant, IResourceWithPolicy, PolicyDocument, PolicyStatement, Role,
  ServicePrincipal, User,
} from '../../src/aws-iam';

/** A resource with a resource policy whose acceptance can be switched off. */
class Bucket extends Resource implements IResourceWithPolicy {
  public readonly policy = new PolicyDocument();
  public readonly cfn: CfnResource;
  public readonly arn: string;
  constructor(scope: Construct, id: string, private readonly accepts = true) {
    super(scope, id);
    this.cfn = new CfnResource(this, 'Resource', { type: 'AWS::S3::Bucket' });
    this.arn = this.cfn.getAtt('Arn').toString();
  }
  public addToResourcePolicy(statement: PolicyStatement): AddToResourcePolicyResult {
    if (!this.accepts) { return { statementAdded: false }; }
    this.policy.addStatements(statement);
    return { statementAdded: true, policyDependable: this.cfn };
  }
}

function setup(env = { account: '111111111111', region: 'us-east-1' }) {
  const app = new App();
  const stack = new Stack(app, 'Stack', { env });
  const bucket = new Bucket(stack, 'Bucket');
  const role = new Role(stack, 'Role', { assumedBy: new AnyPrincipal() });
  return { app, stack, bucket, role };
}

const dependsOn = (stack: Stack, id: string) => Template.fromStack(stack).toJSON().Resources[id].DependsOn;

describe('Grant.addToPrincipalOrResource', () => {
  test('a principal in the resource account gets the statement in its own policy only', () => {
    const { stack, bucket, role } = setup();
    const grant = Grant.addToPrincipalOrResource({ grantee: role, actions: ['s3:GetObject'], resourceArns: [bucket.arn], resource: bucket });
    assert.equal(grant.success, true);
    assert.ok(grant.principalStatement);
    assert.equal(grant.resourceStatement, undefined);
    assert.equal(bucket.policy.isEmpty, true);
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', { PolicyDocument: { Statement: [{ Action: 's3:GetObject', Effect: 'Allow', Resource: { 'Fn::GetAtt': ['Bucket83908E77', 'Arn'] } }] } });
  });

  test('a principal without a policy of its own is added to the resource policy', () => {
    const { stack, bucket } = setup();
    const grant = Grant.addToPrincipalOrResource({ grantee: new ServicePrincipal('events.amazonaws.com'), actions: ['s3:PutObject'], resourceArns: [bucket.arn], resource: bucket });
    assert.equal(grant.principalStatement, undefined);
    assert.deepEqual(stack.resolve(grant.resourceStatement!.toStatementJson()), {
      Action: 's3:PutObject', Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Resource: { 'Fn::GetAtt': ['Bucket83908E77', 'Arn'] },
    });
  });

  test('a principal in another account gets the statement on both sides; the grant reports the resource side', () => {
    const { bucket, stack } = setup();
    const partner = Role.fromRoleArn(stack, 'Partner', 'arn:aws:iam::111111111111:role/partner');
    const foreign = new AccountPrincipal('222222222222');
    const grant = Grant.addToPrincipalOrResource({ grantee: foreign, actions: ['s3:GetObject'], resourceArns: ['*'], resource: bucket });
    assert.ok(grant.resourceStatement);
    const tokenAccount = Role.fromRoleArn(stack, 'Token', new CfnResource(stack, 'X', { type: 'X::Y' }).ref);
    const both = Grant.addToPrincipalOrResource({ grantee: tokenAccount, actions: ['s3:ListBucket'], resourceArns: ['*'], resource: bucket });
    assert.equal(both.principalStatement, undefined);
    assert.ok(both.resourceStatement);
    assert.equal(bucket.policy.statementCount, 2);
    assert.ok(tokenAccount.node.tryFindChild('Policy'), 'the role in an unknown account also gets a policy');
    assert.equal(partner.node.tryFindChild('Policy'), undefined);
  });

  test('resourceSelfArns replace the ARNs in the resource statement', () => {
    const { bucket, stack } = setup();
    const grant = Grant.addToPrincipalOrResource({ grantee: new ServicePrincipal('x'), actions: ['s3:GetObject'], resourceArns: [bucket.arn], resourceSelfArns: ['*'], resource: bucket });
    assert.equal(stack.resolve(grant.resourceStatement!.toStatementJson()).Resource, '*');
  });

  test('applyBefore makes constructs depend on the policy that carries the grant', () => {
    const { stack, bucket, role } = setup();
    const toRole = Grant.addToPrincipalOrResource({ grantee: role, actions: ['s3:GetObject'], resourceArns: ['*'], resource: bucket });
    const toBucket = Grant.addToPrincipalOrResource({ grantee: new ServicePrincipal('x'), actions: ['s3:GetObject'], resourceArns: ['*'], resource: bucket });
    toRole.applyBefore(new CfnResource(stack, 'A', { type: 'X::Y' }));
    toBucket.applyBefore(new CfnResource(stack, 'B', { type: 'X::Y' }));
    toRole.combine(toBucket).applyBefore(new CfnResource(stack, 'C', { type: 'X::Y' }));
    assert.deepEqual(dependsOn(stack, 'A'), ['RoleDefaultPolicy5FFB7DAB']);
    assert.deepEqual(dependsOn(stack, 'B'), ['Bucket83908E77']);
    assert.deepEqual([...dependsOn(stack, 'C')].sort(), ['Bucket83908E77', 'RoleDefaultPolicy5FFB7DAB']);
  });

  test('a resource that does not take the statement still yields a successful grant, with nothing to depend on', () => {
    const { stack } = setup();
    const closed = new Bucket(stack, 'Closed', false);
    const grant = Grant.addToPrincipalOrResource({ grantee: new ServicePrincipal('x'), actions: ['s3:GetObject'], resourceArns: ['*'], resource: closed });
    assert.equal(grant.success, true);
    grant.applyBefore(new CfnResource(stack, 'D', { type: 'X::Y' }));
    assert.equal(dependsOn(stack, 'D'), undefined);
  });
});

describe('Grant.addToPrincipal and friends', () => {
  test('a principal without a policy makes an unsuccessful grant, and assertSuccess names it', () => {
    const grant = Grant.addToPrincipal({ grantee: new ServicePrincipal('x.amazonaws.com'), actions: ['a:b', 'a:c'], resourceArns: ['r1', 'r2'] });
    assert.equal(grant.success, false);
    assert.throws(() => grant.assertSuccess(),
      /Permissions for 'ServicePrincipal\(x.amazonaws.com\)' to call 'a:b,a:c' on 'r1,r2' could not be added on either identity or resource policy\./);
  });

  test('conditions are part of the principal statement', () => {
    const { role, stack } = setup();
    const grant = Grant.addToPrincipal({ grantee: role, actions: ['a:b'], resourceArns: ['r'], conditions: { Bool: { 'aws:SecureTransport': 'true' } } });
    assert.deepEqual(stack.resolve(grant.principalStatement!.toStatementJson()).Condition, { Bool: { 'aws:SecureTransport': 'true' } });
  });

  test('a principal that adds a statement without a dependable breaks the contract', () => {
    const custom: any = { assumeRoleAction: 'sts:AssumeRole', policyFragment: new AnyPrincipal().policyFragment, addToPrincipalPolicy: () => ({ statementAdded: true }) };
    custom.grantPrincipal = custom;
    assert.throws(() => Grant.addToPrincipal({ grantee: custom, actions: ['a:b'], resourceArns: ['*'] }),
      /Contract violation: when Principal returns statementAdded=true, it should return a dependable/);
  });

  test('addToPrincipalAndResource adds both statements and depends on both policies', () => {
    const { stack, bucket, role } = setup();
    const grant = Grant.addToPrincipalAndResource({ grantee: role, actions: ['s3:GetObject'], resourceArns: [bucket.arn], resource: bucket, resourceSelfArns: ['*'] });
    assert.equal(bucket.policy.statementCount, 1);
    assert.equal(stack.resolve(grant.principalStatement!.toStatementJson()).Resource, '*', 'aws-cdk-lib reports the resource statement here');
    grant.applyBefore(new CfnResource(stack, 'E', { type: 'X::Y' }));
    assert.deepEqual([...dependsOn(stack, 'E')].sort(), ['Bucket83908E77', 'RoleDefaultPolicy5FFB7DAB']);
  });

  test('drop makes an unsuccessful grant that names the grantee', () => {
    const { role } = setup();
    const grant = Grant.drop(role, 'nothing');
    assert.equal(grant.success, false);
    assert.deepEqual([grant.principalStatements, grant.resourceStatements], [[], []]);
    assert.throws(() => grant.assertSuccess(), /Permissions for 'Stack\/Role' to call '' on '' could not be added/);
  });

  test('combine joins statements; success if either side succeeded', () => {
    const { role, stack } = setup();
    const user = new User(stack, 'U');
    const a = Grant.addToPrincipal({ grantee: role, actions: ['a:b'], resourceArns: ['*'] });
    const b = Grant.addToPrincipal({ grantee: user, actions: ['a:c'], resourceArns: ['*'] });
    const combined = a.combine(b);
    assert.equal(combined.principalStatements.length, 2);
    assert.equal(combined.principalStatement, a.principalStatement);
    assert.equal(Grant.drop(role, 'x').combine(a).success, true);
    assert.equal(Grant.drop(role, 'x').combine(Grant.drop(role, 'y')).success, false);
  });
});

describe('Grant.addStatementToResourcePolicy', () => {
  test('adds the statement as given and depends on the resource policy', () => {
    const { stack, bucket } = setup();
    const statement = new PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'], principals: [new ServicePrincipal('x')] });
    const grant = Grant.addStatementToResourcePolicy({ resource: bucket, statement });
    assert.equal(grant.resourceStatement, statement);
    assert.equal(grant.success, true);
    grant.applyBefore(new CfnResource(stack, 'F', { type: 'X::Y' }));
    assert.deepEqual(dependsOn(stack, 'F'), ['Bucket83908E77']);
    assert.equal(bucket.policy.statementCount, 1);
  });
});
