import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3assets from 'aws-cdk-lib/aws-s3-assets';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'fixtures', 'staging');

/** A directory asset: its hash, bucket and object key, the aws:asset:* metadata the CLI asks for, and readers. */
export function build(app: cdk.App): void {
  app.node.setContext('aws:cdk:enable-asset-metadata', true);
  const stack = new cdk.Stack(app, 'DirectoryAsset');
  const reader = new iam.Role(stack, 'Reader', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const asset = new s3assets.Asset(stack, 'Code', { path: path.join(FIXTURES, 'dir'), readers: [reader] });
  const user = new cdk.CfnResource(stack, 'User', {
    type: 'AWS::Lambda::Function',
    properties: { Code: { S3Bucket: asset.s3BucketName, S3Key: asset.s3ObjectKey }, Hash: asset.assetHash },
  });
  asset.addResourceMetadata(user, 'Code');
}
