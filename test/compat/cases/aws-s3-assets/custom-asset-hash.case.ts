import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import * as s3assets from 'aws-cdk-lib/aws-s3-assets';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'fixtures', 'staging');

/** A custom asset hash is hashed again (SHA-256); with a local bundler the bundling options join it. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'CustomAssetHash');
  const custom = new s3assets.Asset(stack, 'Custom', { path: path.join(FIXTURES, 'dir'), assetHash: 'release-42' });
  const customType = new s3assets.Asset(stack, 'CustomType', { path: path.join(FIXTURES, 'file.txt'), assetHash: 'v1', assetHashType: cdk.AssetHashType.CUSTOM });
  const bundled = new s3assets.Asset(stack, 'Bundled', {
    path: path.join(FIXTURES, 'dir'),
    assetHash: 'bundle-1',
    bundling: {
      image: cdk.DockerImage.fromRegistry('public.ecr.aws/docker/library/alpine'),
      command: ['sh', '-c', 'cp -r /asset-input/. /asset-output'],
      local: {
        tryBundle(outputDir: string): boolean {
          // eslint-disable-next-line @typescript-eslint/no-require-imports
          require('fs').writeFileSync(path.join(outputDir, 'bundle.js'), 'exports.x = 1;\n');
          return true;
        },
      },
    },
  });
  new cdk.CfnResource(stack, 'Keys', {
    type: 'AWS::Test::Thing',
    properties: { Custom: custom.s3ObjectKey, CustomType: customType.s3ObjectKey, Bundled: bundled.s3ObjectKey, BundledHash: bundled.assetHash },
  });
}
