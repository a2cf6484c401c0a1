import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Aws, CfnOutput, CfnParameter, Fn, Lazy, Stack, TagManager, Tags, Token, TreeInspector } from '../../src/core';
import { CfnManagedPolicy, CfnRole } from '../../src/aws-iam/iam.generated';
import {
  CfnAlias, CfnCodeSigningConfig, CfnFunction, CfnLayerVersion, CfnPermission, CfnVersion,
} from '../../src/aws-lambda/lambda.generated';
import { json, ORACLE, synthesize } from './synthesize';

describe('CfnFunction rendering', () => {
  test('props given in any order render as aws-cdk-lib renders them, byte for byte, keys sorted by CloudFormation name', () => {
    const resources = synthesize(s => new CfnFunction(s, 'F', {
      vpcConfig: { subnetIds: ['b', 'a'], securityGroupIds: ['sg'], ipv6AllowedForDualStack: true },
      timeout: 30,
      role: 'arn:aws:iam::123456789012:role/r',
      code: { zipFile: 'exports.handler = async () => 1;', s3Bucket: 'bkt', s3Key: 'k' },
      environment: { variables: { Zed: 'z', alpha: 'a', MyVar: Aws.REGION } },
      architectures: ['arm64'],
      tags: [{ key: 'z', value: '1' }, { key: 'a', value: '2' }],
      handler: 'index.handler',
      memorySize: 256,
      runtime: 'nodejs20.x',
      description: 'd',
      loggingConfig: { logGroup: 'lg', logFormat: 'JSON', applicationLogLevel: 'INFO' },
      deadLetterConfig: { targetArn: 'arn:dlq' },
      fileSystemConfigs: [{ localMountPath: '/mnt/x', arn: 'arn:fs' }],
      snapStart: { applyOn: 'PublishedVersions' },
      layers: ['l1'],
      tracingConfig: { mode: 'Active' },
      ephemeralStorage: { size: 1024 },
      imageConfig: { command: ['a'], entryPoint: ['b'], workingDirectory: '/w' },
      runtimeManagementConfig: { updateRuntimeOn: 'Auto' },
      reservedConcurrentExecutions: 5,
      publishToLatestPublished: false,
    }));
    assert.equal(json(resources), json(ORACLE.scrambledFunction));
  });

  test('tokens pass through at every level and lazy property types are rendered after they resolve', () => {
    const resources = synthesize(s => {
      const p = new CfnParameter(s, 'P', { type: 'String' });
      new CfnFunction(s, 'F', {
        code: Lazy.any({ produce: () => ({ s3Bucket: 'b', s3Key: p.valueAsString }) }),
        role: Token.asString(Fn.getAtt('SomeRole', 'Arn')),
        timeout: Token.asNumber(p.value),
        environment: { variables: { REGION: Aws.REGION, NAME: `prefix-${p.valueAsString}` } },
        vpcConfig: Fn.conditionIf('C', { subnetIds: ['a'] }, Aws.NO_VALUE),
        fileSystemConfigs: [Lazy.any({ produce: () => ({ arn: 'a', localMountPath: '/mnt/b' }) })],
        layers: Token.asList(p.value),
      });
    });
    assert.equal(json(resources.F), json(ORACLE.tokens.F));
  });

  test('null values are kept, empty lists and objects are rendered', () => {
    const resources = synthesize(s => new CfnFunction(s, 'F', {
      code: { zipFile: 'x' }, role: 'r', description: null as any, layers: [], vpcConfig: {},
    }));
    assert.equal(json(resources), json(ORACLE.nullAndEmpty));
  });

  test('changing a field after construction changes the template', () => {
    const resources = synthesize(s => {
      const f = new CfnFunction(s, 'F', { code: { zipFile: 'x' }, role: 'r' });
      f.timeout = 9;
      f.code = { imageUri: 'uri' };
    });
    assert.deepEqual(resources.F.Properties, { Code: { ImageUri: 'uri' }, Role: 'r', Timeout: 9 });
  });
});

