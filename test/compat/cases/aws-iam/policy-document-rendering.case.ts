import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';

/** How statements render: single values, Principal types, literal '*', duplicates, Sids, fromJson, tokens. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'Documents');
  const queue = new cdk.CfnResource(stack, 'Queue', { type: 'AWS::SQS::Queue' });
  const queueArn = queue.getAtt('Arn').toString();

  const document = new iam.PolicyDocument({
    assignSids: true,
    statements: [
      new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [queueArn], principals: [new iam.StarPrincipal()] }),
      new iam.PolicyStatement({ actions: ['sqs:SendMessage', 'sqs:SendMessage'], resources: [queueArn], principals: [new iam.AnyPrincipal()] }),
      new iam.PolicyStatement({
        actions: ['sqs:ReceiveMessage'],
        resources: [queueArn],
        principals: [new iam.ServicePrincipal('sns.amazonaws.com'), new iam.ArnPrincipal('arn:aws:iam::123456789012:role/r'), new iam.AccountPrincipal('210987654321'), new iam.FederatedPrincipal('cognito-identity.amazonaws.com'), new iam.CanonicalUserPrincipal('abc')],
        sid: 'Mixed',
      }),
      new iam.PolicyStatement({ actions: ['sqs:DeleteMessage'], resources: [queueArn], notPrincipals: [new iam.ArnPrincipal('arn:aws:iam::123456789012:role/r')], effect: iam.Effect.DENY }),
      new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [queueArn], principals: [new iam.StarPrincipal()] }),
    ],
  });
  new cdk.CfnResource(stack, 'QueuePolicy', { type: 'AWS::SQS::QueuePolicy', properties: { Queues: [queue.ref], PolicyDocument: document } });

  const fromJson = iam.PolicyDocument.fromJson({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: 's3:GetObject', Resource: ['arn:aws:s3:::a/*'], Principal: { AWS: 'arn:aws:iam::123456789012:root', Service: ['lambda.amazonaws.com'] } },
      { Effect: 'Deny', NotAction: ['s3:*'], NotResource: 'arn:aws:s3:::a', Principal: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
    ],
  });
  new cdk.CfnResource(stack, 'BucketPolicy', { type: 'AWS::S3::BucketPolicy', properties: { Bucket: 'a', PolicyDocument: fromJson } });

  const statement = new iam.PolicyStatement();
  statement.addActions('kms:Decrypt');
  statement.addAllResources();
  statement.addAwsAccountPrincipal('123456789012');
  statement.addAccountCondition('123456789012');
  statement.addSourceArnCondition(queueArn);
  statement.addSourceAccountCondition('123456789012');
  statement.sid = 'Keys';
  const copy = statement.copy({ effect: iam.Effect.DENY, sid: 'Copy' });
  new cdk.CfnResource(stack, 'KeyPolicy', {
    type: 'AWS::KMS::Key',
    properties: { KeyPolicy: new iam.PolicyDocument({ statements: [statement, copy] }) },
  });

  new cdk.CfnOutput(stack, 'Json', { value: stack.toJsonString(document) });
  new cdk.CfnResource(stack, 'Empty', { type: 'AWS::S3::BucketPolicy', properties: { Bucket: 'b', PolicyDocument: new iam.PolicyDocument() } });
}
