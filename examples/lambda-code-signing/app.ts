// Seed example "Code Signing": only code signed by the profile may be deployed to the function.
// (The seed uploads the code as an asset; here it comes from a versioned object in a bucket.)
import * as cdk from 'lambda-cdk';
import * as lambda from 'lambda-cdk/aws-lambda';
import * as s3 from 'lambda-cdk/aws-s3';
import * as signer from 'lambda-cdk/aws-signer';

const app = new cdk.App();
const stack = new cdk.Stack(app, 'LambdaCodeSigning');

const signingProfile = new signer.SigningProfile(stack, 'SigningProfile', {
  platform: signer.Platform.AWS_LAMBDA_SHA384_ECDSA,
});
const codeSigningConfig = new lambda.CodeSigningConfig(stack, 'CodeSigningConfig', {
  signingProfiles: [signingProfile],
});

const bucket = s3.Bucket.fromBucketName(stack, 'CodeBucket', 'my-signed-code');
new lambda.Function(stack, 'Function', {
  codeSigningConfig,
  runtime: lambda.Runtime.NODEJS_LATEST,
  handler: 'index.handler',
  code: lambda.Code.fromBucket(bucket, 'handler.zip', 'signed-version-id'),
});

app.synth();
