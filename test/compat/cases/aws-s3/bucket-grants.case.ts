import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';

/** Bucket grants: action lists, object key patterns, key permissions, and the bucket policy for principals without one. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'BucketGrants');
  const role = (id: string) => new iam.Role(stack, id, { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });

  const bucket = new s3.Bucket(stack, 'Bucket');
  const reader = role('Reader');
  bucket.grantRead(reader);
  bucket.grantRead(reader, 'prefix/*');
  bucket.grantPut(role('Putter'));
  bucket.grantWrite(role('Writer'));
  bucket.grantReadWrite(role('ReaderWriter'), 'data/*');
  bucket.grantDelete(role('Deleter'));
  bucket.grantPutAcl(role('AclPutter'));
  bucket.grantRead(new iam.ServicePrincipal('logs.amazonaws.com'));
  bucket.grantPublicAccess('public/*', 's3:GetObject', 's3:GetObjectVersion');

  const encrypted = new s3.Bucket(stack, 'Encrypted', { encryption: s3.BucketEncryption.KMS });
  const user = role('EncryptedUser');
  encrypted.grantRead(user);
  encrypted.grantPut(user);
  encrypted.grantWrite(user, 'out/*', ['s3:PutObject']);
  encrypted.grantReadWrite(role('EncryptedReaderWriter'));
  encrypted.grants.read(new iam.AccountPrincipal('999999999999'));

  new cdk.CfnOutput(stack, 'ObjectUrl', { value: bucket.urlForObject('folder/file.txt') });
  new cdk.CfnOutput(stack, 'BucketUrl', { value: bucket.urlForObject() });
  new cdk.CfnOutput(stack, 'VirtualHosted', { value: bucket.virtualHostedUrlForObject('file.txt') });
  new cdk.CfnOutput(stack, 'Global', { value: bucket.virtualHostedUrlForObject('file.txt', { regional: false }) });
  new cdk.CfnOutput(stack, 'Accelerated', { value: bucket.transferAccelerationUrlForObject('file.txt', { dualStack: true }) });
  new cdk.CfnOutput(stack, 'S3Url', { value: bucket.s3UrlForObject('file.txt') });
  new cdk.CfnOutput(stack, 'Objects', { value: bucket.arnForObjects('logs/*') });
  new cdk.CfnOutput(stack, 'WebsiteDomain', { value: bucket.bucketWebsiteDomainName });
  new cdk.CfnOutput(stack, 'Domains', { value: cdk.Fn.join(',', [bucket.bucketDomainName, bucket.bucketRegionalDomainName, bucket.bucketDualStackDomainName, bucket.bucketWebsiteUrl]) });
}
