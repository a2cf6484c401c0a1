// Seed example "Bundling Asset Code": asset code bundled by a command in a Docker container, which reads the asset
// folder at /asset-input and writes the code to zip at /asset-output. Bundling runs `docker` while the app runs
// (`cdk synth`), so this app needs a Docker engine (or a Docker-compatible CLI named in CDK_DOCKER).
import * as path from 'path';
import * as cdk from 'lambda-cdk';
import * as lambda from 'lambda-cdk/aws-lambda';

const app = new cdk.App();
const stack = new cdk.Stack(app, 'LambdaBundling');

// Python dependencies installed in the runtime's AWS SAM build image (Runtime.PYTHON_3_13.bundlingImage is
// public.ecr.aws/sam/build-python3.13), so compiled packages match the Lambda environment.
new lambda.Function(stack, 'Function', {
  code: lambda.Code.fromAsset(path.join(__dirname, 'my-python-handler'), {
    bundling: {
      image: lambda.Runtime.PYTHON_3_13.bundlingImage,
      command: ['bash', '-c', 'pip install -r requirements.txt -t /asset-output && cp -au . /asset-output'],
    },
  }),
  runtime: lambda.Runtime.PYTHON_3_13,
  handler: 'index.handler',
});

// A bundling image built from a local Dockerfile, with build arguments (DockerImage.fromRegistry(name) would use an
// existing image instead).
new lambda.Function(stack, 'CustomImageFunction', {
  code: lambda.Code.fromAsset(path.join(__dirname, 'my-python-handler'), {
    bundling: {
      image: cdk.DockerImage.fromBuild(path.join(__dirname, 'bundling-image'), {
        buildArgs: { ARG1: 'value1' },
      }),
      command: ['bash', '-c', 'echo "built with ARG1=$ARG1" > /asset-output/build-info.txt && cp -au . /asset-output'],
    },
  }),
  runtime: lambda.Runtime.PYTHON_3_13,
  handler: 'index.handler',
});

app.synth();
