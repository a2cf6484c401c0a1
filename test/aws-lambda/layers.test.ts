import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Match, Template } from '../../src/assertions';
import * as lambda from '../../src/aws-lambda';
import * as s3 from '../../src/aws-s3';
import { RemovalPolicy } from '../../src/core';
import { newStack } from './helpers';

function bucketCode(stack: ReturnType<typeof newStack>): lambda.Code {
  return lambda.Code.fromBucket(s3.Bucket.fromBucketName(stack, 'Bucket', 'layers'), 'layer.zip', 'v1');
}

describe('LayerVersion', () => {
  test('renders content, runtimes, architectures, description, name, license and a removal policy', () => {
    const stack = newStack();
    const layer = new lambda.LayerVersion(stack, 'Layer', {
      code: bucketCode(stack), compatibleRuntimes: [lambda.Runtime.NODEJS_22_X], compatibleArchitectures: [lambda.Architecture.ARM_64],
      description: 'd', layerVersionName: 'named', license: 'MIT', removalPolicy: RemovalPolicy.RETAIN,
    });
    Template.fromStack(stack).templateMatches({
      Resources: {
        LayerB20D2F06: {
          Type: 'AWS::Lambda::LayerVersion',
          Properties: {
            CompatibleArchitectures: ['arm64'], CompatibleRuntimes: ['nodejs22.x'],
            Content: { S3Bucket: 'layers', S3Key: 'layer.zip', S3ObjectVersion: 'v1' },
            Description: 'd', LayerName: 'named', LicenseInfo: 'MIT',
          },
          DeletionPolicy: 'Retain',
          UpdateReplacePolicy: 'Retain',
        },
      },
    });
    assert.deepEqual(stack.resolve(layer.layerVersionArn), { Ref: 'LayerB20D2F06' });
  });

  test('Runtime.ALL as compatible runtimes is not rendered', () => {
    const stack = newStack();
    new lambda.LayerVersion(stack, 'Layer', { code: bucketCode(stack), compatibleRuntimes: lambda.Runtime.ALL });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::LayerVersion', { CompatibleRuntimes: Match.absent() });
  });

  test('permissions grant lambda:GetLayerVersion to an account or an organization', () => {
    const stack = newStack();
    const layer = new lambda.LayerVersion(stack, 'Layer', { code: bucketCode(stack) });
    layer.addPermission('Account', { accountId: '123456789012' });
    layer.addPermission('Org', { accountId: '*', organizationId: 'o-abc' });
    const permissions = Object.values(Template.fromStack(stack).findResources('AWS::Lambda::LayerVersionPermission')).map(p => p.Properties);
    assert.deepEqual(permissions, [
      { Action: 'lambda:GetLayerVersion', LayerVersionArn: { Ref: 'LayerB20D2F06' }, Principal: '123456789012' },
      { Action: 'lambda:GetLayerVersion', LayerVersionArn: { Ref: 'LayerB20D2F06' }, Principal: '*', OrganizationId: 'o-abc' },
    ]);
  });

  test('an organization permission must be for all accounts', () => {
    const stack = newStack();
    const layer = lambda.LayerVersion.fromLayerVersionArn(stack, 'Layer', 'arn:aws:lambda:us-east-1:123456789012:layer:x:1');
    assert.throws(() => layer.addPermission('P', { accountId: '1', organizationId: 'o-1' }),
      /\[Stack\/Layer\] A layer permission can only be limited to an organization \(o-1\) when it is for all accounts/);
  });

  test('a layer must support at least one runtime, and its code must be in S3', () => {
    const stack = newStack();
    assert.throws(() => new lambda.LayerVersion(stack, 'A', { code: bucketCode(stack), compatibleRuntimes: [] }),
      /\[Stack\/A\] A layer must support at least one runtime/);
    assert.throws(() => new lambda.LayerVersion(stack, 'B', { code: lambda.Code.fromInline('x') }), /Layer code cannot be inline/);
    assert.throws(() => lambda.LayerVersion.fromLayerVersionAttributes(stack, 'C', { layerVersionArn: 'arn', compatibleRuntimes: [] }),
      /An imported layer must support at least one runtime/);
  });

  test('a layer imported by ARN is compatible with every runtime', () => {
    const layer = lambda.LayerVersion.fromLayerVersionArn(newStack(), 'Layer', 'arn:aws:lambda:us-east-1:123456789012:layer:x:1');
    assert.equal(layer.compatibleRuntimes, lambda.Runtime.ALL);
  });
});