describe('CfnFunction validation', () => {
  test('a missing required property fails at construction, naming the path, the type and the property', () => {
    const stack = new Stack(undefined, 'S');
    assert.throws(() => new CfnFunction(stack, 'F', { code: { zipFile: 'x' } } as any),
      { name: 'ValidationError', message: '[S/F] AWS::Lambda::Function is missing required property: role' });
  });

  test('missing props fail like a missing required property, the first in camelCase order', () => {
    const stack = new Stack(undefined, 'S');
    assert.throws(() => new CfnFunction(stack, 'F', undefined as any), /\[S\/F\] AWS::Lambda::Function is missing required property: code/);
  });

  test('a required property unset after construction fails at synthesis', () => {
    assert.throws(() => synthesize(s => {
      const f = new CfnFunction(s, 'F', { code: { zipFile: 'x' }, role: 'r' });
      f.role = undefined as any;
    }), /\[S\/F\] Invalid properties for AWS::Lambda::Function \(CfnFunctionProps\): role is required but missing/);
  });

  test('a value of the wrong primitive type is accepted at construction and fails at synthesis', () => {
    const build = (s: Stack) => new CfnFunction(s, 'F', { code: { zipFile: 'x' }, role: 'r', timeout: 'x' as any });
    assert.doesNotThrow(() => build(new Stack(undefined, 'S')));
    assert.throws(() => synthesize(build), /\[S\/F\] Invalid properties for AWS::Lambda::Function \(CfnFunctionProps\): timeout must be a number, got "x"/);
  });

  test('a lazy value that resolves to the wrong type fails at synthesis', () => {
    assert.throws(() => synthesize(s => new CfnFunction(s, 'F', {
      code: { zipFile: 'x' }, role: 'r', timeout: Lazy.any({ produce: () => 'x' }) as any,
    })), /timeout must be a number, got "x"/);
  });

  test('nested problems are reported with their path, all at once', () => {
    assert.throws(() => synthesize(s => new CfnFunction(s, 'F', {
      code: { zipFile: 'x' },
      role: 'r',
      vpcConfig: { ipv6AllowedForDualStack: 'true' as any },
      fileSystemConfigs: [{ arn: 'a' } as any],
      architectures: [1 as any],
    })), (e: Error) => {
      assert.match(e.message, /architectures\[0\] must be a string, got 1/);
      assert.match(e.message, /fileSystemConfigs\[0\]\.localMountPath is required but missing/);
      assert.match(e.message, /vpcConfig\.ipv6AllowedForDualStack must be a boolean, got "true"/);
      return true;
    });
  });

  test('a property type given something other than an object fails at synthesis', () => {
    assert.throws(() => synthesize(s => new CfnFunction(s, 'F', { code: { zipFile: 'x' }, role: 'r', environment: [] as any })),
      /environment must be an object \(EnvironmentProperty\), got \[\]/);
  });
});

describe('resource references', () => {
  test('reference properties accept L1s and render the ARN or name aws-cdk-lib picks', () => {
    const resources = synthesize(s => {
      const role = new CfnRole(s, 'R', { assumeRolePolicyDocument: {} });
      const layer = new CfnLayerVersion(s, 'L', { content: { s3Bucket: 'b', s3Key: 'k' } });
      const f = new CfnFunction(s, 'F', { code: { zipFile: 'x' }, role, layers: [layer, 'arn:other'] });
      new CfnPermission(s, 'P', { functionName: f, action: 'lambda:InvokeFunction', principal: 's3.amazonaws.com' });
      new CfnAlias(s, 'A', { functionName: f, functionVersion: '1', name: 'live' });
      new CfnVersion(s, 'V', { functionName: f });
    });
    assert.equal(json(resources), json(ORACLE.references));
  });

  test('a reference property given an unrelated object fails at construction with the accepted types', () => {
    const stack = new Stack(undefined, 'S');
    assert.throws(() => new CfnFunction(stack, 'F', { code: {}, role: { bogus: 1 } as any }),
      { name: 'TypeError', message: 'Property role should be one of iam.IRoleRef | string' });
    assert.throws(() => new CfnPermission(stack, 'P', { functionName: Fn.getAtt('X', 'Arn') as any, action: 'a', principal: 'p' }),
      { message: 'Property functionName should be one of lambda.IFunctionRef | lambda.IVersionRef | string' });
  });
});

