import * as path from 'path';
import { Construct } from 'constructs';
import * as ecr from '../../src/aws-ecr';
import * as iam from '../../src/aws-iam';
import * as kms from '../../src/aws-kms';
import * as lambda from '../../src/aws-lambda';
import * as logs from '../../src/aws-logs';
import * as s3 from '../../src/aws-s3';
import * as sns from '../../src/aws-sns';
import * as sqs from '../../src/aws-sqs';
import * as cdk from '../../src/core';

/*
 * The function configurations of the currentVersion golden table. Each builder is the program of the compat case of
 * the same name in test/compat/cases/aws-lambda-versions/ (there written against aws-cdk-lib), so every row is also
 * compared whole with aws-cdk-lib's template.
 */

const ASSET = path.join(__dirname, '..', 'fixtures', 'lambda', 'hello');
const INLINE = 'exports.handler = async () => 1;';

type Rows = Record<string, lambda.Function>;

function nodeFunction(scope: Construct, id: string, props: Partial<lambda.FunctionProps> = {}): lambda.Function {
  const f = new lambda.Function(scope, id, {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline(INLINE),
    ...props,
  });
  void f.currentVersion;
  return f;
}

/** test/compat/cases/aws-lambda-versions/hash-properties.case.ts */
export function hashProperties(app: cdk.App): Rows {
  const stack = new cdk.Stack(app, 'HashProperties');
  const rows: Rows = {};
  const fn = (id: string, props: Partial<lambda.FunctionProps> = {}) => (rows[id] = nodeFunction(stack, id, props));

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

  fn('ReservedConcurrency', { reservedConcurrentExecutions: 10 });
  cdk.Tags.of(fn('Tagged')).add('team', 'blue');
  fn('CodeSigning', {
    codeSigningConfig: lambda.CodeSigningConfig.fromCodeSigningConfigArn(stack, 'Signing',
      'arn:aws:lambda:us-east-1:123456789012:code-signing-config:csc-0123456789abcdef0'),
  });
  return rows;
}

/** test/compat/cases/aws-lambda-versions/hash-code.case.ts */
export function hashCode(app: cdk.App): Rows {
  const stack = new cdk.Stack(app, 'HashCode');
  const rows: Rows = {};
  const fn = (id: string, code: lambda.Code) => (rows[id] = nodeFunction(stack, id, { code }));
  const imported = s3.Bucket.fromBucketName(stack, 'Imported', 'code-bucket');
  const bucket = new s3.Bucket(stack, 'Bucket');

  fn('Inline', lambda.Code.fromInline('exports.handler = async () => "inline";'));
  fn('BucketKey', lambda.Code.fromBucket(imported, 'code.zip'));
  fn('BucketKeyVersion', lambda.Code.fromBucket(imported, 'code.zip', 'v42'));
  fn('BucketInStack', lambda.Code.fromBucket(bucket, 'app/code.zip', 'v1'));
  fn('Asset', lambda.Code.fromAsset(ASSET));
  fn('AssetCustomHash', lambda.Code.fromAsset(ASSET, { assetHash: 'my-custom-hash', assetHashType: cdk.AssetHashType.CUSTOM }));
  fn('CfnParameters', lambda.Code.fromCfnParameters());

  const repo = ecr.Repository.fromRepositoryName(stack, 'Repo', 'images/app');
  rows.EcrImage = new lambda.DockerImageFunction(stack, 'EcrImage', { code: lambda.DockerImageCode.fromEcr(repo, { tagOrDigest: 'v1' }) });
  rows.EcrImageConfig = new lambda.DockerImageFunction(stack, 'EcrImageConfig', {
    code: lambda.DockerImageCode.fromEcr(repo, { tagOrDigest: 'v1', cmd: ['app.handler'], entrypoint: ['/entry.sh'], workingDirectory: '/app' }),
  });
  void rows.EcrImage.currentVersion;
  void rows.EcrImageConfig.currentVersion;
  return rows;
}

