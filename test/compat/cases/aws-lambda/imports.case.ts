import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/** The three imports: names and ARNs, and which of them can take permissions. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'Imports', { env: { account: '123456789012', region: 'us-east-1' } });
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
  const sameAccount = lambda.Function.fromFunctionArn(stack, 'SameAccount', 'arn:aws:lambda:us-east-1:123456789012:function:same');
  sameAccount.grantInvoke(role);
  sameAccount.grantInvoke(new iam.ServicePrincipal('sns.amazonaws.com'));
  sameAccount.addPermission('Direct', { principal: new iam.AccountPrincipal('999999999999') });

  const otherAccount = lambda.Function.fromFunctionArn(stack, 'OtherAccount', 'arn:aws:lambda:us-east-1:210987654321:function:other');
  otherAccount.addPermission('Ignored', { principal: new iam.ServicePrincipal('sns.amazonaws.com') });
  const skip = lambda.Function.fromFunctionAttributes(stack, 'Skip', {
    functionArn: 'arn:aws:lambda:us-east-1:210987654321:function:skip', skipPermissions: true,
  });
  skip.grantInvoke(new iam.ServicePrincipal('sns.amazonaws.com'));

  const byName = lambda.Function.fromFunctionName(stack, 'ByName', 'by-name');
  byName.grantInvoke(new iam.ServicePrincipal('events.amazonaws.com'));
  byName.grantInvoke(role);

  const withRole = lambda.Function.fromFunctionAttributes(stack, 'WithRole', {
    functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:with-role',
    role: iam.Role.fromRoleArn(stack, 'ItsRole', 'arn:aws:iam::123456789012:role/its-role'),
    architecture: lambda.Architecture.ARM_64,
    sameEnvironment: true,
  });
  withRole.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: ['*'] }));
  withRole.grantInvoke(new iam.AccountPrincipal('999999999999'));

  new cdk.CfnOutput(stack, 'ByNameArn', { value: byName.functionArn });
  new cdk.CfnOutput(stack, 'ByNameName', { value: byName.functionName });
  new cdk.CfnOutput(stack, 'SameName', { value: sameAccount.functionName });

  const agnostic = new cdk.Stack(app, 'ImportsAgnostic');
  const param = new cdk.CfnParameter(agnostic, 'FunctionArn');
  const fromParam = lambda.Function.fromFunctionArn(agnostic, 'FromParam', param.valueAsString);
  new cdk.CfnOutput(agnostic, 'Name', { value: fromParam.functionName });
  const agnosticByName = lambda.Function.fromFunctionName(agnostic, 'ByName', 'agnostic');
  agnosticByName.addPermission('Allowed', { principal: new iam.ServicePrincipal('sns.amazonaws.com'), sourceAccount: agnostic.account });
  new cdk.CfnOutput(agnostic, 'ByNameFunctionName', { value: agnosticByName.functionName });
}
