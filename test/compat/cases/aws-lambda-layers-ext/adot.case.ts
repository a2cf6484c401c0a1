import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';

/** ADOT instrumentation: a layer per type and architecture, AWS_LAMBDA_EXEC_WRAPPER, and active tracing by default. */
export function build(app: cdk.App): void {
  const code = lambda.Code.fromInline('exports.handler = async () => 1;');
  const regional = new cdk.Stack(app, 'AdotRegion', { env: { region: 'us-west-2' } });
  new lambda.Function(regional, 'JavaScript', {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code,
    environment: { FIRST: '1' },
    adotInstrumentation: {
      layerVersion: lambda.AdotLayerVersion.fromJavaScriptSdkLayerVersion(lambda.AdotLambdaLayerJavaScriptSdkVersion.LATEST),
      execWrapper: lambda.AdotLambdaExecWrapper.REGULAR_HANDLER,
    },
  });
  new lambda.Function(regional, 'Python', {
    runtime: lambda.Runtime.PYTHON_3_12, handler: 'index.handler', code, architecture: lambda.Architecture.ARM_64,
    adotInstrumentation: {
      layerVersion: lambda.AdotLayerVersion.fromPythonSdkLayerVersion(lambda.AdotLambdaLayerPythonSdkVersion.V1_20_0_1),
      execWrapper: lambda.AdotLambdaExecWrapper.INSTRUMENT_HANDLER,
    },
  });

  const agnostic = new cdk.Stack(app, 'AdotAgnostic');
  const s3Code = lambda.Code.fromBucket(s3.Bucket.fromBucketName(agnostic, 'CodeBucket', 'code-bucket'), 'function.zip');
  new lambda.Function(agnostic, 'JavaSdk', {
    runtime: lambda.Runtime.JAVA_21, handler: 'example.Handler', code: s3Code,
    tracing: lambda.Tracing.PASS_THROUGH,
    adotInstrumentation: {
      layerVersion: lambda.AdotLayerVersion.fromJavaSdkLayerVersion(lambda.AdotLambdaLayerJavaSdkVersion.V1_32_0_1),
      execWrapper: lambda.AdotLambdaExecWrapper.STREAM_HANDLER,
    },
  });
  new lambda.Function(agnostic, 'JavaAgent', {
    runtime: lambda.Runtime.JAVA_17, handler: 'example.Handler', code: s3Code,
    architecture: lambda.Architecture.ARM_64,
    tracing: lambda.Tracing.DISABLED,
    adotInstrumentation: {
      layerVersion: lambda.AdotLayerVersion.fromJavaAutoInstrumentationLayerVersion(lambda.AdotLambdaLayerJavaAutoInstrumentationVersion.V1_19_2),
      execWrapper: lambda.AdotLambdaExecWrapper.SQS_HANDLER,
    },
  });
  new lambda.Function(agnostic, 'Generic', {
    runtime: lambda.Runtime.PROVIDED_AL2023, handler: 'bootstrap', code: s3Code,
    deadLetterQueueEnabled: true,
    adotInstrumentation: {
      layerVersion: lambda.AdotLayerVersion.fromGenericLayerVersion(lambda.AdotLambdaLayerGenericVersion.V0_62_1),
      execWrapper: lambda.AdotLambdaExecWrapper.PROXY_HANDLER,
    },
  });
  new cdk.CfnOutput(agnostic, 'JavaSdkArn', {
    value: lambda.AdotLambdaLayerJavaSdkVersion.V1_19_0.layerArn(agnostic, lambda.Architecture.X86_64),
  });
}
