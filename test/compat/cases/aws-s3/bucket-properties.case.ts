import * as cdk from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';

/** Bucket properties: name, versioning, every encryption mode, public access blocks, ACLs and TLS policies. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'BucketProperties');
  new s3.Bucket(stack, 'Plain');
  new s3.Bucket(stack, 'Named', { bucketName: 'my-named-bucket', versioned: true, removalPolicy: cdk.RemovalPolicy.DESTROY });
  new s3.Bucket(stack, 'S3Managed', { encryption: s3.BucketEncryption.S3_MANAGED, bucketKeyEnabled: true });
  new s3.Bucket(stack, 'KmsManaged', { encryption: s3.BucketEncryption.KMS_MANAGED });
  new s3.Bucket(stack, 'Kms', { encryption: s3.BucketEncryption.KMS, bucketKeyEnabled: true });
  new s3.Bucket(stack, 'GivenKey', { encryptionKey: new kms.Key(stack, 'Key') });
  new s3.Bucket(stack, 'DsseManaged', { encryption: s3.BucketEncryption.DSSE_MANAGED });
  new s3.Bucket(stack, 'Dsse', { encryption: s3.BucketEncryption.DSSE });
  new s3.Bucket(stack, 'BlockAll', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL });
  new s3.Bucket(stack, 'BlockAcls', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS });
  new s3.Bucket(stack, 'BlockAclsOnly', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS_ONLY });
  new s3.Bucket(stack, 'BlockPolicy', { blockPublicAccess: new s3.BlockPublicAccess({ blockPublicPolicy: true }) });
  new s3.Bucket(stack, 'Ownership', { objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED, transferAcceleration: true });
  new s3.Bucket(stack, 'LogDelivery', { accessControl: s3.BucketAccessControl.LOG_DELIVERY_WRITE });
  new s3.Bucket(stack, 'Private', { accessControl: s3.BucketAccessControl.PRIVATE });
  new s3.Bucket(stack, 'Tls', { enforceSSL: true, minimumTLSVersion: 1.2 });
  new s3.Bucket(stack, 'PublicRead', { publicReadAccess: true, blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS_ONLY });
}
