import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'fixtures');

/**
 * Code.fromAsset: a directory (zipped) and a .zip file, excludes, a source KMS key, a display name, asset metadata,
 * one AssetCode shared by two functions and a layer (one asset, created under the first function).
 */
export function build(app: cdk.App): void {
  app.node.setContext('aws:cdk:enable-asset-metadata', true);
  const stack = new cdk.Stack(app, 'CodeAsset');
  const fn = (id: string, code: lambda.Code): lambda.Function =>
    new lambda.Function(stack, id, { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code });

  fn('Directory', lambda.Code.fromAsset(path.join(FIXTURES, 'lambda', 'hello')));
  fn('ZipFile', lambda.Code.fromAsset(path.join(FIXTURES, 'staging', 'archive.zip')));
  fn('Excluding', lambda.Code.fromAsset(path.join(FIXTURES, 'staging', 'dir'), { exclude: ['*.log'], displayName: 'excluding logs' }));
  const key = new kms.Key(stack, 'CodeKey');
  fn('Encrypted', lambda.Code.fromAsset(path.join(FIXTURES, 'lambda', 'hello'), { sourceKMSKey: key }));

  const shared = lambda.Code.fromAsset(path.join(FIXTURES, 'staging', 'handler'));
  fn('SharedOne', shared);
  fn('SharedTwo', shared);
  new lambda.LayerVersion(stack, 'SharedLayer', { code: shared, compatibleRuntimes: [lambda.Runtime.NODEJS_22_X] });
}
