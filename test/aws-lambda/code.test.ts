import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Annotations, Match, Template } from '../../src/assertions';
import * as ecr from '../../src/aws-ecr';
import * as kms from '../../src/aws-kms';
import * as lambda from '../../src/aws-lambda';
import * as s3 from '../../src/aws-s3';
import { App, CfnParameter, Stack } from '../../src/core';
import { newFunction, newStack } from './helpers';

function codeOf(stack: ReturnType<typeof newStack>, id = 'Fn9270CBC0'): unknown {
  return Template.fromStack(stack).toJSON().Resources[id].Properties.Code;
}

describe('Code.fromInline', () => {
  test('renders ZipFile, whatever its size', () => {
    const stack = newStack();
    newFunction(stack, { code: lambda.Code.fromInline('x'.repeat(5000)) });
    assert.deepEqual(codeOf(stack), { ZipFile: 'x'.repeat(5000) });
  });

  test('empty inline code is rejected', () => {
    assert.throws(() => lambda.Code.fromInline(''), /Inline code for a Lambda function cannot be empty/);
  });

  test('inline code with a runtime that does not take it is rejected, listing the runtimes that do', () => {
    assert.throws(() => newFunction(newStack(), { runtime: lambda.Runtime.JAVA_21 }),
      /Inline code is not supported by runtime 'java21'; runtimes that take inline code: nodejs, .*python3.12/);
  });
});

