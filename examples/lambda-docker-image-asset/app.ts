// Seed example "Docker Images": a function whose code is a container image built from a local folder with a
// Dockerfile. Synthesis only records the image as an asset (in cdk.out/<stack>.assets.json); the CDK CLI builds it
// and pushes it to the bootstrap ECR repository at deploy time, so no Docker engine is needed to synthesize.
import * as path from 'path';
import * as cdk from 'lambda-cdk';
import * as lambda from 'lambda-cdk/aws-lambda';

const app = new cdk.App();
const stack = new cdk.Stack(app, 'LambdaDockerImageAsset');

new lambda.DockerImageFunction(stack, 'AssetFunction', {
  code: lambda.DockerImageCode.fromImageAsset(path.join(__dirname, 'docker-handler')),
});

app.synth();
