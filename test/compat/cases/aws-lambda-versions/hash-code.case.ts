import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';

/** currentVersion logical IDs for each kind of code: inline, S3 (literal and token bucket), asset, parameters, image. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'HashCode');
  const fn = (id: string, code: lambda.Code, props: Partial<lambda.FunctionProps> = {}): void => {
    void new lambda.Function(stack, id, { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code, ...props })
      .currentVersion;
  };
  const imported = s3.Bucket.fromBucketName(stack, 'Imported', 'code-bucket');
  const bucket = new s3.Bucket(stack, 'Bucket');

  fn('Inline', lambda.Code.fromInline('exports.handler = async () => "inline";'));
  fn('BucketKey', lambda.Code.fromBucket(imported, 'code.zip'));
  fn('BucketKeyVersion', lambda.Code.fromBucket(imported, 'code.zip', 'v42'));
  fn('BucketInStack', lambda.Code.fromBucket(bucket, 'app/code.zip', 'v1'));
  fn('Asset', lambda.Code.fromAsset(path.join(__dirname, '..', '..', '..', 'fixtures', 'lambda', 'hello')));
  fn('AssetCustomHash', lambda.Code.fromAsset(path.join(__dirname, '..', '..', '..', 'fixtures', 'lambda', 'hello'), {
    assetHash: 'my-custom-hash', assetHashType: cdk.AssetHashType.CUSTOM,
  }));
  fn('CfnParameters', lambda.Code.fromCfnParameters());

  const repo = ecr.Repository.fromRepositoryName(stack, 'Repo', 'images/app');
  void new lambda.DockerImageFunction(stack, 'EcrImage', { code: lambda.DockerImageCode.fromEcr(repo, { tagOrDigest: 'v1' }) })
    .currentVersion;
  void new lambda.DockerImageFunction(stack, 'EcrImageConfig', {
    code: lambda.DockerImageCode.fromEcr(repo, { tagOrDigest: 'v1', cmd: ['app.handler'], entrypoint: ['/entry.sh'], workingDirectory: '/app' }),
  }).currentVersion;
}
