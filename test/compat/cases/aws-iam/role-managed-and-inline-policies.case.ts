import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';

/** A role with two managed policies (AWS managed and customer managed) and inline policies, as props and attached. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'RolePolicies');

  const managed = new iam.ManagedPolicy(stack, 'ReadBuckets', {
    statements: [new iam.PolicyStatement({ actions: ['s3:GetObject', 's3:ListBucket'], resources: ['arn:aws:s3:::my-bucket', 'arn:aws:s3:::my-bucket/*'] })],
  });

  const role = new iam.Role(stack, 'FunctionRole', {
    assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
    description: 'Role of a function',
    managedPolicies: [
      iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole'),
      managed,
    ],
    inlinePolicies: {
      Queue: new iam.PolicyDocument({
        statements: [new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['arn:aws:sqs:us-east-1:123456789012:queue'] })],
      }),
    },
  });

  role.addManagedPolicy(iam.ManagedPolicy.fromManagedPolicyArn(stack, 'Imported', 'arn:aws:iam::123456789012:policy/team/Shared'));
  role.addManagedPolicy(iam.ManagedPolicy.fromManagedPolicyName(stack, 'ByName', 'Extra'));
  role.addManagedPolicy(managed);

  const attached = new iam.Policy(stack, 'Attached', {
    statements: [new iam.PolicyStatement({ actions: ['dynamodb:GetItem'], resources: ['*'] })],
  });
  role.attachInlinePolicy(attached);

  new iam.Role(stack, 'Bounded', {
    assumedBy: new iam.AccountRootPrincipal(),
    path: '/teams/',
    roleName: 'bounded-role',
    maxSessionDuration: cdk.Duration.hours(4),
    permissionsBoundary: iam.ManagedPolicy.fromAwsManagedPolicyName('PowerUserAccess'),
  });

  new cdk.CfnOutput(stack, 'RoleArn', { value: role.roleArn });
  new cdk.CfnOutput(stack, 'RoleName', { value: role.roleName });
  new cdk.CfnOutput(stack, 'RoleId', { value: role.roleId });
  new cdk.CfnOutput(stack, 'ManagedArn', { value: managed.managedPolicyArn });
  new cdk.CfnOutput(stack, 'ManagedName', { value: managed.managedPolicyName });
  new cdk.CfnOutput(stack, 'AttachedName', { value: attached.policyName });
}
