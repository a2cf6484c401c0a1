// Seed example "Versions": a published Version, an environment variable that changes with the code (so that a new
// version is published when the code changes), the $LATEST pseudo-version and fn.currentVersion.
import * as cdk from 'lambda-cdk';
import * as lambda from 'lambda-cdk/aws-lambda';

const app = new cdk.App();
const stack = new cdk.Stack(app, 'LambdaVersions');

const codeVersion = 'stringOrMethodToGetCodeVersion';
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "v1";'),
  environment: {
    CodeVersionString: codeVersion,
  },
});

// A version of the function as it is at deployment time; it does not follow later changes.
const version = new lambda.Version(stack, 'MyVersion', {
  lambda: fn,
});

new cdk.CfnOutput(stack, 'VersionArn', { value: version.functionArn });
// `$LATEST` always runs the newest code, but most services want a published version...
new cdk.CfnOutput(stack, 'LatestVersionArn', { value: fn.latestVersion.functionArn });
// ...so use currentVersion: a new version is published whenever the function's code or configuration changes.
new cdk.CfnOutput(stack, 'CurrentVersion', { value: fn.currentVersion.version });

app.synth();
