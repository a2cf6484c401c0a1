import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { installFakeDocker } from '../../../core/staging/fake-docker';

const HANDLER = path.join(__dirname, '..', '..', '..', 'fixtures', 'lambda', 'hello');
const BUILD_IMAGE = 'public.ecr.aws/sam/build-nodejs22.x';

/**
 * Code.fromAsset with Docker bundling: the asset hash (output, source or custom), the staged bundle, the
 * is-bundled metadata and a bundle shared by two functions. No Docker engine runs where tests run: a fake docker
 * CLI (CDK_DOCKER) writes the container's output for both libraries, and is removed again before synthesis.
 */
export function build(app: cdk.App): void {
  app.node.setContext('aws:cdk:enable-asset-metadata', true);
  const docker = installFakeDocker();
  try {
    const stack = new cdk.Stack(app, 'CodeAssetBundling');
    const fn = (id: string, code: lambda.Code): lambda.Function =>
      new lambda.Function(stack, id, { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code });
    const image = cdk.DockerImage.fromRegistry(BUILD_IMAGE);

    fn('OutputHash', lambda.Code.fromAsset(HANDLER, { bundling: { image, command: ['bash', '-c', 'cp -r . /asset-output'] } }));
    fn('SourceHash', lambda.Code.fromAsset(HANDLER, {
      assetHashType: cdk.AssetHashType.SOURCE,
      bundling: { image, command: ['npm', 'run', 'build'], environment: { NODE_ENV: 'production' }, user: 'root', workingDirectory: '/src' },
    }));
    fn('CustomHash', lambda.Code.fromAsset(HANDLER, { assetHash: 'bundle-v1', bundling: { image, command: ['make'] } }));
    const shared = lambda.Code.fromAsset(HANDLER, { bundling: { image, command: ['sh', '-c', 'build'] } });
    fn('SharedOne', shared);
    fn('SharedTwo', shared);
    new lambda.LayerVersion(stack, 'BundledLayer', {
      code: lambda.Code.fromAsset(HANDLER, { bundling: { image, command: ['sh'], outputType: cdk.BundlingOutput.NOT_ARCHIVED } }),
    });
  } finally {
    docker.uninstall();
  }
}
