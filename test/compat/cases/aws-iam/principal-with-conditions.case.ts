import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';

/** PrincipalWithConditions and SessionTagsPrincipal, alone and combined, in trust and resource policies. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'ConditionalPrincipals');

  const withConditions = new iam.ServicePrincipal('lambda.amazonaws.com').withConditions({
    StringEquals: { 'aws:SourceAccount': '123456789012' },
  });
  new iam.Role(stack, 'Conditions', { assumedBy: withConditions });

  const added = new iam.PrincipalWithConditions(new iam.ArnPrincipal('arn:aws:iam::123456789012:role/ci'), {
    StringLike: { 'aws:PrincipalTag/team': 'platform*' },
  });
  added.addCondition('StringLike', { 'aws:RequestTag/env': 'dev' });
  added.addConditions({ Bool: { 'aws:MultiFactorAuthPresent': 'true' } });
  new iam.Role(stack, 'AddedConditions', { assumedBy: added });

  new iam.Role(stack, 'SessionTags', { assumedBy: new iam.AccountPrincipal('123456789012').withSessionTags() });
  new iam.Role(stack, 'TagsThenConditions', {
    assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com').withSessionTags().withConditions({ StringEquals: { 'aws:SourceAccount': '1' } }),
  });
  new iam.Role(stack, 'ConditionsWithExternalId', {
    assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com', { conditions: { ArnLike: { 'aws:SourceArn': 'arn:aws:lambda:*' } } }),
    externalIds: ['id-1'],
  });

  const document = new iam.PolicyDocument({
    statements: [new iam.PolicyStatement({
      actions: ['s3:GetObject'],
      resources: ['arn:aws:s3:::bucket/*'],
      principals: [withConditions],
      conditions: { StringEquals: { 'aws:SourceArn': 'arn:aws:lambda:us-east-1:123456789012:function:f' } },
    })],
  });
  new cdk.CfnResource(stack, 'BucketPolicy', {
    type: 'AWS::S3::BucketPolicy',
    properties: { Bucket: 'bucket', PolicyDocument: document },
  });
}