describe('Code.fromBucket and fromBucketV2', () => {
  test('fromBucket renders bucket, key and version', () => {
    const stack = newStack();
    const bucket = new s3.Bucket(stack, 'Bucket');
    newFunction(stack, { code: lambda.Code.fromBucket(bucket, 'code.zip', 'v1') });
    assert.deepEqual(codeOf(stack), { S3Bucket: { Ref: 'Bucket83908E77' }, S3Key: 'code.zip', S3ObjectVersion: 'v1' });
    Annotations.fromStack(stack).hasNoWarning('*', Match.stringLikeRegexp('codeFromBucketObjectVersionNotSpecified'));
  });

  test('fromBucket without an object version warns on the bucket', () => {
    const stack = newStack();
    const bucket = s3.Bucket.fromBucketName(stack, 'Bucket', 'code-bucket');
    newFunction(stack, { code: lambda.Code.fromBucket(bucket, 'code.zip') });
    assert.deepEqual(codeOf(stack), { S3Bucket: 'code-bucket', S3Key: 'code.zip' });
    Annotations.fromStack(stack).hasWarning('/Stack/Bucket', Match.stringLikeRegexp(
      'Code.fromBucket\\(\\) is used without the objectVersion argument.*\\[ack: @aws-cdk/aws-lambda:codeFromBucketObjectVersionNotSpecified\\]'));
  });

  test('fromBucketV2 renders the source KMS key and the storage mode', () => {
    const stack = newStack();
    const bucket = s3.Bucket.fromBucketName(stack, 'Bucket', 'code-bucket');
    const key = new kms.Key(stack, 'Key');
    newFunction(stack, { code: lambda.Code.fromBucketV2(bucket, 'code.zip', { objectVersion: 'v', sourceKMSKey: key, s3ObjectStorageMode: lambda.S3ObjectStorageMode.COPY }) });
    assert.deepEqual(codeOf(stack), {
      S3Bucket: 'code-bucket', S3Key: 'code.zip', S3ObjectVersion: 'v', SourceKMSKeyArn: { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] }, S3ObjectStorageMode: 'COPY',
    });
  });

  test('fromBucketV2 without options.objectVersion warns on the bucket', () => {
    const stack = newStack();
    const bucket = s3.Bucket.fromBucketName(stack, 'Bucket', 'code-bucket');
    lambda.Code.fromBucketV2(bucket, 'code.zip');
    Annotations.fromStack(stack).hasWarning('/Stack/Bucket', Match.stringLikeRegexp('Code.fromBucketV2\\(\\) is used without options.objectVersion'));
  });

  test('REFERENCE storage requires an object version', () => {
    const stack = newStack();
    const bucket = new s3.Bucket(stack, 'Bucket');
    assert.throws(() => lambda.Code.fromBucketV2(bucket, 'code.zip', { s3ObjectStorageMode: lambda.S3ObjectStorageMode.REFERENCE }),
      /\[Stack\/Bucket\] Code.fromBucketV2\('code.zip'\): S3ObjectStorageMode.REFERENCE needs options.objectVersion/);
  });

  test('REFERENCE storage lets Lambda read the object through the bucket policy, scoped to the named function', () => {
    const stack = newStack();
    const bucket = new s3.Bucket(stack, 'Bucket');
    newFunction(stack, {
      functionName: 'named',
      code: lambda.Code.fromBucketV2(bucket, 'code.zip', { objectVersion: 'v', s3ObjectStorageMode: lambda.S3ObjectStorageMode.REFERENCE }),
    });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: [{
          Action: ['s3:GetObject', 's3:GetObjectVersion'],
          Condition: {
            StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
            ArnLike: { 'aws:SourceArn': { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':lambda:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':function:named']] } },
          },
          Effect: 'Allow',
          Principal: { Service: 'lambda.amazonaws.com' },
          Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['Bucket83908E77', 'Arn'] }, '/code.zip']] },
        }],
      },
    });
    template.hasResource('AWS::Lambda::Function', { DependsOn: Match.arrayWith(['BucketPolicyE9A3008A']) });
    Annotations.fromStack(stack).hasNoWarning('*', Match.stringLikeRegexp('WildcardSourceArn'));
  });

  test('REFERENCE storage for an unnamed function allows every function of the account and warns', () => {
    const stack = newStack();
    const bucket = new s3.Bucket(stack, 'Bucket');
    newFunction(stack, { code: lambda.Code.fromBucketV2(bucket, 'code.zip', { objectVersion: 'v', s3ObjectStorageMode: lambda.S3ObjectStorageMode.REFERENCE }) });
    Template.fromStack(stack).hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: { Statement: [Match.objectLike({
        Condition: Match.objectLike({ ArnLike: { 'aws:SourceArn': { 'Fn::Join': ['', Match.arrayWith([':function:*'])] } } }),
      })] },
    });
    Annotations.fromStack(stack).hasWarning('/Stack/Fn/Resource', Match.stringLikeRegexp('\\[ack: @aws-cdk/aws-lambda:s3ObjectStorageModeReferenceWildcardSourceArn\\]'));
  });

  test('REFERENCE storage in a bucket encrypted with a key lets Lambda decrypt through S3', () => {
    const stack = newStack();
    const key = new kms.Key(stack, 'Key');
    const bucket = new s3.Bucket(stack, 'Bucket', { encryptionKey: key });
    newFunction(stack, { code: lambda.Code.fromBucketV2(bucket, 'code.zip', { objectVersion: 'v', s3ObjectStorageMode: lambda.S3ObjectStorageMode.REFERENCE }) });
    Template.fromStack(stack).hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: { Statement: Match.arrayWith([Match.objectLike({
        Action: 'kms:Decrypt',
        Principal: { Service: 'lambda.amazonaws.com' },
        Condition: Match.objectLike({ StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' }, 'kms:ViaService': { 'Fn::Join': ['', ['s3.', { Ref: 'AWS::Region' }, '.amazonaws.com']] } } }),
      })]) },
    });
    Template.fromStack(stack).hasResource('AWS::Lambda::Function', { DependsOn: Match.arrayWith(['Key961B73FD']) });
  });

  test('REFERENCE storage in an imported bucket warns that its policy must be changed by hand', () => {
    const stack = newStack();
    const bucket = s3.Bucket.fromBucketName(stack, 'Bucket', 'other');
    newFunction(stack, { code: lambda.Code.fromBucketV2(bucket, 'code.zip', { objectVersion: 'v', s3ObjectStorageMode: lambda.S3ObjectStorageMode.REFERENCE }) });
    Template.fromStack(stack).resourceCountIs('AWS::S3::BucketPolicy', 0);
    Annotations.fromStack(stack).hasWarning('/Stack/Fn/Resource', Match.stringLikeRegexp('\\[ack: @aws-cdk/aws-lambda:s3ObjectStorageModeReferenceImportedBucketPolicy\\]'));
  });
});

