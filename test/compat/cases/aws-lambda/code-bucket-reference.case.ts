import * as cdk from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';

/** REFERENCE storage lets Lambda read the object: bucket policy (and key policy), scoped to a named function. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'CodeBucketReference');
  const key = new kms.Key(stack, 'BucketKey');
  const bucket = new s3.Bucket(stack, 'Bucket', { encryptionKey: key });
  const reference = (objectKey: string) => lambda.Code.fromBucketV2(bucket, objectKey, {
    objectVersion: 'v1', s3ObjectStorageMode: lambda.S3ObjectStorageMode.REFERENCE,
  });
  new lambda.Function(stack, 'Named', {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: reference('named.zip'), functionName: 'named-fn',
  });
  new lambda.Function(stack, 'Unnamed', {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: reference('unnamed.zip'),
  });
  const plain = new s3.Bucket(stack, 'Plain');
  new lambda.Function(stack, 'PlainBucket', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromBucketV2(plain, 'p.zip', { objectVersion: 'v9', s3ObjectStorageMode: lambda.S3ObjectStorageMode.REFERENCE }),
  });
  const imported = s3.Bucket.fromBucketName(stack, 'Imported', 'someone-elses-bucket');
  new lambda.Function(stack, 'ImportedBucket', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromBucketV2(imported, 'i.zip', { objectVersion: 'v2', s3ObjectStorageMode: lambda.S3ObjectStorageMode.REFERENCE }),
  });
}
