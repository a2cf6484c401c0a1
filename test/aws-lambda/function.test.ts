import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Annotations, Match, Template } from '../../src/assertions';
import * as iam from '../../src/aws-iam';
import * as kms from '../../src/aws-kms';
import * as lambda from '../../src/aws-lambda';
import * as logs from '../../src/aws-logs';
import * as sns from '../../src/aws-sns';
import * as sqs from '../../src/aws-sqs';
import { Duration, Lazy, Size } from '../../src/core';
import { newFunction, newStack } from './helpers';

const BASIC_EXECUTION_ROLE = {
  'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/service-role/AWSLambdaBasicExecutionRole']],
};

describe('Function', () => {
  test('a function gets a ServiceRole that Lambda assumes, with the basic execution managed policy', () => {
    const stack = newStack();
    newFunction(stack);
    const template = Template.fromStack(stack);
    template.hasResource('AWS::IAM::Role', {
      Properties: {
        AssumeRolePolicyDocument: {
          Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } }],
          Version: '2012-10-17',
        },
        ManagedPolicyArns: [BASIC_EXECUTION_ROLE],
      },
    });
    assert.ok(template.findResources('AWS::IAM::Role').FnServiceRoleB9001A96);
  });

  test('the function renders code, handler, runtime and role, and depends on its role', () => {
    const stack = newStack();
    newFunction(stack);
    Template.fromStack(stack).templateMatches({
      Resources: {
        Fn9270CBC0: {
          Type: 'AWS::Lambda::Function',
          Properties: {
            Code: { ZipFile: 'exports.handler = async () => 1;' },
            Handler: 'index.handler',
            Role: { 'Fn::GetAtt': ['FnServiceRoleB9001A96', 'Arn'] },
            Runtime: 'nodejs22.x',
          },
          DependsOn: ['FnServiceRoleB9001A96'],
        },
      },
    });
  });

  test('the function depends on the role default policy once the role has statements', () => {
    const stack = newStack();
    const fn = newFunction(stack);
    fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
    Template.fromStack(stack).hasResource('AWS::Lambda::Function', {
      DependsOn: Match.arrayWith(['FnServiceRoleDefaultPolicyC6A839BF', 'FnServiceRoleB9001A96']),
    });
  });

  test('every plain prop renders into the function properties', () => {
    const stack = newStack();
    const key = new kms.Key(stack, 'Key');
    newFunction(stack, {
      description: 'described',
      timeout: Duration.minutes(1),
      memorySize: 512,
      functionName: 'named_fn-1',
      ephemeralStorageSize: Size.gibibytes(1),
      environmentEncryption: key,
      architecture: lambda.Architecture.ARM_64,
      reservedConcurrentExecutions: 3,
      runtimeManagementMode: lambda.RuntimeManagementMode.manual('arn:aws:lambda:us-east-1::runtime:abc'),
      recursiveLoop: lambda.RecursiveLoop.ALLOW,
    });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', {
      Description: 'described',
      Timeout: 60,
      MemorySize: 512,
      FunctionName: 'named_fn-1',
      EphemeralStorage: { Size: 1024 },
      KmsKeyArn: { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] },
      Architectures: ['arm64'],
      ReservedConcurrentExecutions: 3,
      RuntimeManagementConfig: { UpdateRuntimeOn: 'Manual', RuntimeVersionArn: 'arn:aws:lambda:us-east-1::runtime:abc' },
      RecursiveLoop: 'Allow',
    });
  });

  test('memorySize, timeout and reserved concurrency are not range-checked (CloudFormation does it)', () => {
    const stack = newStack();
    newFunction(stack, { memorySize: 20000, timeout: Duration.minutes(20), reservedConcurrentExecutions: -1 });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', {
      MemorySize: 20000, Timeout: 1200, ReservedConcurrentExecutions: -1,
    });
  });

  test('the architecture renders only when given, and defaults to x86_64 on the construct', () => {
    const stack = newStack();
    const fn = newFunction(stack);
    assert.equal(fn.architecture, lambda.Architecture.X86_64);
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', { Architectures: Match.absent() });
  });

  test('the deprecated architectures list takes one architecture, and not together with architecture', () => {
    const stack = newStack();
    newFunction(stack, { architectures: [lambda.Architecture.ARM_64] });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', { Architectures: ['arm64'] });
    assert.throws(() => newFunction(newStack(), { architectures: [lambda.Architecture.ARM_64, lambda.Architecture.X86_64] }),
      /\[Stack\/Fn\] A function has one architecture; architectures lists 2: arm64, x86_64/);
    assert.throws(() => newFunction(newStack(), { architectures: [lambda.Architecture.ARM_64], architecture: lambda.Architecture.ARM_64 }),
      /\[Stack\/Fn\] Give either architecture or the deprecated architectures, not both/);
  });

  test('the function exposes its name, ARN, runtime, timeout and grant principal', () => {
    const stack = newStack();
    const fn = newFunction(stack, { timeout: Duration.seconds(9) });
    assert.deepEqual(stack.resolve(fn.functionName), { Ref: 'Fn9270CBC0' });
    assert.deepEqual(stack.resolve(fn.functionArn), { 'Fn::GetAtt': ['Fn9270CBC0', 'Arn'] });
    assert.deepEqual(stack.resolve(fn.functionRef), { functionName: { Ref: 'Fn9270CBC0' }, functionArn: { 'Fn::GetAtt': ['Fn9270CBC0', 'Arn'] } });
    assert.equal(fn.runtime, lambda.Runtime.NODEJS_22_X);
    assert.equal(fn.timeout?.toSeconds(), 9);
    assert.equal(fn.grantPrincipal, fn.role);
    assert.equal(fn.permissionsNode, fn.node);
    assert.equal(fn.isBoundToVpc, false);
    assert.deepEqual(stack.resolve(fn.resourceArnsForGrantInvoke), [
      { 'Fn::GetAtt': ['Fn9270CBC0', 'Arn'] },
      { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['Fn9270CBC0', 'Arn'] }, ':*']] },
    ]);
  });

  test('a given role is used as is: no ServiceRole, no managed policy added', () => {
    const stack = newStack();
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    const fn = newFunction(stack, { role, initialPolicy: [new iam.PolicyStatement({ actions: ['a:b'], resources: ['*'] })] });
    assert.equal(fn.role, role);
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::IAM::Role', 1);
    template.hasResourceProperties('AWS::IAM::Role', { ManagedPolicyArns: Match.absent() });
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: 'a:b', Effect: 'Allow', Resource: '*' }] },
      Roles: [{ Ref: 'Role1ABCC5F0' }],
    });
  });

  test('statements go to the DefaultPolicy in order: initial policy, dead-letter queue, tracing, then later calls', () => {
    const stack = newStack();
    const fn = newFunction(stack, {
      initialPolicy: [new iam.PolicyStatement({ actions: ['a:First'], resources: ['*'] })],
      deadLetterQueueEnabled: true,
      tracing: lambda.Tracing.ACTIVE,
    });
    fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['a:Last'], resources: ['*'] }));
    const statements = Object.values(Template.fromStack(stack).findResources('AWS::IAM::Policy'))[0].Properties.PolicyDocument.Statement;
    assert.deepEqual(statements.map((s: { Action: unknown }) => s.Action), [
      'a:First', 'sqs:SendMessage', ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], 'a:Last',
    ]);
  });

  test('with createNewPoliciesWithAddToRolePolicy each addToRolePolicy call gets its own policy', () => {
    const stack = newStack();
    stack.node.setContext('@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy', true);
    const fn = newFunction(stack, { initialPolicy: [new iam.PolicyStatement({ actions: ['a:Initial'], resources: ['*'] })] });
    fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['a:One'], resources: ['*'] }));
    fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['a:Two'], resources: ['*'] }));
    const policies = Template.fromStack(stack).findResources('AWS::IAM::Policy');
    assert.deepEqual(Object.keys(policies), [
      'FnServiceRoleDefaultPolicyC6A839BF', 'FninlinePolicyAddedToExecutionRole00AF5C038', 'FninlinePolicyAddedToExecutionRole14828F0B9',
    ]);
  });

  test('addToRolePolicy does nothing for a function without a role', () => {
    const stack = newStack();
    const imported = lambda.Function.fromFunctionArn(stack, 'Imported', 'arn:aws:lambda:us-east-1:123456789012:function:x');
    imported.addToRolePolicy(new iam.PolicyStatement({ actions: ['a:b'], resources: ['*'] }));
    Template.fromStack(stack).resourceCountIs('AWS::IAM::Policy', 0);
  });
});

