import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/** addPermission: every Permission field, and every principal form a Lambda permission can express. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'Permissions');
  const fn = new lambda.Function(stack, 'Fn', {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => 1;'),
  });
  const role = new iam.Role(stack, 'Caller', { assumedBy: new iam.AccountRootPrincipal() });
  fn.addPermission('Service', { principal: new iam.ServicePrincipal('s3.amazonaws.com'), sourceArn: 'arn:aws:s3:::my-bucket', sourceAccount: '111122223333' });
  fn.addPermission('Account', { principal: new iam.AccountPrincipal('123456789012'), action: 'lambda:GetFunction' });
  fn.addPermission('Arn', { principal: new iam.ArnPrincipal('arn:aws:iam::123456789012:role/caller') });
  fn.addPermission('Org', { principal: new iam.OrganizationPrincipal('o-abcdefghij') });
  fn.addPermission('Url', { principal: new iam.AnyPrincipal(), action: 'lambda:InvokeFunctionUrl', functionUrlAuthType: lambda.FunctionUrlAuthType.NONE });
  fn.addPermission('ViaUrl', { principal: new iam.AnyPrincipal(), invokedViaFunctionUrl: true, organizationId: 'o-zyxwvutsrq' });
  fn.addPermission('Token', { principal: new iam.ServicePrincipal('alexa-appkit.amazon.com'), eventSourceToken: 'amzn1.ask.skill.1' });
  fn.addPermission('Conditions', {
    principal: new iam.ServicePrincipal('events.amazonaws.com').withConditions({
      ArnLike: { 'aws:SourceArn': 'arn:aws:events:us-east-1:123456789012:rule/r' },
      StringEquals: { 'aws:SourceAccount': '123456789012' },
    }),
  });
  fn.addPermission('ExplicitWins', {
    principal: new iam.ServicePrincipal('sns.amazonaws.com').withConditions({ ArnLike: { 'aws:SourceArn': 'from-condition' } }),
    sourceArn: 'arn:aws:sns:us-east-1:123456789012:explicit',
  });
  fn.addPermission('Root', { principal: new iam.AccountRootPrincipal() });
  fn.addPermission('InOrg', { principal: new iam.AnyPrincipal().inOrganization('o-1234567890') });
  fn.addPermission('Role', { principal: role });
  fn.addPermission('Composite', { principal: new iam.CompositePrincipal(new iam.ServicePrincipal('a.amazonaws.com'), new iam.AccountPrincipal('444455556666')) });
  fn.addPermission('Scoped', { principal: new iam.ServicePrincipal('logs.amazonaws.com'), sourceAccount: stack.account, scope: role });
  fn.addPermission('my-service Invocation', { principal: new iam.ServicePrincipal('my-service') });
}
