import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { App, Fn, Stack } from '../../src/core';
import { Template } from '../../src/assertions';
import { Role, ServicePrincipal } from '../../src/aws-iam';
import { Key } from '../../src/aws-kms';
import { Bucket } from '../../src/aws-s3';

function newStack(env?: { account: string; region: string }): Stack {
  return new Stack(new App(), 'Stack', env ? { env } : undefined);
}

const PARTITION = { Ref: 'AWS::Partition' };
const URL_SUFFIX = { Ref: 'AWS::URLSuffix' };

describe('imported buckets', () => {
  test('fromBucketName formats the ARN and URLs in an environment-agnostic stack', () => {
    const stack = newStack();
    const bucket = Bucket.fromBucketName(stack, 'Imported', 'my-bucket');
    assert.deepEqual(stack.resolve(bucket.bucketArn), { 'Fn::Join': ['', ['arn:', PARTITION, ':s3:::my-bucket']] });
    assert.deepEqual(stack.resolve(bucket.arnForObjects('a/*')), { 'Fn::Join': ['', ['arn:', PARTITION, ':s3:::my-bucket/a/*']] });
    assert.deepEqual(stack.resolve(bucket.urlForObject('k')), {
      'Fn::Join': ['', ['https://s3.', { Ref: 'AWS::Region' }, '.', URL_SUFFIX, '/my-bucket/k']],
    });
    assert.deepEqual(stack.resolve(bucket.bucketRegionalDomainName), {
      'Fn::Join': ['', ['my-bucket.s3.', { Ref: 'AWS::Region' }, '.', URL_SUFFIX]],
    });
  });

  test('the website URL of a token region comes from the S3staticwebsiteMap mapping', () => {
    const stack = newStack();
    const bucket = Bucket.fromBucketName(stack, 'Imported', 'my-bucket');
    assert.deepEqual(stack.resolve(bucket.bucketWebsiteUrl), {
      'Fn::Join': ['', ['http://my-bucket.', { 'Fn::FindInMap': ['S3staticwebsiteMap', { Ref: 'AWS::Region' }, 'endpoint'] }]],
    });
    const mapping = Template.fromStack(stack).toJSON().Mappings.S3staticwebsiteMap;
    assert.deepEqual(mapping['us-east-1'], { endpoint: 's3-website-us-east-1.amazonaws.com' });
    assert.deepEqual(mapping['eu-central-1'], { endpoint: 's3-website.eu-central-1.amazonaws.com' });
    assert.deepEqual(mapping['cn-north-1'], { endpoint: 's3-website.cn-north-1.amazonaws.com.cn' });
  });

  test('a known region gives literal domain names and website endpoints', () => {
    const stack = newStack({ account: '123456789012', region: 'eu-west-1' });
    const here = Bucket.fromBucketName(stack, 'Here', 'here-bucket');
    const china = Bucket.fromBucketAttributes(stack, 'China', { bucketName: 'china-bucket', region: 'cn-north-1' });
    assert.equal(here.bucketRegionalDomainName, 'here-bucket.s3.eu-west-1.amazonaws.com');
    assert.equal(here.bucketWebsiteUrl, 'http://here-bucket.s3-website-eu-west-1.amazonaws.com');
    assert.equal(china.bucketDomainName, 'china-bucket.s3.amazonaws.com.cn');
    assert.equal(china.bucketWebsiteDomainName, 'china-bucket.s3-website.cn-north-1.amazonaws.com.cn');
    assert.equal(china.env.region, 'cn-north-1');
  });

  test('fromBucketArn takes the name from the ARN and validates it with legacy rules', () => {
    const stack = newStack();
    assert.equal(Bucket.fromBucketArn(stack, 'A', 'arn:aws:s3:::Legacy_Name').bucketName, 'Legacy_Name');
    assert.throws(() => Bucket.fromBucketArn(stack, 'B', 'arn:aws:s3:::x'), /\[Stack\/B\] Invalid S3 bucket name \(value: x\)/);
    assert.throws(() => Bucket.fromBucketAttributes(stack, 'C', {}), /needs bucketName or bucketArn/);
  });

  test('grants go to the identity, with the given key; nothing goes to a bucket policy', () => {
    const stack = newStack();
    const bucket = Bucket.fromBucketAttributes(stack, 'Imported', {
      bucketName: Fn.importValue('BucketName'),
      encryptionKey: Key.fromKeyArn(stack, 'Key', 'arn:aws:kms:us-east-1:123456789012:key/k'),
    });
    bucket.grantRead(new Role(stack, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') }));
    bucket.grantRead(new ServicePrincipal('logs.amazonaws.com'));
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::S3::BucketPolicy', 0);
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [
          {
            Action: ['s3:GetObject*', 's3:GetBucket*', 's3:List*'],
            Effect: 'Allow',
            Resource: [
              { 'Fn::Join': ['', ['arn:', PARTITION, ':s3:::', { 'Fn::ImportValue': 'BucketName' }]] },
              { 'Fn::Join': ['', ['arn:', PARTITION, ':s3:::', { 'Fn::ImportValue': 'BucketName' }, '/*']] },
            ],
          },
          { Action: ['kms:Decrypt', 'kms:DescribeKey'], Effect: 'Allow', Resource: 'arn:aws:kms:us-east-1:123456789012:key/k' },
        ],
      },
    });
  });
});