/** test/compat/cases/aws-lambda-versions/hash-tokens.case.ts */
export function hashTokens(app: cdk.App): Rows {
  const shared = new cdk.Stack(app, 'HashTokensShared');
  const sharedRole = new iam.Role(shared, 'SharedRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });

  const stack = new cdk.Stack(app, 'HashTokens');
  const rows: Rows = {};
  const fn = (id: string, props: Partial<lambda.FunctionProps> = {}) => (rows[id] = nodeFunction(stack, id, props));
  const stage = new cdk.CfnParameter(stack, 'Stage', { default: 'dev' });
  const memory = new cdk.CfnParameter(stack, 'Memory', { type: 'Number', default: 256 });
  const queue = new sqs.Queue(stack, 'Queue');

  fn('EnvParameter', { environment: { STAGE: stage.valueAsString } });
  fn('EnvPseudo', { environment: { REGION: cdk.Aws.REGION, TABLE: `table-${cdk.Aws.ACCOUNT_ID}-${cdk.Aws.REGION}` } });
  fn('EnvResource', { environment: { QUEUE_URL: queue.queueUrl, QUEUE_ARN: queue.queueArn } });
  fn('EnvLazy', { environment: { LAZY: cdk.Lazy.string({ produce: () => 'produced late' }) } });
  fn('DescriptionToken', { description: `${cdk.Aws.STACK_NAME} handler` });
  fn('MemoryToken', { memorySize: memory.valueAsNumber });
  fn('NameToken', { functionName: `${stage.valueAsString}-handler` });
  fn('CrossStackRole', { role: sharedRole });
  return rows;
}

/** test/compat/cases/aws-lambda-versions/hash-overrides.case.ts */
export function hashOverrides(app: cdk.App): Rows {
  lambda.Function.classifyVersionProperty('CompatCaseLockedProperty', true);
  lambda.Function.classifyVersionProperty('CompatCaseUnlockedProperty', false);

  const stack = new cdk.Stack(app, 'HashOverrides');
  const rows: Rows = {};
  const fn = (id: string, props: Partial<lambda.FunctionProps> = {}) => {
    rows[id] = nodeFunction(stack, id, props);
    return { f: rows[id], cfn: rows[id].node.defaultChild as lambda.CfnFunction };
  };

  fn('OverrideLocked').cfn.addPropertyOverride('MemorySize', 2048);
  fn('OverrideNested', { environment: { B: 'b' } }).cfn.addPropertyOverride('Environment.Variables.A', 'a');
  fn('OverrideUnlocked').cfn.addPropertyOverride('ReservedConcurrentExecutions', 3);
  fn('OverrideNull').cfn.addPropertyOverride('Timeout', null);
  fn('DeleteLocked', { description: 'removed again' }).cfn.addPropertyDeletionOverride('Description');
  fn('ClassifiedLocked').cfn.addPropertyOverride('CompatCaseLockedProperty', 'x');
  fn('ClassifiedUnlocked').cfn.addPropertyOverride('CompatCaseUnlockedProperty', 'x');
  fn('UnknownNull').cfn.addPropertyOverride('CompatCaseUnknownProperty', null);
  fn('OverriddenFunctionLogicalId').cfn.overrideLogicalId('RenamedFunction');
  fn('Invalidated').f.invalidateVersionBasedOn('2024-06-01');
  const twice = fn('InvalidatedTwice').f;
  twice.invalidateVersionBasedOn('a');
  twice.invalidateVersionBasedOn('b');
  return rows;
}

/** test/compat/cases/aws-lambda-versions/hash-legacy.case.ts */
export function hashLegacy(app: cdk.App): Rows {
  const stack = new cdk.Stack(app, 'HashLegacy');
  stack.node.setContext('@aws-cdk/aws-lambda:recognizeVersionProps', false);
  const rows: Rows = {};
  const fn = (id: string, props: Partial<lambda.FunctionProps> = {}) => (rows[id] = nodeFunction(stack, id, props));

  fn('Minimal');
  fn('Environment', { environment: { ZETA: 'z', ALPHA: 'a' }, description: 'described', memorySize: 512 });
  fn('ReservedConcurrency', { reservedConcurrentExecutions: 2 });
  cdk.Tags.of(fn('Tagged')).add('team', 'blue');
  fn('DeadLetterQueue', { deadLetterQueueEnabled: true });
  fn('Policy').addToRolePolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['*'] }));
  fn('Retained').applyRemovalPolicy(cdk.RemovalPolicy.RETAIN);
  (fn('WithMetadata').node.defaultChild as cdk.CfnResource).addMetadata('team', 'blue');
  (fn('RenamedResource').node.defaultChild as cdk.CfnResource).overrideLogicalId('RenamedLegacyFunction');
  fn('Invalidated').invalidateVersionBasedOn('x');
  (fn('Overridden').node.defaultChild as cdk.CfnResource).addPropertyOverride('CompatCaseLegacyUnknown', 'allowed');
  return rows;
}

