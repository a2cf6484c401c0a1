import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import * as s3assets from 'aws-cdk-lib/aws-s3-assets';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'fixtures', 'staging');

/** The S3 and HTTP URLs of an asset, in an environment-agnostic and in a concrete environment. */
export function build(app: cdk.App): void {
  const agnostic = new cdk.Stack(app, 'AssetUrlsAgnostic');
  const pinned = new cdk.Stack(app, 'AssetUrlsPinned', { env: { account: '123456789012', region: 'eu-west-1' } });
  for (const stack of [agnostic, pinned]) {
    const asset = new s3assets.Asset(stack, 'File', { path: path.join(FIXTURES, 'file.txt') });
    new cdk.CfnResource(stack, 'Urls', {
      type: 'AWS::Test::Thing',
      properties: { S3Url: asset.s3ObjectUrl, HttpUrl: asset.httpUrl, Bucket: asset.s3BucketName, BucketArn: asset.bucket.bucketArn },
    });
  }
}
