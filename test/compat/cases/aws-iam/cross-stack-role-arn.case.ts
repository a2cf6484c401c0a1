import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';

/** A role's ARN and name used in another stack become exports and imports; the consumer depends on the producer. */
export function build(app: cdk.App): void {
  const producer = new cdk.Stack(app, 'Producer');
  const role = new iam.Role(producer, 'SharedRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });

  const consumer = new cdk.Stack(app, 'Consumer');
  new cdk.CfnResource(consumer, 'Function', {
    type: 'AWS::Lambda::Function',
    properties: { Role: role.roleArn, Description: role.roleName },
  });
  const bucket = new cdk.CfnResource(producer, 'Bucket', { type: 'AWS::S3::Bucket' });
  role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [bucket.getAtt('Arn').toString()] }));

  const local = new iam.Role(consumer, 'Local', { assumedBy: new iam.AccountRootPrincipal() });
  role.grantPassRole(local);
}
