import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Match, Template } from '../../src/assertions';
import * as ecr from '../../src/aws-ecr';
import * as lambda from '../../src/aws-lambda';
import * as s3 from '../../src/aws-s3';
import { App, Stack } from '../../src/core';
import { newFunction, newStack } from './helpers';

const US_EAST_1 = { env: { region: 'us-east-1' } };
const XRAY_STATEMENT = { Action: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], Effect: 'Allow', Resource: '*' };

function javascriptAdot(execWrapper = lambda.AdotLambdaExecWrapper.REGULAR_HANDLER): lambda.AdotInstrumentationConfig {
  return { layerVersion: lambda.AdotLayerVersion.fromJavaScriptSdkLayerVersion(lambda.AdotLambdaLayerJavaScriptSdkVersion.LATEST), execWrapper };
}

function bucketCode(stack: Stack): lambda.Code {
  return lambda.Code.fromBucket(s3.Bucket.fromBucketName(stack, 'CodeBucket', 'code-bucket'), 'function.zip');
}

describe('ADOT instrumentation', () => {
  test('adds the layer of the region, the exec wrapper variable and active tracing with its X-Ray statement', () => {
    const stack = newStack(US_EAST_1);
    newFunction(stack, { adotInstrumentation: javascriptAdot() });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Layers: ['arn:aws:lambda:us-east-1:901920570463:layer:aws-otel-nodejs-amd64-ver-1-30-1:1'],
      Environment: { Variables: { AWS_LAMBDA_EXEC_WRAPPER: '/opt/otel-handler' } },
      TracingConfig: { Mode: 'Active' },
    });
    template.hasResourceProperties('AWS::IAM::Policy', { PolicyDocument: { Statement: [XRAY_STATEMENT] } });
  });

  test('an explicit tracing mode is kept', () => {
    const stack = newStack(US_EAST_1);
    newFunction(stack, { adotInstrumentation: javascriptAdot(), tracing: lambda.Tracing.PASS_THROUGH });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', { TracingConfig: { Mode: 'PassThrough' } });
  });

  test('tracing DISABLED turns tracing off even with ADOT', () => {
    const stack = newStack(US_EAST_1);
    newFunction(stack, { adotInstrumentation: javascriptAdot(), tracing: lambda.Tracing.DISABLED });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::Function', { TracingConfig: Match.absent() });
    template.resourceCountIs('AWS::IAM::Policy', 0);
  });

  test('the exec wrapper variable comes after the variables of the props', () => {
    const stack = newStack(US_EAST_1);
    newFunction(stack, { environment: { A: '1' }, adotInstrumentation: javascriptAdot(lambda.AdotLambdaExecWrapper.SQS_HANDLER) });
    const fn = Template.fromStack(stack).findResources('AWS::Lambda::Function');
    assert.deepEqual(Object.entries(Object.values(fn)[0].Properties.Environment.Variables),
      [['A', '1'], ['AWS_LAMBDA_EXEC_WRAPPER', '/opt/otel-sqs-handler']]);
  });

  test('each layer type resolves to its own layer, per architecture', () => {
    const stack = newStack(US_EAST_1);
    const cases: Array<[lambda.AdotLayerVersion, lambda.Architecture, string]> = [
      [lambda.AdotLayerVersion.fromJavaSdkLayerVersion(lambda.AdotLambdaLayerJavaSdkVersion.V1_32_0_1), lambda.Architecture.X86_64, 'aws-otel-java-wrapper-amd64-ver-1-32-0:4'],
      [lambda.AdotLayerVersion.fromJavaAutoInstrumentationLayerVersion(lambda.AdotLambdaLayerJavaAutoInstrumentationVersion.LATEST), lambda.Architecture.ARM_64, 'aws-otel-java-agent-arm64-ver-1-32-0:4'],
      [lambda.AdotLayerVersion.fromJavaScriptSdkLayerVersion(lambda.AdotLambdaLayerJavaScriptSdkVersion.V1_30_0), lambda.Architecture.ARM_64, 'aws-otel-nodejs-arm64-ver-1-30-1:1'],
      [lambda.AdotLayerVersion.fromPythonSdkLayerVersion(lambda.AdotLambdaLayerPythonSdkVersion.V1_29_0), lambda.Architecture.X86_64, 'aws-otel-python-amd64-ver-1-29-0:1'],
      [lambda.AdotLayerVersion.fromGenericLayerVersion(lambda.AdotLambdaLayerGenericVersion.V0_115_0), lambda.Architecture.ARM_64, 'aws-otel-collector-arm64-ver-0-115-0:2'],
    ];
    const code = bucketCode(stack);
    cases.forEach(([layerVersion, architecture, layer], i) => {
      const fn = newFunction(stack, {
        runtime: lambda.Runtime.PROVIDED_AL2023, handler: 'bootstrap', code, architecture, adotInstrumentation: { layerVersion, execWrapper: lambda.AdotLambdaExecWrapper.REGULAR_HANDLER },
      }, `Fn${i}`);
      const resource = stack.resolve((fn.node.defaultChild as lambda.CfnFunction).layers);
      assert.deepEqual(resource, [`arn:aws:lambda:us-east-1:901920570463:layer:${layer}`]);
    });
  });

  test('layerArn without a region is an ARN over AWS::Region', () => {
    const stack = newStack();
    assert.deepEqual(stack.resolve(lambda.AdotLambdaLayerJavaSdkVersion.V1_19_0.layerArn(stack, lambda.Architecture.X86_64)), {
      'Fn::Join': ['', ['arn:aws:lambda:', { Ref: 'AWS::Region' }, ':901920570463:layer:aws-otel-java-wrapper-amd64-ver-1-19-0:1']],
    });
  });

  test('LATEST is the newest version of each layer type', () => {
    assert.equal(lambda.AdotLambdaLayerJavaSdkVersion.LATEST, lambda.AdotLambdaLayerJavaSdkVersion.V1_32_0_1);
    assert.equal(lambda.AdotLambdaLayerJavaAutoInstrumentationVersion.LATEST, lambda.AdotLambdaLayerJavaAutoInstrumentationVersion.V1_32_0_1);
    assert.equal(lambda.AdotLambdaLayerJavaScriptSdkVersion.LATEST, lambda.AdotLambdaLayerJavaScriptSdkVersion.V1_30_0);
    assert.equal(lambda.AdotLambdaLayerPythonSdkVersion.LATEST, lambda.AdotLambdaLayerPythonSdkVersion.V1_29_0);
    assert.equal(lambda.AdotLambdaLayerGenericVersion.LATEST, lambda.AdotLambdaLayerGenericVersion.V0_115_0);
  });

  test('the exec wrappers are the scripts of the ADOT layers', () => {
    assert.deepEqual(Object.values(lambda.AdotLambdaExecWrapper),
      ['/opt/otel-handler', '/opt/otel-proxy-handler', '/opt/otel-stream-handler', '/opt/otel-instrument', '/opt/otel-sqs-handler']);
  });

  test('a container image function is rejected', () => {
    const stack = newStack(US_EAST_1);
    assert.throws(() => new lambda.DockerImageFunction(stack, 'Fn', {
      code: lambda.DockerImageCode.fromEcr(ecr.Repository.fromRepositoryName(stack, 'Repo', 'images')),
      adotInstrumentation: javascriptAdot(),
    }), /\[Stack\/Fn\] adotInstrumentation cannot be used with a container image function/);
  });

  test('Go 1.x is rejected', () => {
    const stack = newStack();
    assert.throws(() => newFunction(stack, { runtime: lambda.Runtime.GO_1_X, handler: 'main', code: bucketCode(stack), adotInstrumentation: javascriptAdot() }),
      /\[Stack\/Fn\] adotInstrumentation does not support runtime go1\.x/);
  });

  test('a Python runtime requires the INSTRUMENT_HANDLER wrapper', () => {
    const python = { runtime: lambda.Runtime.PYTHON_3_12 };
    const layerVersion = lambda.AdotLayerVersion.fromPythonSdkLayerVersion(lambda.AdotLambdaLayerPythonSdkVersion.LATEST);
    assert.throws(() => newFunction(newStack(), { ...python, adotInstrumentation: { layerVersion, execWrapper: lambda.AdotLambdaExecWrapper.REGULAR_HANDLER } }),
      /on a Python runtime \(python3\.12\) requires execWrapper AdotLambdaExecWrapper\.INSTRUMENT_HANDLER \('\/opt\/otel-instrument'\), got '\/opt\/otel-handler'/);
    const stack = newStack();
    newFunction(stack, { ...python, adotInstrumentation: { layerVersion, execWrapper: lambda.AdotLambdaExecWrapper.INSTRUMENT_HANDLER } });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: { AWS_LAMBDA_EXEC_WRAPPER: '/opt/otel-instrument' } } });
  });

  test('the runtime checks come before the layer lookup', () => {
    assert.throws(() => newFunction(newStack({ env: { region: 'af-south-1' } }), {
      runtime: lambda.Runtime.PYTHON_3_12, adotInstrumentation: javascriptAdot(),
    }), /requires execWrapper/);
  });

  test('a region without ADOT layers is rejected with the type, version and region', () => {
    assert.throws(() => newFunction(newStack({ env: { region: 'af-south-1' } }), { adotInstrumentation: javascriptAdot() }),
      /\[Stack\/Fn\] Could not find the ARN information for the ADOT Lambda Layer of type JAVASCRIPT_SDK and version 1\.30\.0 \(x86_64\) in af-south-1/);
  });

  test('target partitions without ADOT layers are rejected', () => {
    const stack = new Stack(new App({ context: { '@aws-cdk/core:target-partitions': ['aws-cn'] } }), 'Stack');
    assert.throws(() => lambda.AdotLambdaLayerJavaSdkVersion.V1_19_0.layerArn(stack, lambda.Architecture.ARM_64),
      /ADOT Lambda Layer of type JAVA_SDK and version 1\.19\.0 \(arm64\) is not available in any region of the target partitions/);
  });
});