describe('Code.fromCfnParameters', () => {
  test('creates String parameters under the function and references them', () => {
    const stack = newStack();
    const code = lambda.Code.fromCfnParameters();
    newFunction(stack, { code, runtime: lambda.Runtime.JAVA_17 });
    assert.deepEqual(codeOf(stack), {
      S3Bucket: { Ref: 'FnLambdaSourceBucketNameParameterE6B1564C' }, S3Key: { Ref: 'FnLambdaSourceObjectKeyParameter6B319403' },
    });
    Template.fromStack(stack).hasParameter('FnLambdaSourceBucketNameParameterE6B1564C', { Type: 'String' });
    assert.equal(stack.resolve(code.bucketNameParam), 'FnLambdaSourceBucketNameParameterE6B1564C');
    assert.deepEqual(stack.resolve(code.assign({ bucketName: 'b', objectKey: 'k' })), {
      FnLambdaSourceBucketNameParameterE6B1564C: 'b', FnLambdaSourceObjectKeyParameter6B319403: 'k',
    });
  });

  test('uses given parameters and a source KMS key', () => {
    const stack = newStack();
    const bucketNameParam = new CfnParameter(stack, 'Bucket');
    const objectKeyParam = new CfnParameter(stack, 'Key');
    const key = new kms.Key(stack, 'Kms');
    newFunction(stack, { code: lambda.Code.fromCfnParameters({ bucketNameParam, objectKeyParam, sourceKMSKey: key }), runtime: lambda.Runtime.JAVA_17 });
    assert.deepEqual(codeOf(stack), { S3Bucket: { Ref: 'Bucket' }, S3Key: { Ref: 'Key' }, SourceKMSKeyArn: { 'Fn::GetAtt': ['KmsF7F05A5D', 'Arn'] } });
  });

  test('the parameter names are unknown before the code is bound', () => {
    const code = lambda.Code.fromCfnParameters();
    assert.throws(() => code.bucketNameParam, /CfnParametersCode.bucketNameParam is only known after the code is given to a Lambda function/);
    assert.throws(() => code.objectKeyParam, /CfnParametersCode.objectKeyParam is only known/);
  });
});

describe('image code', () => {
  test('Code.fromEcrImage grants Lambda pull access and renders the image URI and config', () => {
    const stack = newStack();
    const repo = new ecr.Repository(stack, 'Repo');
    new lambda.Function(stack, 'Fn', {
      runtime: lambda.Runtime.FROM_IMAGE, handler: lambda.Handler.FROM_IMAGE,
      code: lambda.Code.fromEcrImage(repo, { tagOrDigest: 'sha256:abc', cmd: ['c'], entrypoint: ['e'], workingDirectory: '/w' }),
    });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::ECR::Repository', {
      RepositoryPolicyText: { Statement: [{
        Action: ['ecr:BatchCheckLayerAvailability', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage'],
        Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' },
      }] },
    });
    const props = template.toJSON().Resources.Fn9270CBC0.Properties;
    assert.equal(props.PackageType, 'Image');
    assert.equal(props.Handler, undefined);
    assert.equal(props.Runtime, undefined);
    assert.deepEqual(props.ImageConfig, { Command: ['c'], EntryPoint: ['e'], WorkingDirectory: '/w' });
    assert.match(JSON.stringify(props.Code.ImageUri), /@sha256:abc/);
  });

  test('DockerImageFunction with DockerImageCode.fromEcr uses the latest tag by default', () => {
    const stack = newStack();
    const repo = ecr.Repository.fromRepositoryName(stack, 'Repo', 'my-repo');
    new lambda.DockerImageFunction(stack, 'Fn', { code: lambda.DockerImageCode.fromEcr(repo) });
    assert.deepEqual(codeOf(stack), {
      ImageUri: { 'Fn::Join': ['', [{ Ref: 'AWS::AccountId' }, '.dkr.ecr.', { Ref: 'AWS::Region' }, '.', { Ref: 'AWS::URLSuffix' }, '/my-repo:latest']] },
    });
  });

  test('image code needs Handler.FROM_IMAGE and Runtime.FROM_IMAGE, and those need image code', () => {
    const stack = newStack();
    const repo = new ecr.Repository(stack, 'Repo');
    assert.throws(() => newFunction(stack, { runtime: lambda.Runtime.FROM_IMAGE, code: lambda.Code.fromEcrImage(repo) }, 'A'),
      /handler must be Handler.FROM_IMAGE when the code is a container image, got 'index.handler'/);
    assert.throws(() => newFunction(stack, { handler: lambda.Handler.FROM_IMAGE, code: lambda.Code.fromEcrImage(repo) }, 'B'),
      /runtime must be Runtime.FROM_IMAGE when the code is a container image, got 'nodejs22.x'/);
    assert.throws(() => newFunction(stack, { handler: lambda.Handler.FROM_IMAGE }, 'C'),
      /handler is Handler.FROM_IMAGE but the code is not a container image/);
    assert.throws(() => newFunction(stack, { runtime: lambda.Runtime.FROM_IMAGE }, 'D'),
      /runtime is Runtime.FROM_IMAGE but the code is not a container image/);
  });
});

