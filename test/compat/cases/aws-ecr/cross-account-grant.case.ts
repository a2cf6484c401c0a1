import * as cdk from 'aws-cdk-lib';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as iam from 'aws-cdk-lib/aws-iam';

/** A grant to a role of another account tags the role and limits the repository policy to that tag. */
export function build(app: cdk.App): void {
  const repoStack = new cdk.Stack(app, 'EcrRepoAccount', { env: { account: '111111111111', region: 'us-east-1' } });
  const repo = new ecr.Repository(repoStack, 'Repo', { repositoryName: 'shared' });

  const userStack = new cdk.Stack(app, 'EcrUserAccount', { env: { account: '333333333333', region: 'us-east-1' } });
  const role = new iam.Role(userStack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  repo.grantPull(role);
}
