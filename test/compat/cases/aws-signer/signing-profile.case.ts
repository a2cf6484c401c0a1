import * as cdk from 'aws-cdk-lib';
import * as signer from 'aws-cdk-lib/aws-signer';

/** Signing profiles render their platform and validity; imported ones build ARNs from name and version. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'SignerProfiles');
  const profile = new signer.SigningProfile(stack, 'Profile', { platform: signer.Platform.AWS_LAMBDA_SHA384_ECDSA });
  new signer.SigningProfile(stack, 'ShortLived', {
    platform: signer.Platform.AMAZON_FREE_RTOS_DEFAULT,
    signatureValidity: cdk.Duration.days(30),
    signingProfileName: 'not-rendered',
  });
  const imported = signer.SigningProfile.fromSigningProfileAttributes(stack, 'Imported', {
    signingProfileName: 'existing', signingProfileVersion: 'v1',
  });

  new cdk.CfnOutput(stack, 'ProfileArn', { value: profile.signingProfileArn });
  new cdk.CfnOutput(stack, 'ProfileName', { value: profile.signingProfileName });
  new cdk.CfnOutput(stack, 'ProfileVersion', { value: profile.signingProfileVersion });
  new cdk.CfnOutput(stack, 'ProfileVersionArn', { value: profile.signingProfileVersionArn });
  new cdk.CfnOutput(stack, 'ImportedArn', { value: imported.signingProfileArn });
  new cdk.CfnOutput(stack, 'ImportedVersionArn', { value: imported.signingProfileVersionArn });
}
