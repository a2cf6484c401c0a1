// Seed example "Docker Images": a function whose code is an image in an ECR repository.
import * as cdk from 'lambda-cdk';
import * as ecr from 'lambda-cdk/aws-ecr';
import * as lambda from 'lambda-cdk/aws-lambda';

const app = new cdk.App();
const stack = new cdk.Stack(app, 'LambdaDockerEcr');

const repo = new ecr.Repository(stack, 'Repository');
new lambda.DockerImageFunction(stack, 'ECRFunction', {
  code: lambda.DockerImageCode.fromEcr(repo),
});

app.synth();
