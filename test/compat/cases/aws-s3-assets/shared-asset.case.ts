import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import * as s3assets from 'aws-cdk-lib/aws-s3-assets';
import { Construct } from 'constructs';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'fixtures', 'staging');

/** Two constructs (in two stacks too) using the same directory refer to the same object. */
export function build(app: cdk.App): void {
  const first = new cdk.Stack(app, 'SharedAssetOne');
  const second = new cdk.Stack(app, 'SharedAssetTwo');
  const a = new s3assets.Asset(first, 'A', { path: path.join(FIXTURES, 'dir') });
  const b = new s3assets.Asset(new Construct(first, 'Nested'), 'B', { path: path.join(FIXTURES, 'dir') });
  const c = new s3assets.Asset(second, 'C', { path: path.join(FIXTURES, 'dir') });
  new cdk.CfnResource(first, 'Users', { type: 'AWS::Test::Thing', properties: { A: a.s3ObjectKey, B: b.s3ObjectKey, Same: String(a.assetHash === b.assetHash) } });
  new cdk.CfnResource(second, 'Users', { type: 'AWS::Test::Thing', properties: { C: c.s3ObjectKey, Bucket: c.s3BucketName } });
}