/** test/compat/cases/aws-lambda-versions/hash-layers.case.ts */
export function hashLayers(app: cdk.App): Rows {
  const layerStack = new cdk.Stack(app, 'HashLayersShared');
  layerStack.node.setContext('@aws-cdk/aws-lambda:recognizeLayerVersion', true);
  const sharedLayer = new lambda.LayerVersion(layerStack, 'SharedLayer', { code: lambda.Code.fromAsset(ASSET), description: 'shared' });

  const stack = new cdk.Stack(app, 'HashLayers');
  stack.node.setContext('@aws-cdk/aws-lambda:recognizeLayerVersion', true);
  const rows: Rows = {};
  const fn = (id: string, layers: lambda.ILayerVersion[] = []) => (rows[id] = nodeFunction(stack, id, { layers }));
  const arn = (name: string) => `arn:aws:lambda:us-east-1:123456789012:layer:${name}:1`;
  const layerParameter = new cdk.CfnParameter(stack, 'LayerArn');

  fn('NoLayers');
  fn('ImportedLiteral', [lambda.LayerVersion.fromLayerVersionArn(stack, 'Literal', arn('literal'))]);
  fn('ImportedNoRuntimes', [lambda.LayerVersion.fromLayerVersionAttributes(stack, 'NoRuntimes', { layerVersionArn: arn('plain') })]);
  fn('ImportedRuntimes', [lambda.LayerVersion.fromLayerVersionAttributes(stack, 'Runtimes', {
    layerVersionArn: arn('runtimes'), compatibleRuntimes: [lambda.Runtime.NODEJS_22_X, lambda.Runtime.NODEJS_20_X],
  })]);
  fn('ImportedToken', [lambda.LayerVersion.fromLayerVersionArn(stack, 'Token', layerParameter.valueAsString)]);
  fn('ImportedTokenRuntimes', [lambda.LayerVersion.fromLayerVersionAttributes(stack, 'TokenRuntimes', {
    layerVersionArn: `arn:aws:lambda:${cdk.Aws.REGION}:123456789012:layer:regional:2`, compatibleRuntimes: [lambda.Runtime.NODEJS_22_X],
  })]);
  fn('InApp', [new lambda.LayerVersion(stack, 'AppLayer', {
    code: lambda.Code.fromAsset(ASSET),
    compatibleRuntimes: [lambda.Runtime.NODEJS_22_X],
    compatibleArchitectures: [lambda.Architecture.X86_64, lambda.Architecture.ARM_64],
    description: 'in-app layer',
    license: 'MIT',
    layerVersionName: 'app-layer',
  })]);
  const overridden = new lambda.LayerVersion(stack, 'OverriddenLayer', { code: lambda.Code.fromAsset(ASSET) });
  (overridden.node.defaultChild as cdk.CfnResource).addPropertyOverride('ZCompatCaseExtra', 'z');
  (overridden.node.defaultChild as cdk.CfnResource).addPropertyOverride('ACompatCaseExtra', 'a');
  fn('InAppOverridden', [overridden]);
  fn('CrossStack', [sharedLayer]);
  fn('Sorted', [
    lambda.LayerVersion.fromLayerVersionArn(stack, 'b', arn('b')),
    lambda.LayerVersion.fromLayerVersionArn(stack, 'C', arn('c')),
    lambda.LayerVersion.fromLayerVersionArn(stack, '_d', arn('d')),
    lambda.LayerVersion.fromLayerVersionArn(stack, 'A', arn('a')),
  ]);
  fn('LayersAndInvalidate', [lambda.LayerVersion.fromLayerVersionArn(stack, 'Extra', arn('extra'))]).invalidateVersionBasedOn('v2');
  return rows;
}

