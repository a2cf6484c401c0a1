import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';

/** addToPolicy creates the DefaultPolicy lazily; users of the role depend on it and on the role. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'NewRolePolicy');
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });

  role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::bucket/*'] }));
  role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:PutObject', 's3:GetObject'], resources: ['arn:aws:s3:::bucket/*'] }));
  role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::bucket/*'] }));
  role.addToPrincipalPolicy(new iam.PolicyStatement({
    effect: iam.Effect.DENY,
    notActions: ['iam:*'],
    notResources: ['arn:aws:s3:::bucket/*'],
    conditions: { Bool: { 'aws:SecureTransport': 'false' } },
    sid: 'DenyInsecure',
  }));

  // A consumer of the role (like a function) waits for the role and its default policy.
  const consumer = new cdk.CfnResource(stack, 'Consumer', {
    type: 'AWS::Lambda::Function',
    properties: { Role: role.roleArn },
  });
  consumer.node.addDependency(role);

  // A role without statements has no DefaultPolicy.
  new iam.Role(stack, 'Bare', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
}
