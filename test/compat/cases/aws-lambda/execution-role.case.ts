import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/** A given role is used as is; statements go to its DefaultPolicy (or an imported role's Policy) in call order. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'ExecutionRole');
  const code = lambda.Code.fromInline('exports.handler = async () => 1;');

  const role = new iam.Role(stack, 'My Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const fn = new lambda.Function(stack, 'Given', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code,
    role,
    initialPolicy: [new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::b/*'] })],
  });
  fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['*'] }));
  role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole'));

  const imported = iam.Role.fromRoleArn(stack, 'Imported', 'arn:aws:iam::123456789012:role/existing');
  new lambda.Function(stack, 'ImportedRole', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code,
    role: imported,
    tracing: lambda.Tracing.ACTIVE,
  });

  const immutable = iam.Role.fromRoleArn(stack, 'Immutable', 'arn:aws:iam::123456789012:role/locked', { mutable: false });
  new lambda.Function(stack, 'ImmutableRole', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code,
    role: immutable,
    tracing: lambda.Tracing.ACTIVE,
  });

  const defaultRole = new lambda.Function(stack, 'DefaultRole', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code,
    initialPolicy: [
      new iam.PolicyStatement({ actions: ['dynamodb:GetItem'], resources: ['*'] }),
      new iam.PolicyStatement({ actions: ['dynamodb:PutItem'], resources: ['*'] }),
    ],
    deadLetterQueueEnabled: true,
    tracing: lambda.Tracing.ACTIVE,
  });
  defaultRole.addToRolePolicy(new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] }));
  new cdk.CfnOutput(stack, 'Principal', { value: (defaultRole.grantPrincipal as iam.Role).roleName });
}