describe('Function validation', () => {
  test('a literal function name longer than 64 characters is rejected', () => {
    newFunction(newStack(), { functionName: 'a'.repeat(64) });
    assert.throws(() => newFunction(newStack(), { functionName: 'a'.repeat(65) }),
      /\[Stack\/Fn\] functionName must be at most 64 characters, got 65/);
  });

  test('a literal function name with characters other than letters, digits, - and _ is rejected', () => {
    assert.throws(() => newFunction(newStack(), { functionName: 'my function' }),
      /\[Stack\/Fn\] functionName may only contain letters, digits, hyphens and underscores \(no spaces\), got 'my function'/);
  });

  test('a token function name is not checked', () => {
    const stack = newStack();
    newFunction(stack, { functionName: Lazy.string({ produce: () => 'not checked' }) });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', { FunctionName: 'not checked' });
  });

  test('a description longer than 256 characters is rejected', () => {
    newFunction(newStack(), { description: 'd'.repeat(256) });
    assert.throws(() => newFunction(newStack(), { description: 'd'.repeat(257) }),
      /\[Stack\/Fn\] description must be at most 256 characters, got 257/);
  });

  test('ephemeral storage must be from 512 to 10240 MiB', () => {
    newFunction(newStack(), { ephemeralStorageSize: Size.mebibytes(512) });
    newFunction(newStack(), { ephemeralStorageSize: Size.mebibytes(10240) });
    assert.throws(() => newFunction(newStack(), { ephemeralStorageSize: Size.mebibytes(511) }),
      /\[Stack\/Fn\] ephemeralStorageSize must be from 512 to 10240 MiB, got 511 MiB/);
    assert.throws(() => newFunction(newStack(), { ephemeralStorageSize: Size.gibibytes(11) }),
      /ephemeralStorageSize must be from 512 to 10240 MiB, got 11264 MiB/);
  });

  test('a token ephemeral storage size is not checked', () => {
    const stack = newStack();
    newFunction(stack, { ephemeralStorageSize: Size.mebibytes(Lazy.number({ produce: () => 100 })) });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', { EphemeralStorage: { Size: 100 } });
  });
});

