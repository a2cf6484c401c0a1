import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { App, RemovalPolicy, Stack } from '../../src/core';
import { Match, Template } from '../../src/assertions';
import { AnyPrincipal, PolicyStatement } from '../../src/aws-iam';
import { Key } from '../../src/aws-kms';
import { BlockPublicAccess, Bucket, BucketAccessControl, BucketEncryption, ObjectOwnership } from '../../src/aws-s3';

function newStack(): Stack {
  return new Stack(new App(), 'Stack');
}

describe('Bucket', () => {
  test('a default bucket has no properties and is retained', () => {
    const stack = newStack();
    new Bucket(stack, 'Bucket');
    Template.fromStack(stack).templateMatches({
      Resources: { Bucket83908E77: { Type: 'AWS::S3::Bucket', DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' } },
    });
    Template.fromStack(stack).hasResource('AWS::S3::Bucket', { Properties: Match.absent() });
  });

  test('renders name, versioning, removal policy, ownership, ACL and acceleration', () => {
    const stack = newStack();
    new Bucket(stack, 'Bucket', {
      bucketName: 'my-bucket',
      versioned: true,
      removalPolicy: RemovalPolicy.DESTROY,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      accessControl: BucketAccessControl.PRIVATE,
      transferAcceleration: true,
    });
    Template.fromStack(stack).hasResource('AWS::S3::Bucket', {
      Properties: {
        BucketName: 'my-bucket',
        VersioningConfiguration: { Status: 'Enabled' },
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerPreferred' }] },
        AccessControl: 'Private',
        AccelerateConfiguration: { AccelerationStatus: 'Enabled' },
      },
      DeletionPolicy: 'Delete',
    });
  });

  test('a canned ACL other than Private makes objects owned by their writer', () => {
    const stack = newStack();
    new Bucket(stack, 'Bucket', { accessControl: BucketAccessControl.LOG_DELIVERY_WRITE });
    Template.fromStack(stack).hasResourceProperties('AWS::S3::Bucket', {
      AccessControl: 'LogDeliveryWrite',
      OwnershipControls: { Rules: [{ ObjectOwnership: 'ObjectWriter' }] },
    });
  });

  test('bucketArn, bucketName and the domain names come from the resource', () => {
    const stack = newStack();
    const bucket = new Bucket(stack, 'Bucket');
    assert.deepEqual(stack.resolve(bucket.bucketArn), { 'Fn::GetAtt': ['Bucket83908E77', 'Arn'] });
    assert.deepEqual(stack.resolve(bucket.bucketName), { Ref: 'Bucket83908E77' });
    assert.deepEqual(stack.resolve(bucket.bucketRegionalDomainName), { 'Fn::GetAtt': ['Bucket83908E77', 'RegionalDomainName'] });
    assert.deepEqual(stack.resolve(bucket.bucketWebsiteDomainName), {
      'Fn::Select': [2, { 'Fn::Split': ['/', { 'Fn::GetAtt': ['Bucket83908E77', 'WebsiteURL'] }] }],
    });
  });

  test('public access blocks render only the settings given', () => {
    const stack = newStack();
    new Bucket(stack, 'Acls', { blockPublicAccess: BlockPublicAccess.BLOCK_ACLS });
    new Bucket(stack, 'All', { blockPublicAccess: BlockPublicAccess.BLOCK_ALL });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::S3::Bucket', { PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true } });
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
    });
  });

  test('enforceSSL and minimumTLSVersion deny requests on the bucket and its objects', () => {
    const stack = newStack();
    new Bucket(stack, 'Bucket', { enforceSSL: true, minimumTLSVersion: 1.2 });
    const resources = [{ 'Fn::GetAtt': ['Bucket83908E77', 'Arn'] }, { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['Bucket83908E77', 'Arn'] }, '/*']] }];
    Template.fromStack(stack).hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: 'Bucket83908E77' },
      PolicyDocument: {
        Statement: [
          { Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } }, Effect: 'Deny', Principal: { AWS: '*' }, Resource: resources },
          { Action: 's3:*', Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } }, Effect: 'Deny', Principal: { AWS: '*' }, Resource: resources },
        ],
        Version: '2012-10-17',
      },
    });
  });

  test('minimumTLSVersion needs enforceSSL; autoDeleteObjects is not supported yet', () => {
    const stack = newStack();
    assert.throws(() => new Bucket(stack, 'A', { minimumTLSVersion: 1.2 }), /\[Stack\/A\] enforceSSL must be enabled for minimumTLSVersion/);
    assert.throws(() => new Bucket(stack, 'B', { autoDeleteObjects: true }), /autoDeleteObjects is not supported/);
  });

  test('publicReadAccess needs a public access block that allows public policies', () => {
    const stack = newStack();
    assert.throws(() => new Bucket(stack, 'A', { publicReadAccess: true }), /without allowing bucket-level public access/);
    assert.throws(() => new Bucket(stack, 'B', { publicReadAccess: true, blockPublicAccess: BlockPublicAccess.BLOCK_ALL }),
      /Cannot grant public access when 'blockPublicPolicy' is enabled/);
    new Bucket(stack, 'C', { publicReadAccess: true, blockPublicAccess: BlockPublicAccess.BLOCK_ACLS_ONLY });
    Template.fromStack(stack).hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: { Statement: [Match.objectLike({ Action: 's3:GetObject', Principal: { AWS: '*' } })] },
    });
  });

  test('addToResourcePolicy creates one bucket policy, exposed as bucket.policy', () => {
    const stack = newStack();
    const bucket = new Bucket(stack, 'Bucket');
    const statement = () => new PolicyStatement({ actions: ['s3:GetObject'], principals: [new AnyPrincipal()], resources: [bucket.arnForObjects('*')] });
    const result = bucket.addToResourcePolicy(statement());
    bucket.addToResourcePolicy(statement());
    assert.equal(result.policyDependable, bucket.policy);
    Template.fromStack(stack).resourceCountIs('AWS::S3::BucketPolicy', 1);
  });
});

