import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { installFakeDocker } from '../../../core/staging/fake-docker';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'fixtures');
const HANDLER = path.join(FIXTURES, 'lambda', 'hello');
const BUILD_CONTEXT = path.join(FIXTURES, 'lambda-image');

/**
 * The seed's "Bundling Asset Code" snippets: a runtime's bundlingImage (the AWS SAM build image, or a custom runtime's
 * bundlingDockerImage) and DockerImage.fromBuild with build args as the bundling image. With the SOURCE hash type the
 * image takes part in the asset hash (a registry image by its name, a built image by its build's fingerprint). No
 * Docker engine runs where tests run: a fake docker CLI (CDK_DOCKER) stands in for both libraries.
 */
export function build(app: cdk.App): void {
  const docker = installFakeDocker();
  try {
    const stack = new cdk.Stack(app, 'CodeAssetBundlingRuntimeImage');
    const customRuntime = new lambda.Runtime('python-custom', lambda.RuntimeFamily.PYTHON, { bundlingDockerImage: 'my-registry/python-build:1' });
    const pip = ['bash', '-c', 'pip install -r requirements.txt -t /asset-output && cp -au . /asset-output'];
    // Not `pip`: the same source and bundling options would reuse the first function's bundle and its output hash.
    const pipOnly = ['bash', '-c', 'pip install -r requirements.txt -t /asset-output'];

    new lambda.Function(stack, 'Function', {
      code: lambda.Code.fromAsset(HANDLER, { bundling: { image: lambda.Runtime.PYTHON_3_12.bundlingImage, command: pip } }),
      runtime: lambda.Runtime.PYTHON_3_12,
      handler: 'index.handler',
    });
    new lambda.Function(stack, 'SourceHashSamImage', {
      code: lambda.Code.fromAsset(HANDLER, {
        assetHashType: cdk.AssetHashType.SOURCE,
        bundling: { image: lambda.Runtime.PYTHON_3_12.bundlingImage, command: pipOnly },
      }),
      runtime: lambda.Runtime.PYTHON_3_12,
      handler: 'index.handler',
    });
    new lambda.Function(stack, 'SourceHashCustomRuntimeImage', {
      code: lambda.Code.fromAsset(HANDLER, {
        assetHashType: cdk.AssetHashType.SOURCE,
        bundling: { image: customRuntime.bundlingImage, command: pipOnly },
      }),
      runtime: lambda.Runtime.PYTHON_3_12,
      handler: 'index.handler',
    });
    new lambda.Function(stack, 'SourceHashBuiltImage', {
      code: lambda.Code.fromAsset(HANDLER, {
        assetHashType: cdk.AssetHashType.SOURCE,
        bundling: {
          image: cdk.DockerImage.fromBuild(BUILD_CONTEXT, { buildArgs: { ARG1: 'value1' } }),
          command: ['my', 'cool', 'command'],
        },
      }),
      runtime: lambda.Runtime.PYTHON_3_12,
      handler: 'index.handler',
    });
  } finally {
    docker.uninstall();
  }
}