describe('custom code', () => {
  test('bound code must give exactly one of inline code, an S3 location or an image', () => {
    class NoCode extends lambda.Code {
      public bind() { return {}; }
    }
    class TwoCodes extends lambda.Code {
      public bind() { return { inlineCode: 'x', s3Location: { bucketName: 'b', objectKey: 'k' } }; }
    }
    assert.throws(() => newFunction(newStack(), { code: new NoCode() }), /exactly one of inlineCode, s3Location or image, got 0/);
    assert.throws(() => newFunction(newStack(), { code: new TwoCodes() }), /exactly one of inlineCode, s3Location or image, got 2/);
  });

  test('bindToResource is called with the function resource after it is created', () => {
    const seen: string[] = [];
    class Recording extends lambda.Code {
      public bind() { return { inlineCode: 'x' }; }
      public override bindToResource(resource: import('../../src/core').CfnResource) { seen.push(resource.node.path); }
    }
    newFunction(newStack(), { code: new Recording() });
    assert.deepEqual(seen, ['Stack/Fn/Resource']);
  });
});

describe('Code.fromCustomCommand', () => {
  test('an empty command is rejected', () => {
    assert.throws(() => lambda.Code.fromCustomCommand('/tmp/out', []), /the command must have at least one element/);
  });

  test('a command that exits non-zero is rejected with its status and output', () => {
    assert.throws(() => lambda.Code.fromCustomCommand('/tmp/out', [process.execPath, '-e', 'console.error("boom"); process.exit(3)']),
      /exited with status 3\nstderr: boom/);
  });

  test('a command killed by a signal is rejected, naming the signal', () => {
    assert.throws(() => lambda.Code.fromCustomCommand('/tmp/out', [process.execPath, '-e', 'process.kill(process.pid, "SIGKILL")']),
      /was killed by signal SIGKILL/);
  });

  test('a command that cannot start is rejected', () => {
    assert.throws(() => lambda.Code.fromCustomCommand('/tmp/out', ['/nonexistent/command-for-test']), /could not run .*ENOENT/);
  });

  test('the command runs at once, with the given options, and its output becomes asset code', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'custom-command-'));
    try {
      const code = lambda.Code.fromCustomCommand(path.join(dir, 'out'), [process.execPath, '-e', 'require("fs").mkdirSync("out")'], { commandOptions: { cwd: dir } });
      assert.ok(fs.existsSync(path.join(dir, 'out')));
      assert.ok(code instanceof lambda.AssetCode);
      assert.equal(code.path, path.join(dir, 'out'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the asset options apply to the output, which is staged as the function code', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'custom-command-'));
    try {
      const script = 'const fs = require("fs"); fs.mkdirSync("out"); fs.writeFileSync("out/index.js", process.env.BODY); fs.writeFileSync("out/index.js.map", "{}");';
      const stack = new Stack(new App({ outdir: path.join(dir, 'cdk.out') }), 'Stack');
      newFunction(stack, {
        code: lambda.Code.fromCustomCommand(path.join(dir, 'out'), [process.execPath, '-e', script], {
          commandOptions: { cwd: dir, env: { BODY: 'exports.handler = async () => 1;' } },
          exclude: ['*.map'],
        }),
      });
      const key: string = (codeOf(stack) as { S3Key: string }).S3Key;
      assert.deepEqual(fs.readdirSync(path.join(dir, 'cdk.out', `asset.${key.replace(/\.zip$/, '')}`)), ['index.js']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

