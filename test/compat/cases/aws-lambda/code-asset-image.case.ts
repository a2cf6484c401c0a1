import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import * as ecrassets from 'aws-cdk-lib/aws-ecr-assets';
import * as lambda from 'aws-cdk-lib/aws-lambda';

const IMAGE = path.join(__dirname, '..', '..', '..', 'fixtures', 'lambda-image');

/**
 * Code.fromAssetImage in a Function: the image URI carries the hash of the build context and options, ImageConfig the
 * cmd/entrypoint/workingDirectory, asset metadata the build options; one AssetImageCode bound twice is one asset.
 */
export function build(app: cdk.App): void {
  app.node.setContext('aws:cdk:enable-asset-metadata', true);
  const stack = new cdk.Stack(app, 'CodeAssetImage');
  const imageFunction = (id: string, code: lambda.Code, props: Partial<lambda.FunctionProps> = {}): lambda.Function =>
    new lambda.Function(stack, id, { runtime: lambda.Runtime.FROM_IMAGE, handler: lambda.Handler.FROM_IMAGE, code, ...props });

  imageFunction('Plain', lambda.Code.fromAssetImage(IMAGE));
  const tuned = imageFunction('Tuned', lambda.Code.fromAssetImage(IMAGE, {
    cmd: ['index.handler'],
    entrypoint: ['/lambda-entrypoint.sh'],
    workingDirectory: '/var/task',
    buildArgs: { GREETING: 'hi', ANOTHER: 'x' },
    file: 'arm64.Dockerfile',
    target: 'runtime',
    platform: ecrassets.Platform.LINUX_ARM64,
    extraHash: 'v2',
    exclude: ['build.Dockerfile'],
  }), { architecture: lambda.Architecture.ARM_64, memorySize: 1024 });
  void tuned.currentVersion;

  const shared = lambda.Code.fromAssetImage(IMAGE, { cmd: ['index.other'], buildArgs: { GREETING: 'shared' } });
  imageFunction('SharedOne', shared);
  imageFunction('SharedTwo', shared, { timeout: cdk.Duration.seconds(10) });
}
