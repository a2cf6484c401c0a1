import * as cdk from 'aws-cdk-lib';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as iam from 'aws-cdk-lib/aws-iam';

/** A grant on an imported repository of another account tags the role; the repository policy cannot be changed. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'EcrImportedOtherAccount', { env: { account: '333333333333', region: 'us-east-1' } });
  const imported = ecr.Repository.fromRepositoryArn(stack, 'Imported', 'arn:aws:ecr:us-east-1:222222222222:repository/other');
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  imported.grantPull(role);
  const user = new iam.User(stack, 'User');
  imported.grant(user, 'ecr:DescribeImages');
  imported.grantPull(new iam.ServicePrincipal('lambda.amazonaws.com'));
}
