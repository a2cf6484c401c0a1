import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Template } from '../../src/assertions';
import { App, Duration, Stack } from '../../src/core';
import { Platform, SigningProfile } from '../../src/aws-signer';

const PARTITION = { Ref: 'AWS::Partition' };
const REGION = { Ref: 'AWS::Region' };
const ACCOUNT = { Ref: 'AWS::AccountId' };

function newStack(): Stack {
  return new Stack(new App(), 'Stack');
}

describe('SigningProfile', () => {
  test('renders the platform id and a validity of 135 months by default', () => {
    const stack = newStack();
    new SigningProfile(stack, 'Profile', { platform: Platform.AWS_LAMBDA_SHA384_ECDSA });
    Template.fromStack(stack).templateMatches({
      Resources: {
        Profile6F32097C: {
          Type: 'AWS::Signer::SigningProfile',
          Properties: {
            PlatformId: 'AWSLambda-SHA384-ECDSA',
            SignatureValidityPeriod: { Type: 'MONTHS', Value: 135 },
          },
        },
      },
    });
  });

  test('renders a given signature validity in days', () => {
    const stack = newStack();
    new SigningProfile(stack, 'Profile', { platform: Platform.AMAZON_FREE_RTOS_DEFAULT, signatureValidity: Duration.hours(48) });
    Template.fromStack(stack).hasResourceProperties('AWS::Signer::SigningProfile', {
      PlatformId: 'AmazonFreeRTOS-Default',
      SignatureValidityPeriod: { Type: 'DAYS', Value: 2 },
    });
  });

  test('a validity that is not a whole number of days is rejected', () => {
    const stack = newStack();
    assert.throws(
      () => new SigningProfile(stack, 'Profile', { platform: Platform.AWS_LAMBDA_SHA384_ECDSA, signatureValidity: Duration.hours(47) }),
      /whole number of days/);
  });

  test('the signing profile name is not rendered, as in aws-cdk-lib', () => {
    const stack = newStack();
    new SigningProfile(stack, 'Profile', { platform: Platform.AWS_LAMBDA_SHA384_ECDSA, signingProfileName: 'named' });
    const props = Object.values(Template.fromStack(stack).findResources('AWS::Signer::SigningProfile'))[0].Properties;
    assert.equal(props.ProfileName, undefined);
  });

  test('attributes are the resource attributes', () => {
    const stack = newStack();
    const profile = new SigningProfile(stack, 'Profile', { platform: Platform.AWS_LAMBDA_SHA384_ECDSA });
    const id = stack.resolve((profile.node.defaultChild as any).logicalId);
    assert.deepEqual(stack.resolve([
      profile.signingProfileArn, profile.signingProfileName, profile.signingProfileVersion, profile.signingProfileVersionArn,
      profile.signingProfileRef.signingProfileArn,
    ]), [
      { 'Fn::GetAtt': [id, 'Arn'] }, { 'Fn::GetAtt': [id, 'ProfileName'] }, { 'Fn::GetAtt': [id, 'ProfileVersion'] },
      { 'Fn::GetAtt': [id, 'ProfileVersionArn'] }, { 'Fn::GetAtt': [id, 'Arn'] },
    ]);
  });

  test('an imported signing profile builds its ARNs from name and version', () => {
    const stack = newStack();
    const profile = SigningProfile.fromSigningProfileAttributes(stack, 'Imported', { signingProfileName: 'prof', signingProfileVersion: 'v1' });
    const arnParts = ['arn:', PARTITION, ':signer:', REGION, ':', ACCOUNT, '://signing-profiles/prof'];
    assert.deepEqual(stack.resolve(profile.signingProfileArn), { 'Fn::Join': ['', arnParts] });
    assert.deepEqual(stack.resolve(profile.signingProfileVersionArn), { 'Fn::Join': ['', [...arnParts.slice(0, -1), '://signing-profiles/prof/v1']] });
    assert.equal(profile.signingProfileName, 'prof');
    assert.equal(profile.signingProfileVersion, 'v1');
  });
});

describe('Platform', () => {
  test('has the platform ids of AWS Signer', () => {
    assert.deepEqual([
      Platform.AWS_IOT_DEVICE_MANAGEMENT_SHA256_ECDSA, Platform.AWS_LAMBDA_SHA384_ECDSA, Platform.AMAZON_FREE_RTOS_TI_CC3220SF,
      Platform.AMAZON_FREE_RTOS_DEFAULT, Platform.NOTATION_OCI_SHA384_ECDSA, Platform.of('Custom-Platform'),
    ].map(p => p.platformId), [
      'AWSIoTDeviceManagement-SHA256-ECDSA', 'AWSLambda-SHA384-ECDSA', 'AmazonFreeRTOS-TI-CC3220SF', 'AmazonFreeRTOS-Default',
      'Notation-OCI-SHA384-ECDSA', 'Custom-Platform',
    ]);
  });
});