describe('attributes and references of CfnFunction', () => {
  test('attributes, ref, functionRef, arnForFunction and fromFunctionName resolve as in aws-cdk-lib', () => {
    const result = synthesize(s => {
      const f = new CfnFunction(s, 'F', { code: { zipFile: 'x' }, role: 'r' });
      const m = new CfnManagedPolicy(s, 'M', { policyDocument: {} });
      new CfnOutput(s, 'Arn', { value: f.attrArn });
      new CfnOutput(s, 'ApplyOn', { value: f.attrSnapStartResponseApplyOn });
      new CfnOutput(s, 'Ref', { value: f.ref });
      new CfnOutput(s, 'Count', { value: Token.asString(m.attrAttachmentCount) });
      new CfnOutput(s, 'RefName', { value: f.functionRef.functionName });
      new CfnOutput(s, 'RefArn', { value: CfnFunction.arnForFunction(f) });
      new CfnOutput(s, 'FromName', { value: CfnFunction.fromFunctionName(s, 'Imported', 'my-fn').functionRef.functionArn });
    });
    assert.equal(json(result), json(ORACLE.attributes));
  });

  test('fromFunctionArn takes name, account and region from the ARN', () => {
    const stack = new Stack(undefined, 'S');
    const imported = CfnFunction.fromFunctionArn(stack, 'I', 'arn:aws:lambda:us-east-1:123456789012:function:my-fn');
    assert.deepEqual(imported.functionRef, { functionName: 'my-fn', functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:my-fn' });
    assert.deepEqual(imported.env, { account: '123456789012', region: 'us-east-1' });
  });

  test('fromFunctionArn rejects a token and an ARN of another shape', () => {
    const stack = new Stack(undefined, 'S');
    assert.throws(() => CfnFunction.fromFunctionArn(stack, 'A', Fn.ref('P')), /\[S\] Cannot parse an ARN that is a token/);
    assert.throws(() => CfnFunction.fromFunctionArn(stack, 'B', 'not-an-arn'), /does not match the template arn:\$\{Partition\}:lambda/);
  });

  test('isCfnFunction recognizes functions by their CloudFormation type', () => {
    const stack = new Stack(undefined, 'S');
    assert.equal(CfnFunction.isCfnFunction(new CfnFunction(stack, 'F', { code: {}, role: 'r' })), true);
    assert.equal(CfnFunction.isCfnFunction(new CfnRole(stack, 'R', { assumeRolePolicyDocument: {} })), false);
    assert.equal(CfnFunction.isCfnFunction({ cfnResourceType: 'AWS::Lambda::Function' }), false);
  });
});

describe('inspection', () => {
  test('inspect discloses type, logical ID and the camelCase properties, in that order', () => {
    const stack = new Stack(undefined, 'S');
    const f = new CfnFunction(stack, 'F', { role: 'r', code: { zipFile: 'x' }, timeout: 3 });
    const inspector = new TreeInspector();
    f.inspect(inspector);
    assert.deepEqual(Object.keys(inspector.attributes),
      ['aws:cdk:cloudformation:type', 'aws:cdk:cloudformation:logicalId', 'aws:cdk:cloudformation:props']);
    assert.equal(inspector.attributes['aws:cdk:cloudformation:type'], 'AWS::Lambda::Function');
    assert.equal(stack.resolve(inspector.attributes['aws:cdk:cloudformation:logicalId']), 'F');
    const props = inspector.attributes['aws:cdk:cloudformation:props'];
    assert.deepEqual(Object.keys(props).filter(k => props[k] !== undefined), ['code', 'role', 'timeout']);
  });
});

describe('tagging', () => {
  test('legacy taggable L1s expose tags as a TagManager, newer ones as cdkTagManager', () => {
    const stack = new Stack(undefined, 'S');
    const f = new CfnFunction(stack, 'F', { code: {}, role: 'r' });
    const c = new CfnCodeSigningConfig(stack, 'C', { allowedPublishers: { signingProfileVersionArns: [] } });
    assert.equal(TagManager.isTaggable(f), true);
    assert.equal(TagManager.isTaggableV2(c), true);
    assert.equal(TagManager.isTaggable(c), false);
  });

  test('CfnFunction is ITaggable: tags given as props and Tags.of() merge, sorted, and tagsRaw keeps the props', () => {
    let f: CfnFunction | undefined;
    const resources = synthesize(s => {
      f = new CfnFunction(s, 'F', { code: { zipFile: 'x' }, role: 'r', tags: [{ key: 'z', value: '1' }] });
      Tags.of(s).add('a', '2');
    });
    assert.deepEqual(resources.F.Properties.Tags, [{ Key: 'a', Value: '2' }, { Key: 'z', Value: '1' }]);
    assert.deepEqual(f!.tagsRaw, [{ key: 'z', value: '1' }]);
  });

  test('CfnCodeSigningConfig is ITaggableV2: its tags field, changed later, merges with Tags.of() as in aws-cdk-lib', () => {
    const resources = synthesize(s => {
      const c = new CfnCodeSigningConfig(s, 'C', { allowedPublishers: { signingProfileVersionArns: ['a'] }, tags: [{ key: 'k', value: 'v' }] });
      c.tags = [{ key: 'z', value: '1' }, { key: 'a', value: '0' }];
      Tags.of(c).add('t', 'x');
    });
    assert.equal(json(resources), json(ORACLE.taggableV2));
  });
});
