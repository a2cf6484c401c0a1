import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Template } from '../../src/assertions';
import * as ecr from '../../src/aws-ecr';
import * as lambda from '../../src/aws-lambda';
import { Duration, Stack, Token } from '../../src/core';
import { newFunction, newStack } from './helpers';

const US_EAST_1 = { env: { region: 'us-east-1' } };
const V1_0_103 = lambda.ParamsAndSecretsVersions.V1_0_103;
const X86_LAYER = 'arn:aws:lambda:us-east-1:177933569100:layer:AWS-Parameters-and-Secrets-Lambda-Extension:4';

const DEFAULT_VARIABLES = {
  PARAMETERS_SECRETS_EXTENSION_CACHE_ENABLED: 'true',
  PARAMETERS_SECRETS_EXTENSION_CACHE_SIZE: '1000',
  PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: '2773',
  PARAMETERS_SECRETS_EXTENSION_LOG_LEVEL: 'info',
  PARAMETERS_SECRETS_EXTENSION_MAX_CONNECTIONS: '3',
  SECRETS_MANAGER_TIMEOUT_MILLIS: '0',
  SECRETS_MANAGER_TTL: '300',
  SSM_PARAMETER_STORE_TIMEOUT_MILLIS: '0',
  SSM_PARAMETER_STORE_TTL: '300',
};

function variables(stack: Stack): { [key: string]: string } {
  const fn = Object.values(Template.fromStack(stack).findResources('AWS::Lambda::Function'))[0];
  return fn.Properties.Environment.Variables;
}

function withOptions(options: lambda.ParamsAndSecretsOptions, stackProps = US_EAST_1): () => lambda.Function {
  return () => newFunction(newStack(stackProps), { paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersion(V1_0_103, options) });
}

