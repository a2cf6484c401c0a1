import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';

/**
 * currentVersion logical IDs (default flags): one function per version-locked property, and functions whose only
 * difference is a property that is not version-locked (their hash equals Minimal's).
 */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'HashProperties');
  const fn = (id: string, props: Partial<lambda.FunctionProps> = {}): lambda.Function => {
    const f = new lambda.Function(stack, id, {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = async () => 1;'),
      ...props,
    });
    void f.currentVersion;
    return f;
  };

  fn('Minimal');
  fn('Description', { description: 'a version-locked description' });
  fn('EmptyDescription', { description: '' });
  fn('Timeout', { timeout: cdk.Duration.seconds(30) });
  fn('MemorySize', { memorySize: 1024 });
  fn('Arm64', { architecture: lambda.Architecture.ARM_64 });
  fn('FunctionName', { functionName: 'named-function' });
  fn('Handler', { handler: 'other.main' });
  fn('Runtime', { runtime: lambda.Runtime.PYTHON_3_12, code: lambda.Code.fromInline('def handler(e, c): return 1') });
  fn('EnvironmentUnsorted', { environment: { ZETA: 'z', ALPHA: 'a', MID: 'm', lower: 'l', _under: 'u', A1: '1' } });
  fn('EnvironmentAddedLater', { environment: { ZETA: 'z' } }).addEnvironment('ALPHA', 'a');
  fn('EphemeralStorage', { ephemeralStorageSize: cdk.Size.mebibytes(2048) });
  fn('Tracing', { tracing: lambda.Tracing.ACTIVE });
  fn('PassThroughTracing', { tracing: lambda.Tracing.PASS_THROUGH });
  fn('DeadLetterQueue', { deadLetterQueueEnabled: true });
  fn('DeadLetterTopic', { deadLetterTopic: new sns.Topic(stack, 'Topic') });
  fn('EnvironmentEncryption', { environment: { KEY: 'value' }, environmentEncryption: new kms.Key(stack, 'Key') });
  fn('RuntimeManagement', { runtimeManagementMode: lambda.RuntimeManagementMode.FUNCTION_UPDATE });
  fn('RuntimeManagementManual', {
    runtimeManagementMode: lambda.RuntimeManagementMode.manual('arn:aws:lambda:us-east-1::runtime:0123456789abcdef'),
  });
  fn('RecursiveLoop', { recursiveLoop: lambda.RecursiveLoop.ALLOW });
  fn('LoggingConfig', {
    loggingFormat: lambda.LoggingFormat.JSON,
    applicationLogLevelV2: lambda.ApplicationLogLevel.DEBUG,
    systemLogLevelV2: lambda.SystemLogLevel.WARN,
    logGroup: new logs.LogGroup(stack, 'LogGroup'),
  });
  fn('SnapStart', {
    runtime: lambda.Runtime.JAVA_21, handler: 'a.B::handle', code: lambda.Code.fromCfnParameters(),
    snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS,
  });
  fn('ImportedRole', { role: iam.Role.fromRoleArn(stack, 'Existing', 'arn:aws:iam::123456789012:role/existing') });
  fn('ImportedLayer', {
    layers: [lambda.LayerVersion.fromLayerVersionArn(stack, 'Layer', 'arn:aws:lambda:us-east-1:123456789012:layer:shared:3')],
  });
  fn('InitialPolicy', { initialPolicy: [new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] })] });

  // Not version-locked: these hash like Minimal.
  fn('ReservedConcurrency', { reservedConcurrentExecutions: 10 });
  cdk.Tags.of(fn('Tagged')).add('team', 'blue');
  fn('CodeSigning', {
    codeSigningConfig: lambda.CodeSigningConfig.fromCodeSigningConfigArn(stack, 'Signing',
      'arn:aws:lambda:us-east-1:123456789012:code-signing-config:csc-0123456789abcdef0'),
  });
}