describe('Bucket encryption', () => {
  const rule = (stack: Stack) => (Object.values(Template.fromStack(stack).findResources('AWS::S3::Bucket'))[0] as any)
    .Properties?.BucketEncryption?.ServerSideEncryptionConfiguration[0];

  test('S3, KMS and DSSE managed encryption render their algorithm', () => {
    for (const [encryption, algorithm] of [[BucketEncryption.S3_MANAGED, 'AES256'], [BucketEncryption.KMS_MANAGED, 'aws:kms'],
      [BucketEncryption.DSSE_MANAGED, 'aws:kms:dsse']] as const) {
      const stack = newStack();
      new Bucket(stack, 'Bucket', { encryption });
      assert.deepEqual(rule(stack), { ServerSideEncryptionByDefault: { SSEAlgorithm: algorithm } });
    }
  });

  test('KMS without a key creates a rotating key described by the bucket path', () => {
    const stack = newStack();
    const bucket = new Bucket(stack, 'Bucket', { encryption: BucketEncryption.KMS, bucketKeyEnabled: true });
    Template.fromStack(stack).hasResourceProperties('AWS::KMS::Key', { Description: 'Created by Stack/Bucket', EnableKeyRotation: true });
    assert.deepEqual(rule(stack), {
      BucketKeyEnabled: true,
      ServerSideEncryptionByDefault: { KMSMasterKeyID: { 'Fn::GetAtt': ['BucketKey7E4AEAB8', 'Arn'] }, SSEAlgorithm: 'aws:kms' },
    });
    assert.equal(bucket.encryptionKey?.node.path, 'Stack/Bucket/Key');
  });

  test('a given key implies KMS; with S3 managed encryption it is refused', () => {
    const stack = newStack();
    const key = new Key(stack, 'Key');
    new Bucket(stack, 'Bucket', { encryptionKey: key });
    assert.deepEqual(rule(stack).ServerSideEncryptionByDefault.SSEAlgorithm, 'aws:kms');
    assert.throws(() => new Bucket(stack, 'Other', { encryption: BucketEncryption.S3_MANAGED, encryptionKey: key }),
      /encryptionKey is given, so encryption must be BucketEncryption.KMS or DSSE, got S3_MANAGED/);
  });

  test('bucketKeyEnabled needs an encryption', () => {
    const stack = newStack();
    assert.throws(() => new Bucket(stack, 'Bucket', { bucketKeyEnabled: true }), /bucketKeyEnabled is given, so encryption must be KMS, DSSE or S3 managed, got UNENCRYPTED/);
  });
});

describe('bucket names', () => {
  test('lists every broken rule with its offset', () => {
    const stack = newStack();
    assert.throws(() => new Bucket(stack, 'Bucket', { bucketName: 'A_B-' }), (e: Error) => {
      assert.equal(e.message, '[Stack/Bucket] Invalid S3 bucket name (value: A_B-)\n'
        + 'Bucket name must only contain lowercase characters and the symbols, period (.) and dash (-) (offset: 0)\n'
        + 'Bucket name must start with a lowercase character or number (offset: 0)\n'
        + 'Bucket name must end with a lowercase character or number (offset: 3)');
      return true;
    });
  });

  test('refuses short names, IP addresses and periods next to dashes', () => {
    assert.throws(() => Bucket.validateBucketName('ab'), /at least 3 and no more than 63 characters/);
    assert.throws(() => Bucket.validateBucketName('192.168.1.1'), /must not resemble an IP address/);
    assert.throws(() => Bucket.validateBucketName('a.-b'), /dash next to period.*\(offset: 1\)/);
    Bucket.validateBucketName('good-name.example');
  });

  test('legacy naming accepts uppercase letters and underscores', () => {
    Bucket.validateBucketName('Legacy_Bucket', true);
    assert.throws(() => Bucket.validateBucketName('a!b', true), /uppercase or lowercase characters and the symbols/);
  });
});
