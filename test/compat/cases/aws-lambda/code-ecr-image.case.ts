import * as cdk from 'aws-cdk-lib';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/** Image code from ECR: PackageType Image, ImageUri by tag or digest, ImageConfig, and a pull grant to Lambda. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'CodeEcrImage');
  const repo = new ecr.Repository(stack, 'Repository');
  new lambda.DockerImageFunction(stack, 'ECRFunction', { code: lambda.DockerImageCode.fromEcr(repo) });
  new lambda.DockerImageFunction(stack, 'Configured', {
    code: lambda.DockerImageCode.fromEcr(repo, { tagOrDigest: 'v1.2', cmd: ['app.handler'], entrypoint: ['/lambda-entrypoint.sh'], workingDirectory: '/var/task' }),
    architecture: lambda.Architecture.ARM_64,
    memorySize: 2048,
    timeout: cdk.Duration.seconds(30),
  });
  const imported = ecr.Repository.fromRepositoryName(stack, 'Imported', 'shared/images');
  new lambda.Function(stack, 'Digest', {
    runtime: lambda.Runtime.FROM_IMAGE,
    handler: lambda.Handler.FROM_IMAGE,
    code: lambda.Code.fromEcrImage(imported, { tagOrDigest: 'sha256:0123456789abcdef' }),
  });
}
