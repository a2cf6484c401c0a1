import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';

/** A default policy too large for IAM is split into OverflowPolicy managed policies; grants follow their statements. */
export function build(app: cdk.App): void {
  const plain = new cdk.Stack(app, 'Plain');
  fill(plain);

  const minimized = new cdk.Stack(app, 'Minimized');
  minimized.node.setContext('@aws-cdk/aws-iam:minimizePolicies', true);
  fill(minimized);
}

function fill(stack: cdk.Stack): void {
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const grants: iam.Grant[] = [];
  for (let i = 0; i < 150; i++) {
    const bucket = `arn:aws:s3:::bucket-with-a-rather-long-name-for-testing-${i}`;
    grants.push(iam.Grant.addToPrincipal({ grantee: role, actions: [`s3:${['GetObject', 'PutObject', 'ListBucket'][i % 3]}`], resourceArns: [bucket, `${bucket}/*`] }));
  }
  grants[0].applyBefore(new cdk.CfnResource(stack, 'First', { type: 'AWS::CloudFormation::WaitConditionHandle' }));
  grants[149].applyBefore(new cdk.CfnResource(stack, 'Last', { type: 'AWS::CloudFormation::WaitConditionHandle' }));
  new cdk.CfnResource(stack, 'User', { type: 'AWS::CloudFormation::WaitConditionHandle' }).node.addDependency(role);
}
