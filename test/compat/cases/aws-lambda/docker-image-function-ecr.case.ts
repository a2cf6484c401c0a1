import * as cdk from 'aws-cdk-lib';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/**
 * DockerImageFunction with DockerImageCode.fromEcr: tags and digests (tagOrDigest, the deprecated tag), a repository
 * of another stack (a cross-stack reference and a pull grant in the repository's policy) and imported repositories.
 */
export function build(app: cdk.App): void {
  const registry = new cdk.Stack(app, 'Registry');
  const repository = new ecr.Repository(registry, 'Images', { repositoryName: 'functions/app' });
  const stack = new cdk.Stack(app, 'DockerImageFunctionEcr');

  new lambda.DockerImageFunction(stack, 'ByDigest', {
    code: lambda.DockerImageCode.fromEcr(repository, { tagOrDigest: 'sha256:4d1b5e8c0a9f3b2e7c6d5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d' }),
  });
  new lambda.DockerImageFunction(stack, 'ByTag', {
    code: lambda.DockerImageCode.fromEcr(repository, { tagOrDigest: 'release-7', cmd: ['app.handler'] }),
    architecture: lambda.Architecture.ARM_64,
  });
  new lambda.DockerImageFunction(stack, 'DeprecatedTag', {
    code: lambda.DockerImageCode.fromEcr(repository, { tag: 'legacy' }),
  });

  const byArn = ecr.Repository.fromRepositoryArn(stack, 'ByArn', 'arn:aws:ecr:eu-west-1:123456789012:repository/shared/base');
  new lambda.DockerImageFunction(stack, 'ImportedByArn', { code: lambda.DockerImageCode.fromEcr(byArn, { tagOrDigest: 'v3' }) });
  const byName = ecr.Repository.fromRepositoryName(stack, 'ByName', 'local/tools');
  new lambda.DockerImageFunction(stack, 'ImportedByName', { code: lambda.DockerImageCode.fromEcr(byName) });
}
