import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';

/** Policy and ManagedPolicy attached to users, groups and roles; unattached and empty policies are left out. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'Policies');
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const user = new iam.User(stack, 'User', { path: '/people/', managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess')] });
  const group = new iam.Group(stack, 'Group', { groupName: 'readers' });
  user.addToGroup(group);

  const statement = new iam.PolicyStatement({ actions: ['ec2:Describe*'], resources: ['*'] });
  const policy = new iam.Policy(stack, 'Describe', { statements: [statement], roles: [role], users: [user] });
  policy.attachToGroup(group);

  new iam.Policy(stack, 'Named', { policyName: 'named-policy', statements: [statement], groups: [group] });
  new iam.Policy(stack, 'Forced', { force: true, statements: [statement], roles: [role] });
  new iam.Policy(stack, 'Unattached', { statements: [statement] });
  // Attaching a second policy to an identity compares policy names, which makes both policies referenced.
  const referenced = new iam.Policy(stack, 'Referenced');
  referenced.addStatements(new iam.PolicyStatement({ actions: ['ec2:StartInstances'], resources: ['*'] }));
  new cdk.CfnOutput(stack, 'ReferencedName', { value: referenced.policyName });
  referenced.attachToUser(user);

  const managed = new iam.ManagedPolicy(stack, 'Managed', {
    managedPolicyName: 'shared-managed',
    description: 'Shared permissions',
    path: '/shared/',
    document: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['sqs:*'], resources: ['*'] })] }),
    users: [user],
    groups: [group],
  });
  managed.attachToRole(role);
  managed.addStatements(new iam.PolicyStatement({ actions: ['sns:*'], resources: ['*'] }));
  group.addManagedPolicy(managed);
  group.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:ListAllMyBuckets'], resources: ['*'] }));
  user.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));

  new cdk.CfnOutput(stack, 'UserArn', { value: user.userArn });
  new cdk.CfnOutput(stack, 'GroupArn', { value: group.groupArn });
  new cdk.CfnOutput(stack, 'ManagedArn', { value: managed.managedPolicyArn });
}