describe('Function environment', () => {
  test('variables render in insertion order, later values replacing earlier ones, and addEnvironment chains', () => {
    const stack = newStack();
    const fn = newFunction(stack, { environment: { B: '1', A: '2' } });
    assert.equal(fn.addEnvironment('C', '3'), fn);
    fn.addEnvironment('B', 'replaced');
    const variables = Template.fromStack(stack).toJSON().Resources.Fn9270CBC0.Properties.Environment.Variables;
    assert.deepEqual(Object.entries(variables), [['B', 'replaced'], ['A', '2'], ['C', '3']]);
  });

  test('no variables, no Environment property', () => {
    const stack = newStack();
    newFunction(stack, { environment: {} });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', { Environment: Match.absent() });
  });

  test('variables reserved by the Lambda runtime are rejected, in props and in addEnvironment', () => {
    assert.throws(() => newFunction(newStack(), { environment: { AWS_REGION: 'x' } }),
      /\[Stack\/Fn\] Environment variable 'AWS_REGION' is reserved by the Lambda runtime/);
    const fn = newFunction(newStack());
    assert.throws(() => fn.addEnvironment('_HANDLER', 'x'), /Environment variable '_HANDLER' is reserved/);
    assert.throws(() => fn.addEnvironment('LAMBDA_TASK_ROOT', 'x'), /reserved/);
  });

  test('a literal value for a secret-looking name warns, acknowledgeably', () => {
    const stack = newStack();
    newFunction(stack, { environment: { DB_PASSWORD: 'hunter2' } });
    Annotations.fromStack(stack).hasWarning('/Stack/Fn', Match.stringLikeRegexp(
      "Environment variable 'DB_PASSWORD' looks like a secret.*\\[ack: lambda-cdk/aws-lambda:secretInEnvironment\\]"));
  });

  test('secret-looking names that hold a reference, or token values, do not warn', () => {
    const stack = newStack();
    const fn = newFunction(stack, {
      environment: { API_KEY_PARAMETER: '/my/param', SECRET_ARN: 'arn:aws:secretsmanager:x', TOKEN_TABLE: 'tokens-table' },
    });
    fn.addEnvironment('AUTH_TOKEN', stack.region);
    fn.addEnvironment('GITHUB_TOKEN', '');
    Annotations.fromStack(stack).hasNoWarning('/Stack/Fn', Match.stringLikeRegexp('looks like a secret'));
  });
});

