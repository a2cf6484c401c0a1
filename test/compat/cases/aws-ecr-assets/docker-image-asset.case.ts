import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import * as ecrassets from 'aws-cdk-lib/aws-ecr-assets';
import * as iam from 'aws-cdk-lib/aws-iam';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'fixtures', 'staging');

/** Docker image assets: the hash of the build context and build options, the image URI, metadata and pull grants. */
export function build(app: cdk.App): void {
  app.node.setContext('aws:cdk:enable-asset-metadata', true);
  const stack = new cdk.Stack(app, 'DockerImageAsset');
  const plain = new ecrassets.DockerImageAsset(stack, 'Plain', { directory: path.join(FIXTURES, 'image') });
  const tuned = new ecrassets.DockerImageAsset(stack, 'Tuned', {
    directory: path.join(FIXTURES, 'image'),
    file: 'Other.Dockerfile',
    buildArgs: { B: '2', A: '1' },
    target: 'build',
    platform: ecrassets.Platform.LINUX_ARM64,
    networkMode: ecrassets.NetworkMode.HOST,
    extraHash: 'extra',
    outputs: ['type=docker'],
    buildSsh: 'default',
    invalidation: { buildSsh: false },
  });
  const ignoring = new ecrassets.DockerImageAsset(stack, 'Ignoring', { directory: path.join(FIXTURES, 'image-with-dockerignore'), exclude: ['keep.txt'] });
  const user = new cdk.CfnResource(stack, 'User', {
    type: 'AWS::Lambda::Function',
    properties: {
      Code: { ImageUri: plain.imageUri },
      Tags: [tuned.imageTag, ignoring.imageTag],
      Repository: plain.repository.repositoryName,
      TunedUri: tuned.imageUri,
    },
  });
  plain.addResourceMetadata(user, 'Code.ImageUri');
  const puller = new iam.Role(stack, 'Puller', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  tuned.repository.grantPull(puller);
}
