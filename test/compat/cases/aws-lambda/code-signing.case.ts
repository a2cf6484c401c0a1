import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as signer from 'aws-cdk-lib/aws-signer';

/** A code signing config from signing profiles, and functions that use it (or an imported one). */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'CodeSigning');
  const signingProfile = new signer.SigningProfile(stack, 'SigningProfile', { platform: signer.Platform.AWS_LAMBDA_SHA384_ECDSA });
  const codeSigningConfig = new lambda.CodeSigningConfig(stack, 'CodeSigningConfig', { signingProfiles: [signingProfile] });
  const enforcing = new lambda.CodeSigningConfig(stack, 'Enforcing', {
    signingProfiles: [signingProfile],
    untrustedArtifactOnDeployment: lambda.UntrustedArtifactOnDeployment.ENFORCE,
    description: 'only signed code',
  });
  const code = lambda.Code.fromCfnParameters();
  new lambda.Function(stack, 'Function', { codeSigningConfig, runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code });
  new lambda.Function(stack, 'Enforced', {
    codeSigningConfig: enforcing, runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromCfnParameters(),
  });
  const imported = lambda.CodeSigningConfig.fromCodeSigningConfigArn(stack, 'Imported',
    'arn:aws:lambda:us-east-1:123456789012:code-signing-config:csc-0123456789abcdef0');
  new lambda.Function(stack, 'WithImported', {
    codeSigningConfig: imported, runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromCfnParameters(),
  });
  new cdk.CfnOutput(stack, 'ConfigArn', { value: codeSigningConfig.codeSigningConfigArn });
  new cdk.CfnOutput(stack, 'ConfigId', { value: codeSigningConfig.codeSigningConfigId });
  new cdk.CfnOutput(stack, 'ImportedId', { value: imported.codeSigningConfigId });
}
