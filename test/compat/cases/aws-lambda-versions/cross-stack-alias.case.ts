import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/** An alias and a current version used from another stack: exports, imports and a stack dependency. */
export function build(app: cdk.App): void {
  const producer = new cdk.Stack(app, 'AliasProducer');
  const fn = new lambda.Function(producer, 'Fn', {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => 1;'),
    environment: { STAGE: 'prod' },
  });
  const alias = fn.addAlias('live');

  const consumer = new cdk.Stack(app, 'AliasConsumer');
  const role = new iam.Role(consumer, 'Caller', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
  alias.grantInvoke(role);
  fn.currentVersion.grantInvoke(role);
  new cdk.CfnOutput(consumer, 'AliasArn', { value: alias.functionArn });
  new cdk.CfnOutput(consumer, 'AliasFunctionName', { value: alias.functionName });
  new cdk.CfnOutput(consumer, 'VersionNumber', { value: fn.currentVersion.version });
  new lambda.Alias(consumer, 'RemoteAlias', { aliasName: 'remote', version: fn.currentVersion });
}
