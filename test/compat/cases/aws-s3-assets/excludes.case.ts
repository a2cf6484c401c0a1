import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import * as s3assets from 'aws-cdk-lib/aws-s3-assets';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'fixtures', 'staging');

/** exclude patterns in each ignore mode, and the follow mode, change the asset hash as in aws-cdk-lib. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'Excludes');
  const dir = path.join(FIXTURES, 'dir');
  const assets = [
    new s3assets.Asset(stack, 'Glob', { path: dir, exclude: ['*.log'] }),
    new s3assets.Asset(stack, 'GlobDirectory', { path: dir, exclude: ['sub'] }),
    new s3assets.Asset(stack, 'Git', { path: dir, exclude: ['*.log', '!debug.log'], ignoreMode: cdk.IgnoreMode.GIT }),
    new s3assets.Asset(stack, 'Docker', { path: dir, exclude: ['**/*.txt'], ignoreMode: cdk.IgnoreMode.DOCKER }),
    new s3assets.Asset(stack, 'FollowNever', { path: dir, followSymlinks: cdk.SymlinkFollowMode.NEVER }),
  ];
  new cdk.CfnResource(stack, 'Keys', {
    type: 'AWS::Test::Thing',
    properties: Object.fromEntries(assets.map(a => [a.node.id, a.s3ObjectKey])),
  });
}
