import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import * as ecrassets from 'aws-cdk-lib/aws-ecr-assets';
import * as lambda from 'aws-cdk-lib/aws-lambda';

const IMAGE = path.join(__dirname, '..', '..', '..', 'fixtures', 'lambda-image');

/**
 * DockerImageFunction with DockerImageCode.fromImageAsset: the function's architecture becomes the image platform
 * (and so changes the image hash) unless the props name one; without an architecture no platform is set.
 */
export function build(app: cdk.App): void {
  app.node.setContext('aws:cdk:enable-asset-metadata', true);
  const stack = new cdk.Stack(app, 'DockerImageFunctionAsset');

  new lambda.DockerImageFunction(stack, 'Arm', {
    code: lambda.DockerImageCode.fromImageAsset(IMAGE, { file: 'arm64.Dockerfile', cmd: ['index.handler'] }),
    architecture: lambda.Architecture.ARM_64,
  });
  new lambda.DockerImageFunction(stack, 'NoArchitecture', { code: lambda.DockerImageCode.fromImageAsset(IMAGE) });
  new lambda.DockerImageFunction(stack, 'X86', {
    code: lambda.DockerImageCode.fromImageAsset(IMAGE),
    architecture: lambda.Architecture.X86_64,
  });
  new lambda.DockerImageFunction(stack, 'PlatformWins', {
    code: lambda.DockerImageCode.fromImageAsset(IMAGE, { platform: ecrassets.Platform.LINUX_AMD64 }),
    architecture: lambda.Architecture.ARM_64,
  });
  new lambda.DockerImageFunction(stack, 'CustomArchitecture', {
    code: lambda.DockerImageCode.fromImageAsset(IMAGE, { buildArgs: { GREETING: 'custom' }, entrypoint: ['/entry'], workingDirectory: '/app' }),
    architecture: lambda.Architecture.custom('arm64', 'linux/arm64/v8'),
    functionName: 'custom-architecture',
  });
}
