import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import * as s3assets from 'aws-cdk-lib/aws-s3-assets';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'fixtures', 'staging');

/** A plain file and a .zip file are uploaded as they are: their keys keep the extension. */
export function build(app: cdk.App): void {
  app.node.setContext('aws:cdk:enable-asset-metadata', true);
  const stack = new cdk.Stack(app, 'FileAndZipAssets');
  const file = new s3assets.Asset(stack, 'File', { path: path.join(FIXTURES, 'file.txt') });
  const zip = new s3assets.Asset(stack, 'Zip', { path: path.join(FIXTURES, 'archive.zip') });
  const user = new cdk.CfnResource(stack, 'User', {
    type: 'AWS::Test::Thing',
    properties: {
      FileKey: file.s3ObjectKey, FileBucket: file.s3BucketName, FileIsZip: String(file.isZipArchive),
      ZipKey: zip.s3ObjectKey, ZipIsZip: String(zip.isZipArchive), ZipIsFile: String(zip.isFile),
    },
  });
  zip.addResourceMetadata(user, 'Code');
}
