import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';

const HANDLER = path.join(__dirname, '..', '..', '..', 'fixtures', 'lambda', 'hello');

/** CliCredentialsStackSynthesizer (default and custom bucket, prefix, qualifier) and BootstraplessSynthesizer. */
export function build(app: cdk.App): void {
  const fn = (stack: cdk.Stack) => new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromAsset(HANDLER) });
  fn(new cdk.Stack(app, 'CliCredentials', { synthesizer: new cdk.CliCredentialsStackSynthesizer() }));
  fn(new cdk.Stack(app, 'CliCredentialsCustom', {
    env: { account: '123456789012', region: 'eu-west-1' },
    synthesizer: new cdk.CliCredentialsStackSynthesizer({ qualifier: 'team1', fileAssetsBucketName: 'assets-${Qualifier}-${AWS::Region}', bucketPrefix: 'code/' }),
  }));
  const bootstrapless = new cdk.Stack(app, 'Bootstrapless', {
    synthesizer: new cdk.BootstraplessSynthesizer({ deployRoleArn: 'arn:aws:iam::123456789012:role/deploy', cloudFormationExecutionRoleArn: 'arn:aws:iam::123456789012:role/exec' }),
  });
  new cdk.CfnResource(bootstrapless, 'Queue', { type: 'AWS::SQS::Queue' });
}
