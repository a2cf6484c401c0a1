import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';

/** grantPassRole, grantAssumeRole and grant on new and imported roles. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'PassRole');
  const executionRole = new iam.Role(stack, 'ExecutionRole', { assumedBy: new iam.ServicePrincipal('states.amazonaws.com') });
  const deployer = new iam.Role(stack, 'Deployer', { assumedBy: new iam.AccountRootPrincipal() });
  const user = new iam.User(stack, 'Operator', { userName: 'operator' });

  executionRole.grantPassRole(deployer);
  executionRole.grantPassRole(user);
  executionRole.grantAssumeRole(user);
  executionRole.grant(deployer, 'iam:GetRole', 'iam:TagRole');

  const imported = iam.Role.fromRoleArn(stack, 'Imported', 'arn:aws:iam::123456789012:role/cfn-exec');
  imported.grantPassRole(deployer);

  const ci = new iam.Role(stack, 'Ci', { assumedBy: new iam.AccountRootPrincipal() });
  executionRole.grants.passRole(ci);
  executionRole.grants.assumeRole(ci);
  iam.RoleGrants.fromRole(imported).passRole(ci);

  const withoutUpdates = executionRole.withoutPolicyUpdates();
  withoutUpdates.grantPassRole(user);
}
