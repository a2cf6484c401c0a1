import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/** grantInvokeUrl (two grants) and grantInvokeLatestVersion, to an identity and to other accounts and services. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'GrantInvokeUrlVersion');
  const fn = new lambda.Function(stack, 'Fn', {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => 1;'),
  });
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
  fn.grantInvokeUrl(role);
  fn.grantInvokeUrl(new iam.AccountPrincipal('123456789012'));
  fn.grantInvokeUrl(new iam.AccountPrincipal('123456789012'));
  fn.grantInvokeUrl(new iam.ServicePrincipal('x.amazonaws.com'));
  fn.grantInvokeLatestVersion(role);
  fn.grantInvokeLatestVersion(new iam.AccountPrincipal('444455556666'));
  fn.grantInvokeLatestVersion(new iam.ServicePrincipal('sns.amazonaws.com'));
  fn.grantInvokeVersion(new iam.AccountPrincipal('777788889999'), fn.latestVersion);
}
