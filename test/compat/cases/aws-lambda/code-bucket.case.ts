import * as cdk from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';

/** Code from S3: object version, source KMS key and COPY storage mode render into Code. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'CodeBucket');
  const bucket = new s3.Bucket(stack, 'Bucket');
  const imported = s3.Bucket.fromBucketName(stack, 'Imported', 'my-code-bucket');
  const key = new kms.Key(stack, 'CodeKey');
  const fn = (id: string, code: lambda.Code) => new lambda.Function(stack, id, { runtime: lambda.Runtime.PYTHON_3_12, handler: 'index.handler', code });
  fn('Versioned', lambda.Code.fromBucket(bucket, 'handler.zip', 'v1'));
  fn('Unversioned', lambda.Code.fromBucket(imported, 'handler.zip'));
  fn('V2', lambda.Code.fromBucketV2(imported, 'handler.zip', { objectVersion: 'v2', sourceKMSKey: key }));
  fn('V2Copy', lambda.Code.fromBucketV2(bucket, 'path/to/handler.zip', { objectVersion: 'v3', s3ObjectStorageMode: lambda.S3ObjectStorageMode.COPY }));
  fn('V2Bare', lambda.Code.fromBucketV2(imported, 'other.zip'));
}
