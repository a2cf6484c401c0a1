import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';

/**
 * The same statements with @aws-cdk/aws-iam:minimizePolicies off (the default of a bare App: statements are kept,
 * only exact duplicates go) and on (compatible statements merge; actions, resources and principals are sorted).
 */
export function build(app: cdk.App): void {
  addStatements(new cdk.Stack(app, 'MergingOff'));
  const on = new cdk.Stack(app, 'MergingOn');
  on.node.setContext('@aws-cdk/aws-iam:minimizePolicies', true);
  addStatements(on);
}

function addStatements(stack: cdk.Stack): void {
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const bucket = new cdk.CfnResource(stack, 'Bucket', { type: 'AWS::S3::Bucket' });
  const arn = bucket.getAtt('Arn').toString();
  const add = (props: iam.PolicyStatementProps) => role.addToPrincipalPolicy(new iam.PolicyStatement(props));
  add({ actions: ['s3:PutObject'], resources: [`${arn}/*`] });
  add({ actions: ['s3:GetObject'], resources: [`${arn}/*`] });
  add({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::z-bucket/*', arn] });
  add({ actions: ['s3:ListBucket'], resources: [arn] });
  add({ actions: ['sqs:SendMessage', 'sqs:GetQueueUrl'], resources: ['arn:aws:sqs:us-east-1:123456789012:b', 'arn:aws:sqs:us-east-1:123456789012:a'] });
  add({ actions: ['sqs:SendMessage', 'sqs:GetQueueUrl'], resources: ['arn:aws:sqs:us-east-1:123456789012:c'] });
  add({ actions: ['kms:Decrypt'], resources: ['*'], conditions: { StringEquals: { 'kms:ViaService': 'sqs.us-east-1.amazonaws.com' } } });
  add({ actions: ['kms:Encrypt'], resources: ['*'], conditions: { StringEquals: { 'kms:ViaService': 'sqs.us-east-1.amazonaws.com' } } });
  add({ actions: ['kms:Encrypt'], resources: ['*'] });
  add({ actions: ['logs:PutLogEvents'], resources: ['*'], sid: 'Logs' });
  add({ actions: ['logs:CreateLogStream'], resources: ['*'], sid: 'Logs2' });
  add({ actions: ['s3:DeleteObject'], resources: ['*'], effect: iam.Effect.DENY });
  add({ actions: ['s3:PutObject'], resources: [`${arn}/*`] });
  add({ notActions: ['iam:*'], resources: ['arn:aws:s3:::x'], effect: iam.Effect.DENY });
  add({ notActions: ['iam:*'], resources: ['arn:aws:s3:::y'], effect: iam.Effect.DENY });

  const resourcePolicy = new iam.PolicyDocument({
    statements: [
      new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [`${arn}/*`], principals: [new iam.AccountPrincipal('222222222222')] }),
      new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [`${arn}/*`], principals: [new iam.ServicePrincipal('cloudfront.amazonaws.com'), new iam.ArnPrincipal('arn:aws:iam::111111111111:role/b')] }),
      new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [`${arn}/*`], principals: [new iam.ArnPrincipal('arn:aws:iam::111111111111:role/a')] }),
      new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [arn], principals: [new iam.ArnPrincipal('arn:aws:iam::111111111111:role/a')] }),
    ],
  });
  new cdk.CfnResource(stack, 'BucketPolicy', { type: 'AWS::S3::BucketPolicy', properties: { Bucket: bucket.ref, PolicyDocument: resourcePolicy } });
}
