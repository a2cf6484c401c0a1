import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';

/** CompositePrincipal: one trust statement per part; in a resource policy, one Principal element with every type. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'Composite');
  const composite = new iam.CompositePrincipal(
    new iam.ServicePrincipal('lambda.amazonaws.com'),
    new iam.ServicePrincipal('edgelambda.amazonaws.com'),
    new iam.AccountPrincipal('123456789012'),
  );
  composite.addPrincipals(new iam.WebIdentityPrincipal('accounts.google.com'));
  new iam.Role(stack, 'Role', { assumedBy: composite });

  new iam.Role(stack, 'WithTags', {
    assumedBy: new iam.CompositePrincipal(
      new iam.ServicePrincipal('ecs-tasks.amazonaws.com').withSessionTags(),
      new iam.ServicePrincipal('ec2.amazonaws.com').withConditions({ StringEquals: { 'aws:SourceAccount': '123456789012' } }),
    ),
  });

  const resourcePolicy = new iam.PolicyDocument({
    statements: [new iam.PolicyStatement({
      actions: ['sqs:SendMessage'],
      resources: ['*'],
      principals: [new iam.CompositePrincipal(new iam.ServicePrincipal('sns.amazonaws.com'), new iam.ArnPrincipal('arn:aws:iam::123456789012:role/x'))],
    })],
  });
  new cdk.CfnResource(stack, 'QueuePolicy', {
    type: 'AWS::SQS::QueuePolicy',
    properties: { Queues: ['https://sqs.us-east-1.amazonaws.com/123456789012/q'], PolicyDocument: resourcePolicy },
  });
}