describe('Function dead-letter queue', () => {
  test('deadLetterQueueEnabled creates a queue kept for 14 days and allows sending to it', () => {
    const stack = newStack();
    const fn = newFunction(stack, { deadLetterQueueEnabled: true });
    assert.ok(fn.deadLetterQueue);
    const template = Template.fromStack(stack);
    template.hasResource('AWS::SQS::Queue', {
      Properties: { MessageRetentionPeriod: 1209600 }, DeletionPolicy: 'Delete', UpdateReplacePolicy: 'Delete',
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      DeadLetterConfig: { TargetArn: { 'Fn::GetAtt': ['FnDeadLetterQueue48721F4D', 'Arn'] } },
    });
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: 'sqs:SendMessage', Effect: 'Allow', Resource: { 'Fn::GetAtt': ['FnDeadLetterQueue48721F4D', 'Arn'] } }] },
    });
  });

  test('a given queue is used as the dead-letter target', () => {
    const stack = newStack();
    const queue = new sqs.Queue(stack, 'Q');
    const fn = newFunction(stack, { deadLetterQueue: queue });
    assert.equal(fn.deadLetterQueue, queue);
    assert.equal(fn.deadLetterTopic, undefined);
    Template.fromStack(stack).resourceCountIs('AWS::SQS::Queue', 1);
  });

  test('a given topic is the dead-letter target, with sns:Publish', () => {
    const stack = newStack();
    const topic = new sns.Topic(stack, 'T');
    const fn = newFunction(stack, { deadLetterTopic: topic });
    assert.equal(fn.deadLetterTopic, topic);
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::Function', { DeadLetterConfig: { TargetArn: { Ref: 'TD925BC7E' } } });
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: 'sns:Publish', Effect: 'Allow', Resource: { Ref: 'TD925BC7E' } }] },
    });
  });

  test('a queue while deadLetterQueueEnabled is false is rejected', () => {
    const stack = newStack();
    assert.throws(() => newFunction(stack, { deadLetterQueue: new sqs.Queue(stack, 'Q'), deadLetterQueueEnabled: false }),
      /\[Stack\/Fn\] deadLetterQueue is given while deadLetterQueueEnabled is false/);
  });

  test('a topic together with a queue or with deadLetterQueueEnabled is rejected', () => {
    const stack = newStack();
    const topic = new sns.Topic(stack, 'T');
    assert.throws(() => newFunction(stack, { deadLetterTopic: topic, deadLetterQueue: new sqs.Queue(stack, 'Q') }, 'A'),
      /\[Stack\/A\] deadLetterTopic cannot be combined with deadLetterQueue or deadLetterQueueEnabled/);
    assert.throws(() => newFunction(stack, { deadLetterTopic: topic, deadLetterQueueEnabled: false }, 'B'),
      /deadLetterTopic cannot be combined/);
  });
});

