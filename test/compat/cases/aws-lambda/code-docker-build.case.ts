import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { installFakeDocker } from '../../../core/staging/fake-docker';

const CONTEXT = path.join(__dirname, '..', '..', '..', 'fixtures', 'lambda-image');

/**
 * Code.fromDockerBuild: the image is built and the code copied out of it while the program runs, then used as
 * asset code. No Docker engine runs where tests run: a fake docker CLI (CDK_DOCKER) plays the engine's part for
 * both libraries, and is removed again before synthesis, which runs no docker command.
 */
export function build(app: cdk.App): void {
  const docker = installFakeDocker();
  // The image "does not exist yet", so docker build runs with every option.
  docker.behave({ noImage: true });
  // The fake copies content out of /asset-output only; the copied code lands in folders removed again below.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'compat-docker-build-'));
  try {
    const stack = new cdk.Stack(app, 'CodeDockerBuild');
    const copied = lambda.Code.fromDockerBuild(CONTEXT, {
      imagePath: '/asset-output',
      outputPath: scratch,
      file: 'build.Dockerfile',
      buildArgs: { GREETING: 'built' },
      platform: 'linux/arm64',
      targetStage: 'final',
    });
    new lambda.Function(stack, 'Built', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'out.handler', code: copied });
    const layerDir = fs.mkdtempSync(path.join(scratch, 'layer-'));
    new lambda.LayerVersion(stack, 'BuiltLayer', {
      code: lambda.Code.fromDockerBuild(CONTEXT, { imagePath: '/asset-output/', outputPath: layerDir, file: 'build.Dockerfile' }),
    });
  } finally {
    docker.uninstall();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
