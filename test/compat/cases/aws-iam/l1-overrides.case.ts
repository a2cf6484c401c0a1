import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';

/** Overrides on a generated L1 use CloudFormation (PascalCase) names and apply after prop rendering. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'IamL1Overrides');
  const role = new iam.CfnRole(stack, 'Role', {
    assumeRolePolicyDocument: { Statement: [] },
    description: 'typed',
    maxSessionDuration: 3600,
    policies: [{ policyName: 'p', policyDocument: { Statement: [] } }],
  });
  role.addPropertyOverride('Description', 'overridden typed');
  role.addPropertyOverride('AssumeRolePolicyDocument.Version', '2012-10-17');
  role.addPropertyOverride('Policies.0.PolicyName', 'renamed');
  role.addPropertyDeletionOverride('MaxSessionDuration');
  role.addOverride('Properties.Path', '/from-override/');
  role.description = 'set through the typed setter';
  role.addOverride('Condition', 'SomeCondition');
  new cdk.CfnCondition(stack, 'SomeCondition', { expression: cdk.Fn.conditionEquals('a', 'a') });

  const user = new iam.CfnUser(stack, 'User', { userName: 'u' });
  user.userName = 'changed-after-construction';
  user.addPropertyOverride('Path', '/p/');
}
