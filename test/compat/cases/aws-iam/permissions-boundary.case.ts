import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';

/**
 * Permissions boundaries: Stack and Stage props by name (with the bootstrap qualifier) and ARN, over a role's own
 * boundary; iam.PermissionsBoundary.of(scope) apply and clear, on L2s and L1s, roles and users.
 */
export function build(app: cdk.App): void {
  const fnProps = { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('x') };

  const named = new cdk.Stack(app, 'BoundaryByName', { permissionsBoundary: cdk.PermissionsBoundary.fromName('dev-boundary') });
  new lambda.Function(named, 'Fn', fnProps);
  new iam.Role(new Construct(named, 'Nested'), 'Role', {
    assumedBy: new iam.AccountRootPrincipal(),
    permissionsBoundary: iam.ManagedPolicy.fromManagedPolicyName(named, 'Own', 'own-boundary'),
  });
  new iam.CfnUser(named, 'L1User');

  const qualified = new cdk.Stack(app, 'BoundaryQualified', {
    env: { account: '123456789012', region: 'eu-west-1' },
    synthesizer: new cdk.DefaultStackSynthesizer({ qualifier: 'team1' }),
    permissionsBoundary: cdk.PermissionsBoundary.fromName('boundary-${Qualifier}'),
  });
  new iam.User(qualified, 'User');

  const byArn = new cdk.Stack(app, 'BoundaryByArn', { permissionsBoundary: cdk.PermissionsBoundary.fromArn('arn:aws:iam::123456789012:policy/pb') });
  new lambda.Function(byArn, 'Fn', fnProps);
  const cleared = new lambda.Function(byArn, 'Cleared', fnProps);
  iam.PermissionsBoundary.of(cleared).clear();

  const aspect = new cdk.Stack(app, 'BoundaryAspect');
  const policy = new iam.ManagedPolicy(aspect, 'Boundary', { statements: [new iam.PolicyStatement({ actions: ['s3:*', 'logs:*'], resources: ['*'] })] });
  new lambda.Function(aspect, 'Fn', fnProps);
  new iam.CfnRole(aspect, 'L1Role', { assumeRolePolicyDocument: { Version: '2012-10-17', Statement: [] } });
  iam.PermissionsBoundary.of(aspect).apply(policy);

  const stage = new cdk.Stage(app, 'Team', { permissionsBoundary: cdk.PermissionsBoundary.fromName('stage-boundary') });
  new lambda.Function(new cdk.Stack(stage, 'InStage'), 'Fn', fnProps);
}
