import * as cdk from 'aws-cdk-lib';
import * as ecr from 'aws-cdk-lib/aws-ecr';

/** Repository URIs are built from the ARN's account and region, the URL suffix and the name. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'EcrUris');
  const repos: { [id: string]: ecr.IRepository } = {
    Owned: new ecr.Repository(stack, 'Repo'),
    ByName: ecr.Repository.fromRepositoryName(stack, 'ByName', 'imp'),
    ByArn: ecr.Repository.fromRepositoryArn(stack, 'ByArn', 'arn:aws:ecr:eu-west-1:111111111111:repository/foo/bar'),
    ByAttributes: ecr.Repository.fromRepositoryAttributes(stack, 'ByAttributes', {
      repositoryName: 'n3', repositoryArn: 'arn:aws:ecr:us-east-1:222222222222:repository/n3',
    }),
  };
  for (const [id, repo] of Object.entries(repos)) {
    new cdk.CfnOutput(stack, `${id}Uri`, { value: repo.repositoryUri });
    new cdk.CfnOutput(stack, `${id}Tag`, { value: repo.repositoryUriForTag('v1') });
    new cdk.CfnOutput(stack, `${id}Digest`, { value: repo.repositoryUriForDigest('sha256:abc') });
    new cdk.CfnOutput(stack, `${id}TagOrDigest`, { value: repo.repositoryUriForTagOrDigest('sha256:def') });
    new cdk.CfnOutput(stack, `${id}Name`, { value: repo.repositoryName });
    new cdk.CfnOutput(stack, `${id}Arn`, { value: repo.repositoryArn });
  }
}
