import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Template } from '../../src/assertions';
import * as lambda from '../../src/aws-lambda';
import * as signer from '../../src/aws-signer';
import { newFunction, newStack } from './helpers';

describe('CodeSigningConfig', () => {
  test('lists the profile versions, warns on untrusted code by default, and is referenced by the function', () => {
    const stack = newStack();
    const profile = new signer.SigningProfile(stack, 'Profile', { platform: signer.Platform.AWS_LAMBDA_SHA384_ECDSA });
    const config = new lambda.CodeSigningConfig(stack, 'Config', { signingProfiles: [profile] });
    newFunction(stack, { codeSigningConfig: config });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::CodeSigningConfig', {
      AllowedPublishers: { SigningProfileVersionArns: [{ 'Fn::GetAtt': ['Profile6F32097C', 'ProfileVersionArn'] }] },
      CodeSigningPolicies: { UntrustedArtifactOnDeployment: 'Warn' },
    });
    template.hasResourceProperties('AWS::Lambda::Function', { CodeSigningConfigArn: { 'Fn::GetAtt': ['Config57D1D894', 'CodeSigningConfigArn'] } });
    assert.deepEqual(stack.resolve(config.codeSigningConfigId), { 'Fn::GetAtt': ['Config57D1D894', 'CodeSigningConfigId'] });
  });

  test('renders Enforce and the description', () => {
    const stack = newStack();
    const profile = new signer.SigningProfile(stack, 'Profile', { platform: signer.Platform.AWS_LAMBDA_SHA384_ECDSA });
    new lambda.CodeSigningConfig(stack, 'Config', {
      signingProfiles: [profile], untrustedArtifactOnDeployment: lambda.UntrustedArtifactOnDeployment.ENFORCE, description: 'signed only',
    });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::CodeSigningConfig', {
      CodeSigningPolicies: { UntrustedArtifactOnDeployment: 'Enforce' }, Description: 'signed only',
    });
  });

  test('an imported config takes its id from the ARN', () => {
    const stack = newStack();
    const arn = 'arn:aws:lambda:us-east-1:123456789012:code-signing-config:csc-0123';
    const config = lambda.CodeSigningConfig.fromCodeSigningConfigArn(stack, 'Imported', arn);
    assert.equal(config.codeSigningConfigId, 'csc-0123');
    assert.equal(config.codeSigningConfigArn, arn);
    newFunction(stack, { codeSigningConfig: config });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', { CodeSigningConfigArn: arn });
  });

  test('an ARN without a config id is rejected', () => {
    assert.throws(() => lambda.CodeSigningConfig.fromCodeSigningConfigArn(newStack(), 'Imported', 'arn:aws:lambda:us-east-1:123456789012:code-signing-config'),
      /\[Stack\] Code signing config ARN must end with ':code-signing-config:<id>'/);
  });
});
