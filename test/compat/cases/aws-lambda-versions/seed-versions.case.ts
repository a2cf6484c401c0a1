import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/** The seed README's Versions section: a Version, a code-version environment variable, latestVersion, currentVersion. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'LambdaVersions');
  const fn = new lambda.Function(stack, 'MyFunction', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => "v1";'),
    environment: { CodeVersionString: 'stringOrMethodToGetCodeVersion' },
  });
  const version = new lambda.Version(stack, 'MyVersion', { lambda: fn });
  new cdk.CfnOutput(stack, 'VersionArn', { value: version.functionArn });
  new cdk.CfnOutput(stack, 'LatestVersionArn', { value: fn.latestVersion.functionArn });
  new cdk.CfnOutput(stack, 'CurrentVersion', { value: fn.currentVersion.version });
}