describe('Function tracing, SnapStart and logging', () => {
  test('PassThrough tracing renders its mode and the X-Ray statement; Disabled renders nothing', () => {
    const stack = newStack();
    newFunction(stack, { tracing: lambda.Tracing.PASS_THROUGH }, 'On');
    newFunction(stack, { tracing: lambda.Tracing.DISABLED }, 'Off');
    const functions = Template.fromStack(stack).findResources('AWS::Lambda::Function');
    assert.deepEqual(Object.values(functions).map(f => f.Properties.TracingConfig), [{ Mode: 'PassThrough' }, undefined]);
    Template.fromStack(stack).resourceCountIs('AWS::IAM::Policy', 1);
  });

  test('SnapStart renders ApplyOn and warns that it needs published versions', () => {
    const stack = newStack();
    newFunction(stack, { runtime: lambda.Runtime.JAVA_21, code: lambda.Code.fromCfnParameters(), snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', { SnapStart: { ApplyOn: 'PublishedVersions' } });
    Annotations.fromStack(stack).hasWarning('/Stack/Fn', Match.stringLikeRegexp('\\[ack: @aws-cdk/aws-lambda:snapStartRequirePublish\\]'));
  });

  test('SnapStart with a runtime that does not support it is rejected', () => {
    assert.throws(() => newFunction(newStack(), { snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS }),
      /\[Stack\/Fn\] SnapStart is not supported by runtime 'nodejs22.x'; runtimes with SnapStart: .*java21/);
  });

  test('SnapStart with more than 512 MiB of ephemeral storage is rejected', () => {
    assert.throws(() => newFunction(newStack(), {
      runtime: lambda.Runtime.PYTHON_3_12, snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS, ephemeralStorageSize: Size.mebibytes(1024),
    }), /SnapStart does not support more than 512 MiB of ephemeral storage, got 1024 MiB/);
  });

  test('JSON logging with levels and a log group renders LoggingConfig', () => {
    const stack = newStack();
    const group = new logs.LogGroup(stack, 'Group');
    const fn = newFunction(stack, {
      loggingFormat: lambda.LoggingFormat.JSON,
      applicationLogLevelV2: lambda.ApplicationLogLevel.TRACE,
      systemLogLevelV2: lambda.SystemLogLevel.DEBUG,
      logGroup: group,
    });
    assert.equal(fn.logGroup, group);
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', {
      LoggingConfig: { LogFormat: 'JSON', ApplicationLogLevel: 'TRACE', SystemLogLevel: 'DEBUG', LogGroup: { Ref: 'GroupC77FDACD' } },
    });
  });

  test('without a format or a log group there is no LoggingConfig', () => {
    const stack = newStack();
    newFunction(stack);
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', { LoggingConfig: Match.absent() });
  });

  test('a deprecated logging prop together with its replacement is rejected', () => {
    assert.throws(() => newFunction(newStack(), { logFormat: 'JSON', loggingFormat: lambda.LoggingFormat.JSON }),
      /Give either loggingFormat or the deprecated logFormat, not both/);
    assert.throws(() => newFunction(newStack(), { loggingFormat: lambda.LoggingFormat.JSON, applicationLogLevel: 'INFO', applicationLogLevelV2: lambda.ApplicationLogLevel.INFO }),
      /Give either applicationLogLevelV2 or the deprecated applicationLogLevel, not both/);
    assert.throws(() => newFunction(newStack(), { loggingFormat: lambda.LoggingFormat.JSON, systemLogLevel: 'INFO', systemLogLevelV2: lambda.SystemLogLevel.INFO }),
      /Give either systemLogLevelV2 or the deprecated systemLogLevel, not both/);
  });

  test('log levels without the JSON format are rejected, naming the format prop in use', () => {
    assert.throws(() => newFunction(newStack(), { applicationLogLevelV2: lambda.ApplicationLogLevel.INFO }),
      /\[Stack\/Fn\] applicationLogLevel and systemLogLevel need JSON logs: set logFormat to 'JSON', got none/);
    assert.throws(() => newFunction(newStack(), { loggingFormat: lambda.LoggingFormat.TEXT, systemLogLevelV2: lambda.SystemLogLevel.INFO }),
      /set loggingFormat to LoggingFormat.JSON, got 'Text'/);
    assert.throws(() => newFunction(newStack(), { logFormat: 'json', applicationLogLevel: 'INFO' }),
      /set logFormat to 'JSON', got 'json'/);
  });

  test('logGroup is unavailable when none was given', () => {
    const fn = newFunction(newStack());
    assert.throws(() => fn.logGroup, /\[Stack\/Fn\] This function has no logGroup/);
  });
});

