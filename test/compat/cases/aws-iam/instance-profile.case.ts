import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';

/** InstanceProfile with its own or a given role, names, paths, imports, and a name generated for another account. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'Profiles', { env: { account: '111111111111', region: 'eu-west-1' } });
  const defaultProfile = new iam.InstanceProfile(stack, 'Default');
  const deployer = new iam.User(stack, 'Deployer');
  defaultProfile.role?.grantPassRole(deployer);

  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
  const named = new iam.InstanceProfile(stack, 'Named', { role, instanceProfileName: 'web-profile', path: '/web/' });
  new iam.InstanceProfile(stack, 'ImportedRole', { role: iam.Role.fromRoleName(stack, 'Existing', 'existing-role') });

  const byName = iam.InstanceProfile.fromInstanceProfileName(stack, 'ByName', 'legacy');
  const byArn = iam.InstanceProfile.fromInstanceProfileArn(stack, 'ByArn', 'arn:aws:iam::111111111111:instance-profile/ops/batch');
  const byAttrs = iam.InstanceProfile.fromInstanceProfileAttributes(stack, 'ByAttrs', {
    instanceProfileArn: cdk.Fn.importValue('ProfileArn'),
    role,
  });
  new cdk.CfnOutput(stack, 'NamedName', { value: named.instanceProfileName });
  new cdk.CfnOutput(stack, 'NamedArn', { value: named.instanceProfileArn });
  new cdk.CfnOutput(stack, 'NamedRefArn', { value: named.instanceProfileRef.instanceProfileArn });
  new cdk.CfnOutput(stack, 'ByNameArn', { value: byName.instanceProfileArn });
  new cdk.CfnOutput(stack, 'ByArnName', { value: byArn.instanceProfileName });
  new cdk.CfnOutput(stack, 'ByAttrsName', { value: byAttrs.instanceProfileName });
  new cdk.CfnOutput(stack, 'ByAttrsRole', { value: byAttrs.role?.roleName ?? 'none' });

  const generated = new iam.InstanceProfile(stack, 'Generated', { instanceProfileName: cdk.PhysicalName.GENERATE_IF_NEEDED });
  const consumer = new cdk.Stack(app, 'ProfileConsumer', { env: { account: '222222222222', region: 'eu-west-1' } });
  new cdk.CfnOutput(consumer, 'GeneratedArn', { value: generated.instanceProfileArn });
  new cdk.CfnOutput(consumer, 'NamedArn', { value: named.instanceProfileArn });
  new cdk.CfnOutput(consumer, 'NamedName', { value: named.instanceProfileName });
}
