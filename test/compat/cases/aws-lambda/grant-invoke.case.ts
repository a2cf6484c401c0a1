import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/** grantInvoke: identity policy for principals of this account, Lambda permissions (hashed ids) for the others. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'GrantInvoke');
  const fn = new lambda.Function(stack, 'Fn', {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => 1;'),
  });
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
  const user = new iam.User(stack, 'User');
  const other = new lambda.Function(stack, 'Other', {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => 2;'),
  });
  fn.grantInvoke(role);
  fn.grantInvoke(role);
  fn.grantInvoke(user);
  fn.grantInvoke(other);
  fn.grantInvoke(new iam.ServicePrincipal('my-service'));
  fn.grantInvoke(new iam.ServicePrincipal('my-service'));
  fn.grantInvoke(new iam.ServicePrincipal('s3.amazonaws.com').withConditions({
    ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::my-bucket' },
    StringEquals: { 'aws:SourceAccount': '111122223333' },
  }));
  fn.grantInvoke(new iam.AccountPrincipal('123456789012'));
  fn.grantInvoke(new iam.AccountRootPrincipal());
  fn.grantInvoke(new iam.OrganizationPrincipal('o-abcdefghij'));
  fn.grantInvoke(new iam.AnyPrincipal());
  fn.grantInvokeCompositePrincipal(new iam.CompositePrincipal(
    new iam.ServicePrincipal('a.amazonaws.com'), new iam.ServicePrincipal('b.amazonaws.com'), role));
}
