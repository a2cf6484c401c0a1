import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { App, Stack } from '../../src/core';
import { Template } from '../../src/assertions';
import { Role, ServicePrincipal } from '../../src/aws-iam';
import { BlockPublicAccess, Bucket, BucketEncryption, BucketGrants, CfnBucket } from '../../src/aws-s3';

function newStack(): Stack {
  return new Stack(new App(), 'Stack');
}

function newRole(stack: Stack, id = 'Role'): Role {
  return new Role(stack, id, { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
}

function identityStatements(stack: Stack): any[] {
  return Object.values(Template.fromStack(stack).findResources('AWS::IAM::Policy'))
    .flatMap((p: any) => p.Properties.PolicyDocument.Statement);
}

const BUCKET_ARN = { 'Fn::GetAtt': ['Bucket83908E77', 'Arn'] };
const objects = (pattern = '*') => ({ 'Fn::Join': ['', [BUCKET_ARN, `/${pattern}`]] });
const READ = ['s3:GetObject*', 's3:GetBucket*', 's3:List*'];
const PUT = ['s3:PutObject', 's3:PutObjectLegalHold', 's3:PutObjectRetention', 's3:PutObjectTagging', 's3:PutObjectVersionTagging', 's3:Abort*'];

describe('bucket grants', () => {
  test('each grant gives its actions on the bucket and/or its objects', () => {
    const stack = newStack();
    const bucket = new Bucket(stack, 'Bucket');
    const role = newRole(stack);
    bucket.grantRead(role);
    bucket.grantRead(role, 'prefix/*');
    bucket.grantWrite(role);
    bucket.grantPut(role);
    bucket.grantPutAcl(role);
    bucket.grantDelete(role);
    bucket.grantReadWrite(role);
    assert.deepEqual(identityStatements(stack).map(s => [s.Action, s.Resource]), [
      [READ, [BUCKET_ARN, objects()]],
      [READ, [BUCKET_ARN, objects('prefix/*')]],
      [['s3:DeleteObject*', ...PUT], [BUCKET_ARN, objects()]],
      [PUT, objects()],
      [['s3:PutObjectAcl', 's3:PutObjectVersionAcl'], objects()],
      ['s3:DeleteObject*', objects()],
      [[...READ, 's3:DeleteObject*', ...PUT], [BUCKET_ARN, objects()]],
    ]);
  });

  test('allowed action patterns replace the write actions', () => {
    const stack = newStack();
    const bucket = new Bucket(stack, 'Bucket');
    bucket.grantWrite(newRole(stack), 'out/*', ['s3:PutObject']);
    assert.deepEqual(identityStatements(stack)[0].Action, 's3:PutObject');
  });

  test('an encrypted bucket adds the key actions of each grant after the bucket statement', () => {
    const stack = newStack();
    const bucket = new Bucket(stack, 'Bucket', { encryption: BucketEncryption.KMS });
    const role = newRole(stack);
    bucket.grantRead(role);
    bucket.grantPut(role);
    bucket.grantReadWrite(role);
    bucket.grantDelete(role);
    assert.deepEqual(identityStatements(stack).map(s => s.Action), [
      READ,
      ['kms:Decrypt', 'kms:DescribeKey'],
      PUT,
      ['kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Decrypt'],
      [...READ, 's3:DeleteObject*', ...PUT],
      ['kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'],
      's3:DeleteObject*',
    ]);
  });

  test('a service principal is allowed through the bucket policy', () => {
    const stack = newStack();
    const bucket = new Bucket(stack, 'Bucket');
    bucket.grants.read(new ServicePrincipal('logs.amazonaws.com'));
    Template.fromStack(stack).hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: [{ Action: READ, Effect: 'Allow', Principal: { Service: 'logs.amazonaws.com' }, Resource: [BUCKET_ARN, objects()] }],
        Version: '2012-10-17',
      },
    });
  });

  test('grantPublicAccess allows anyone to get objects under the prefix, unless public policies are blocked', () => {
    const stack = newStack();
    const bucket = new Bucket(stack, 'Bucket');
    bucket.grantPublicAccess('public/*');
    Template.fromStack(stack).hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: { Statement: [{ Action: 's3:GetObject', Effect: 'Allow', Principal: { AWS: '*' }, Resource: objects('public/*') }], Version: '2012-10-17' },
    });
    const blocked = new Bucket(stack, 'Blocked', { blockPublicAccess: BlockPublicAccess.BLOCK_ALL });
    assert.throws(() => blocked.grantPublicAccess(), /\[Stack\/Blocked\] Cannot grant public access when 'blockPublicPolicy' is enabled/);
  });

  test('BucketGrants on an L1 bucket only add identity statements', () => {
    const stack = newStack();
    const cfnBucket = new CfnBucket(stack, 'CfnBucket');
    BucketGrants.fromBucket(cfnBucket).read(newRole(stack));
    BucketGrants.fromBucket(cfnBucket).read(new ServicePrincipal('logs.amazonaws.com'));
    assert.equal(identityStatements(stack).length, 1);
    Template.fromStack(stack).resourceCountIs('AWS::S3::BucketPolicy', 0);
  });
});
