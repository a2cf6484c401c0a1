import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';

/** Generated IAM L1s render camelCase props (and nested property types) as CloudFormation expects. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'IamL1');

  const role = new iam.CfnRole(stack, 'Role', {
    assumeRolePolicyDocument: {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    },
    description: 'A role',
    managedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
    maxSessionDuration: 7200,
    path: '/service/',
    permissionsBoundary: 'arn:aws:iam::aws:policy/PowerUserAccess',
    policies: [{ policyName: 'inline', policyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] } }],
    roleName: 'my-role',
    tags: [{ key: 'team', value: 'platform' }],
  });

  new iam.CfnPolicy(stack, 'Policy', {
    policyName: 'attached',
    policyDocument: { Statement: [{ Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: '*' }] },
    roles: [role.ref],
  });

  new iam.CfnManagedPolicy(stack, 'Managed', {
    policyDocument: { Statement: [{ Effect: 'Deny', Action: '*', Resource: '*' }] },
    description: 'deny all',
    roles: [role.ref],
  });

  const user = new iam.CfnUser(stack, 'User', {
    userName: 'someone',
    loginProfile: { password: 'not-a-real-password', passwordResetRequired: true },
    groups: ['admins'],
  });
  new iam.CfnAccessKey(stack, 'Key', { userName: user.ref, status: 'Active' });
  new iam.CfnInstanceProfile(stack, 'Profile', { roles: [role.ref] });

  new cdk.CfnOutput(stack, 'RoleArn', { value: role.attrArn });
  new cdk.CfnOutput(stack, 'RoleId', { value: role.attrRoleId });
  new cdk.CfnOutput(stack, 'UserArn', { value: user.attrArn });
}
