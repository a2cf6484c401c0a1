import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';

/** Imported roles: mutable ones in the stack's account get a Policy; immutable and foreign ones get none. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'ImportedRoles', { env: { account: '123456789012', region: 'us-east-1' } });
  const statement = () => new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['*'] });

  const mutable = iam.Role.fromRoleArn(stack, 'Mutable', 'arn:aws:iam::123456789012:role/service-role/MyRole');
  mutable.addToPrincipalPolicy(statement());
  mutable.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] }));
  mutable.attachInlinePolicy(new iam.Policy(stack, 'Extra', { statements: [statement()] }));

  const named = iam.Role.fromRoleArn(stack, 'Named', 'arn:aws:iam::123456789012:role/Named', { defaultPolicyName: 'NamedPolicy' });
  named.addToPrincipalPolicy(statement());

  const byName = iam.Role.fromRoleName(stack, 'ByName', 'some-role');
  byName.addToPrincipalPolicy(statement());

  const immutable = iam.Role.fromRoleArn(stack, 'Immutable', 'arn:aws:iam::123456789012:role/Fixed', { mutable: false });
  immutable.addToPrincipalPolicy(statement());

  const foreign = iam.Role.fromRoleArn(stack, 'Foreign', 'arn:aws:iam::999999999999:role/Other');
  foreign.addToPrincipalPolicy(statement());

  const parameter = new cdk.CfnParameter(stack, 'RoleArnParameter');
  const tokenRole = iam.Role.fromRoleArn(stack, 'FromParameter', parameter.valueAsString);
  tokenRole.addToPrincipalPolicy(statement());

  const own = new iam.Role(stack, 'Own', { assumedBy: new iam.AccountRootPrincipal() });
  own.withoutPolicyUpdates().addToPrincipalPolicy(statement());

  new cdk.CfnOutput(stack, 'MutableName', { value: mutable.roleName });
  new cdk.CfnOutput(stack, 'ByNameArn', { value: byName.roleArn });
  new cdk.CfnOutput(stack, 'TokenName', { value: tokenRole.roleName });
}
