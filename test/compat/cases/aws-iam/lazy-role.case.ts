import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';

/** LazyRole renders nothing until used; once used it replays its statements, policies and managed policies. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'LazyRoles');
  const unused = new iam.LazyRole(stack, 'Unused', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
  unused.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
  unused.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess'));

  const used = new iam.LazyRole(stack, 'Used', {
    assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
    roleName: 'lazy-worker',
    path: '/workers/',
    description: 'created on first use',
    externalIds: ['ext-1'],
    maxSessionDuration: cdk.Duration.hours(2),
    managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole')],
    inlinePolicies: {
      Logs: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['logs:PutLogEvents'], resources: ['*'] })] }),
    },
  });
  used.addToPolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['*'] }));
  used.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess'));
  used.attachInlinePolicy(new iam.Policy(stack, 'Extra', {
    statements: [new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] })],
  }));
  new cdk.CfnOutput(stack, 'UsedArn', { value: used.roleArn });
  used.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['dynamodb:GetItem'], resources: ['*'] }));
  new cdk.CfnOutput(stack, 'UsedName', { value: used.roleName });
  new cdk.CfnOutput(stack, 'UsedId', { value: used.roleId });

  const granted = new iam.LazyRole(stack, 'Granted', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
  const operator = new iam.User(stack, 'Operator');
  granted.grantPassRole(operator);
  granted.grant(operator, 'iam:GetRole');
  granted.grantAssumeRole(operator);

  const asPrincipal = new iam.LazyRole(stack, 'AsPrincipal', { assumedBy: new iam.AccountRootPrincipal() });
  const target = new iam.Role(stack, 'Target', { assumedBy: asPrincipal });
  target.grantPassRole(asPrincipal);
}