/** test/compat/cases/aws-lambda-versions/hash-layers-legacy.case.ts */
export function hashLayersLegacy(app: cdk.App): Rows {
  const stack = new cdk.Stack(app, 'HashLayersLegacy');
  stack.node.setContext('@aws-cdk/aws-lambda:recognizeVersionProps', false);
  stack.node.setContext('@aws-cdk/aws-lambda:recognizeLayerVersion', true);
  const rows: Rows = {};
  const fn = (id: string, layers: lambda.ILayerVersion[] = []) => (rows[id] = nodeFunction(stack, id, { layers }));
  fn('NoLayers');
  fn('Imported', [lambda.LayerVersion.fromLayerVersionArn(stack, 'Layer', 'arn:aws:lambda:us-east-1:123456789012:layer:x:1')]);
  fn('Invalidated').invalidateVersionBasedOn('x');
  return rows;
}

/** test/compat/cases/aws-lambda-versions/hash-upgrade.case.ts (the functions with a current version) */
export function hashUpgrade(app: cdk.App): Rows {
  const props = (description?: string): lambda.FunctionProps => ({
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline(INLINE),
    description,
  });
  const rows: Rows = {};

  const withVersion = (scope: Construct, id: string, description?: string) => {
    const f = new lambda.Function(scope, id, props(description));
    void f.currentVersion;
    return f;
  };

  const upgraded = new cdk.Stack(app, 'HashUpgrade');
  rows.Described = withVersion(upgraded, 'Described', 'my function');
  rows.Undescribed = withVersion(upgraded, 'Undescribed');
  new lambda.Function(upgraded, 'WithoutVersion', props('no version'));
  new lambda.Function(upgraded, 'TokenDescription', props(`${cdk.Aws.REGION} function`));
  cdk.Aspects.of(upgraded).add(new lambda.FunctionVersionUpgrade('@aws-cdk/aws-lambda:recognizeVersionProps'));

  const legacy = new cdk.Stack(app, 'HashUpgradeLegacy');
  legacy.node.setContext('@aws-cdk/aws-lambda:recognizeVersionProps', false);
  rows.LegacyDescribed = withVersion(legacy, 'Described', 'legacy');
  rows.LegacyUndescribed = withVersion(legacy, 'Undescribed');
  cdk.Aspects.of(legacy).add(new lambda.FunctionVersionUpgrade('@aws-cdk/aws-lambda:recognizeVersionProps', false));

  const layers = new cdk.Stack(app, 'HashUpgradeLayers');
  layers.node.setContext('@aws-cdk/aws-lambda:recognizeLayerVersion', true);
  rows.Layered = withVersion(layers, 'Layered', 'layered');
  cdk.Aspects.of(layers).add(new lambda.FunctionVersionUpgrade('@aws-cdk/aws-lambda:recognizeLayerVersion'));
  // The flag is off there: nothing changes.
  cdk.Aspects.of(upgraded).add(new lambda.FunctionVersionUpgrade('@aws-cdk/aws-lambda:recognizeLayerVersion'));
  return rows;
}

/** test/compat/cases/aws-lambda-versions/hash-long-ids.case.ts */
export function hashLongIds(app: cdk.App): Rows {
  const stack = new cdk.Stack(app, 'HashLongIds');
  const rows: Rows = {};
  const nested = new Construct(new Construct(stack, 'Service'), 'Api');
  rows.Nested = nodeFunction(nested, 'Handler');
  const long = new Construct(stack, 'VeryLongConstructIdentifier'.repeat(5));
  rows.Long = nodeFunction(long, 'AnotherQuiteLongFunctionIdentifier'.repeat(4));
  rows.Punctuation = nodeFunction(stack, 'Fn-with.punctuation_in id');
  return rows;
}
