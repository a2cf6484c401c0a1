import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/** With createNewPoliciesWithAddToRolePolicy, each addToRolePolicy call (DLQ and tracing too) makes its own Policy. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'NewPoliciesFlag');
  stack.node.setContext('@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy', true);
  const fn = new lambda.Function(stack, 'Fn', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => 1;'),
    initialPolicy: [new iam.PolicyStatement({ actions: ['a:Initial'], resources: ['*'] })],
    deadLetterQueueEnabled: true,
    tracing: lambda.Tracing.PASS_THROUGH,
  });
  fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['a:Later'], resources: ['*'] }));
}