describe('Function layers', () => {
  const layerArn = (name: string) => `arn:aws:lambda:us-east-1:123456789012:layer:${name}:1`;

  test('layers render in the order they were added', () => {
    const stack = newStack();
    const b = lambda.LayerVersion.fromLayerVersionArn(stack, 'B', layerArn('b'));
    const a = lambda.LayerVersion.fromLayerVersionArn(stack, 'A', layerArn('a'));
    const fn = newFunction(stack, { layers: [b] });
    fn.addLayers(a);
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', { Layers: [layerArn('b'), layerArn('a')] });
  });

  test('with recognizeLayerVersion, layers render sorted by construct path', () => {
    const stack = newStack();
    stack.node.setContext('@aws-cdk/aws-lambda:recognizeLayerVersion', true);
    const b = lambda.LayerVersion.fromLayerVersionArn(stack, 'B', layerArn('b'));
    const a = lambda.LayerVersion.fromLayerVersionArn(stack, 'A', layerArn('a'));
    newFunction(stack, { layers: [b, a] });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', { Layers: [layerArn('a'), layerArn('b')] });
  });

  test('no layers, no Layers property', () => {
    const stack = newStack();
    newFunction(stack);
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', { Layers: Match.absent() });
  });

  test('a sixth layer is rejected', () => {
    const stack = newStack();
    const layers = [1, 2, 3, 4, 5, 6].map(i => lambda.LayerVersion.fromLayerVersionArn(stack, `L${i}`, layerArn(`l${i}`)));
    assert.throws(() => newFunction(stack, { layers }), /\[Stack\/Fn\] A Lambda function can use at most 5 layers; cannot add Stack\/L6/);
  });

  test('a layer incompatible with the runtime is rejected', () => {
    const stack = newStack();
    const layer = lambda.LayerVersion.fromLayerVersionAttributes(stack, 'L', { layerVersionArn: layerArn('p'), compatibleRuntimes: [lambda.Runtime.PYTHON_3_12] });
    assert.throws(() => newFunction(stack, { layers: [layer] }),
      /Layer Stack\/L is not compatible with runtime 'nodejs22.x': it supports python3.12/);
  });

  test('a container image function cannot have layers', () => {
    const stack = newStack();
    const layer = lambda.LayerVersion.fromLayerVersionArn(stack, 'L', layerArn('x'));
    const repo = { grantPull: () => undefined, repositoryUriForTagOrDigest: () => 'uri' } as unknown as Parameters<typeof lambda.Code.fromEcrImage>[0];
    assert.throws(() => new lambda.Function(stack, 'Fn', {
      runtime: lambda.Runtime.FROM_IMAGE, handler: lambda.Handler.FROM_IMAGE, code: lambda.Code.fromEcrImage(repo), layers: [layer],
    }), /\[Stack\/Fn\] Layers are not supported for container image functions/);
  });
});

describe('Function events', () => {
  test('each event source is bound to the function', () => {
    const bound: lambda.IFunction[] = [];
    const source: lambda.IEventSource = { bind: (target) => { bound.push(target); } };
    const fn = newFunction(newStack(), { events: [source, source] });
    assert.deepEqual(bound, [fn, fn]);
  });
});
