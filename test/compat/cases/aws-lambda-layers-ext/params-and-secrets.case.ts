import * as cdk from 'aws-cdk-lib';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/** The Parameters and Secrets Extension: layer per region/architecture and its configuration variables. */
export function build(app: cdk.App): void {
  const code = lambda.Code.fromInline('exports.handler = async () => 1;');
  const regional = new cdk.Stack(app, 'ParamsRegion', { env: { region: 'ap-southeast-2' } });
  new lambda.Function(regional, 'Defaults', {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code,
    paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersion(lambda.ParamsAndSecretsVersions.V1_0_103),
  });
  new lambda.Function(regional, 'Configured', {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code, architecture: lambda.Architecture.ARM_64,
    // A user variable of the same name keeps its place and takes the extension's value.
    environment: { PARAMETERS_SECRETS_EXTENSION_CACHE_SIZE: 'mine', OTHER: 'x' },
    paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersion(lambda.ParamsAndSecretsVersions.V1_0_103, {
      cacheEnabled: false, cacheSize: 0, httpPort: 8080, logLevel: lambda.ParamsAndSecretsLogLevel.DEBUG, maxConnections: 50,
      secretsManagerTimeout: cdk.Duration.seconds(3), secretsManagerTtl: cdk.Duration.minutes(5),
      parameterStoreTimeout: cdk.Duration.millis(250), parameterStoreTtl: cdk.Duration.seconds(0),
    }),
  });
  new lambda.DockerImageFunction(regional, 'Image', {
    code: lambda.DockerImageCode.fromEcr(ecr.Repository.fromRepositoryName(regional, 'Repo', 'images')),
    paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersion(lambda.ParamsAndSecretsVersions.V1_0_103, { logLevel: lambda.ParamsAndSecretsLogLevel.WARN }),
  });

  const agnostic = new cdk.Stack(app, 'ParamsAgnostic');
  new lambda.Function(agnostic, 'X86', {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code,
    paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersion(lambda.ParamsAndSecretsVersions.V1_0_103, { cacheSize: 500 }),
  });
  new lambda.Function(agnostic, 'Arm', {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code, architecture: lambda.Architecture.ARM_64,
    paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersion(lambda.ParamsAndSecretsVersions.V1_0_103, { logLevel: lambda.ParamsAndSecretsLogLevel.ERROR }),
  });
  new lambda.Function(agnostic, 'ByArn', {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code,
    paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersionArn(
      'arn:aws:lambda:us-east-1:177933569100:layer:AWS-Parameters-and-Secrets-Lambda-Extension:11',
      { logLevel: lambda.ParamsAndSecretsLogLevel.NONE, httpPort: 65535, maxConnections: 1 }),
  });
}
