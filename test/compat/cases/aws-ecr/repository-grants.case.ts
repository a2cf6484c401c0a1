import * as cdk from 'aws-cdk-lib';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as iam from 'aws-cdk-lib/aws-iam';

/** Pull grants to a service principal go to the repository policy; grants to a role go to its policy. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'EcrGrants');
  const repo = new ecr.Repository(stack, 'Repo');
  repo.grantPull(new iam.ServicePrincipal('lambda.amazonaws.com'));

  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  repo.grantPull(role);

  const named = new ecr.Repository(stack, 'Named', {
    repositoryName: 'my-repo',
    imageScanOnPush: true,
    imageTagMutability: ecr.TagMutability.IMMUTABLE,
    removalPolicy: cdk.RemovalPolicy.DESTROY,
    emptyOnDelete: true,
    lifecycleRules: [
      { maxImageCount: 5 },
      { tagPrefixList: ['prod'], maxImageAge: cdk.Duration.days(30) },
      { tagStatus: ecr.TagStatus.UNTAGGED, maxImageAge: cdk.Duration.days(1), description: 'untagged', rulePriority: 10 },
    ],
  });
  named.grantPullPush(role);
  named.grantRead(role);
  named.addToResourcePolicy(new iam.PolicyStatement({ actions: ['ecr:DescribeImages'], principals: [new iam.AccountPrincipal('555555555555')] }));

  ecr.Repository.fromRepositoryName(stack, 'ByName', 'imported').grantPull(role);
  ecr.Repository.fromRepositoryArn(stack, 'ByArn', 'arn:aws:ecr:eu-west-1:111111111111:repository/foo/bar').grantPush(role);
}