describe('Parameters and Secrets Extension', () => {
  test('adds the layer of the region and every configuration variable, defaults included, in a fixed order', () => {
    const stack = newStack(US_EAST_1);
    const fn = newFunction(stack, { paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersion(V1_0_103) });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', { Layers: [X86_LAYER] });
    assert.deepEqual(Object.entries(variables(stack)), Object.entries(DEFAULT_VARIABLES));
    assert.ok(fn.node.tryFindChild('ParamsAndSecretsLayer'));
  });

  test('renders every option as a string', () => {
    const stack = newStack(US_EAST_1);
    newFunction(stack, {
      paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersion(V1_0_103, {
        cacheEnabled: false, cacheSize: 0, httpPort: 8080, logLevel: lambda.ParamsAndSecretsLogLevel.DEBUG, maxConnections: 50,
        secretsManagerTimeout: Duration.seconds(3), secretsManagerTtl: Duration.minutes(5),
        parameterStoreTimeout: Duration.millis(250), parameterStoreTtl: Duration.seconds(0),
      }),
    });
    assert.deepEqual(variables(stack), {
      PARAMETERS_SECRETS_EXTENSION_CACHE_ENABLED: 'false',
      PARAMETERS_SECRETS_EXTENSION_CACHE_SIZE: '0',
      PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: '8080',
      PARAMETERS_SECRETS_EXTENSION_LOG_LEVEL: 'debug',
      PARAMETERS_SECRETS_EXTENSION_MAX_CONNECTIONS: '50',
      SECRETS_MANAGER_TIMEOUT_MILLIS: '3000',
      SECRETS_MANAGER_TTL: '300',
      SSM_PARAMETER_STORE_TIMEOUT_MILLIS: '250',
      SSM_PARAMETER_STORE_TTL: '0',
    });
  });

  test('an arm64 function without a region looks the arm64 layer up in a mapping', () => {
    const stack = newStack();
    newFunction(stack, { architecture: lambda.Architecture.ARM_64, paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersion(V1_0_103) });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Layers: [{ 'Fn::FindInMap': ['ParamsandsecretslayerMap', { Ref: 'AWS::Region' }, '1x0x103xarm64'] }],
    });
    template.hasMapping('ParamsandsecretslayerMap', {
      'us-east-1': { '1x0x103xarm64': 'arn:aws:lambda:us-east-1:177933569100:layer:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:4' },
    });
  });

  test('fromVersionArn uses the ARN, with the options', () => {
    const stack = newStack();
    const arn = 'arn:aws:lambda:us-east-1:177933569100:layer:AWS-Parameters-and-Secrets-Lambda-Extension:11';
    newFunction(stack, { paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersionArn(arn, { logLevel: lambda.ParamsAndSecretsLogLevel.NONE }) });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', { Layers: [arn] });
    assert.equal(variables(stack).PARAMETERS_SECRETS_EXTENSION_LOG_LEVEL, 'none');
  });

  test('a variable already set keeps its place and takes the extension value', () => {
    const stack = newStack(US_EAST_1);
    newFunction(stack, {
      environment: { PARAMETERS_SECRETS_EXTENSION_CACHE_SIZE: 'mine', OTHER: 'x' },
      paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersion(V1_0_103, { cacheSize: 10 }),
    });
    const keys = Object.keys(variables(stack));
    assert.deepEqual(keys.slice(0, 3), ['PARAMETERS_SECRETS_EXTENSION_CACHE_SIZE', 'OTHER', 'PARAMETERS_SECRETS_EXTENSION_CACHE_ENABLED']);
    assert.equal(variables(stack).PARAMETERS_SECRETS_EXTENSION_CACHE_SIZE, '10');
  });

  test('a container image function gets the layer too', () => {
    const stack = newStack(US_EAST_1);
    new lambda.DockerImageFunction(stack, 'Fn', {
      code: lambda.DockerImageCode.fromEcr(ecr.Repository.fromRepositoryName(stack, 'Repo', 'images')),
      paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersion(V1_0_103),
    });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', { PackageType: 'Image', Layers: [X86_LAYER] });
  });

  test('the boundary values are accepted', () => {
    for (const options of [
      { cacheSize: 0, httpPort: 1, maxConnections: 1 },
      { cacheSize: 1000, httpPort: 65535, maxConnections: 100000, secretsManagerTtl: Duration.seconds(300), parameterStoreTtl: Duration.minutes(5) },
    ]) {
      withOptions(options)();
    }
  });

  test('cacheSize must be from 0 to 1000', () => {
    for (const cacheSize of [-1, 1001]) {
      assert.throws(withOptions({ cacheSize }),
        new RegExp(`\\[Stack/Fn\\] Parameters and Secrets Extension option cacheSize must be from 0 to 1000 inclusive, got ${cacheSize}`));
    }
  });

  test('httpPort must be from 1 to 65535', () => {
    for (const httpPort of [0, 65536]) {
      assert.throws(withOptions({ httpPort }), new RegExp(`option httpPort must be from 1 to 65535 inclusive, got ${httpPort}`));
    }
  });

  test('maxConnections must be at least 1', () => {
    assert.throws(withOptions({ maxConnections: 0.5 }), /option maxConnections must be at least 1, got 0\.5/);
  });

  test('secretsManagerTtl must be at most 300 seconds', () => {
    assert.throws(withOptions({ secretsManagerTtl: Duration.seconds(301) }), /option secretsManagerTtl must be at most 300 seconds, got 301 seconds/);
  });

  test('parameterStoreTtl must be at most 300 seconds', () => {
    assert.throws(withOptions({ parameterStoreTtl: Duration.minutes(6) }), /option parameterStoreTtl must be at most 300 seconds, got 360 seconds/);
  });

  test('options are checked in order: cacheSize, httpPort, maxConnections, then the TTLs', () => {
    const bad = { cacheSize: 2000, httpPort: 0, maxConnections: 0, secretsManagerTtl: Duration.hours(1), parameterStoreTtl: Duration.hours(1) };
    assert.throws(withOptions(bad), /cacheSize/);
    assert.throws(withOptions({ ...bad, cacheSize: 1 }), /httpPort/);
    assert.throws(withOptions({ ...bad, cacheSize: 1, httpPort: 1 }), /maxConnections/);
    assert.throws(withOptions({ ...bad, cacheSize: 1, httpPort: 1, maxConnections: 1 }), /secretsManagerTtl/);
  });

  test('options are checked when a function uses them, not when the layer version is made', () => {
    const layer = lambda.ParamsAndSecretsLayerVersion.fromVersion(V1_0_103, { cacheSize: 5000 });
    assert.throws(() => newFunction(newStack(), { paramsAndSecrets: layer }), /cacheSize/);
  });

  test('a token number is not checked and renders as its value', () => {
    const stack = newStack(US_EAST_1);
    newFunction(stack, { paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersion(V1_0_103, { cacheSize: Token.asNumber({ Ref: 'CacheSize' }) }) });
    assert.deepEqual(variables(stack).PARAMETERS_SECRETS_EXTENSION_CACHE_SIZE, { Ref: 'CacheSize' });
  });

  test('a region without the extension is rejected, before the options are checked', () => {
    assert.throws(withOptions({ cacheSize: 5000 }, { env: { region: 'eu-isoe-west-1' } }),
      /\[Stack\/Fn\] Parameters and Secrets Extension is not supported in region eu-isoe-west-1 for x86_64 architecture/);
  });
});
