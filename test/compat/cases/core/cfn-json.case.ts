import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';

/**
 * CfnJson: a value with tokens in its keys, used as the CfnJson itself, through `value`, inside an IAM condition,
 * and a literal one; the stack's CfnUtils provider. The provider's code is lambda-cdk's own, so its asset hash
 * differs from aws-cdk-lib's by design: the case overrides the S3 key of the handler's code on both sides.
 */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'CfnJsonStack');
  const queue = new cdk.CfnResource(stack, 'Queue', { type: 'AWS::SQS::Queue' });
  const conditions = new cdk.CfnJson(stack, 'Conditions', { value: { [`${queue.ref}:sub`]: 'system:serviceaccount', plain: stack.region } });
  const literal = new cdk.CfnJson(stack, 'Literal', { value: { a: [1, 2], b: null } });
  new cdk.CfnResource(stack, 'User', { type: 'Custom::User', properties: { Whole: conditions, Value: conditions.value, Literal: literal } });
  new iam.Role(stack, 'Role', {
    assumedBy: new iam.FederatedPrincipal('arn:aws:iam::123456789012:oidc-provider/example', { StringEquals: conditions }, 'sts:AssumeRoleWithWebIdentity'),
  });
  const provider = stack.node.children.find(c => c.node.id.startsWith('AWSCDKCfnUtilsProvider'))!;
  (provider.node.findChild('Handler') as cdk.CfnResource).addPropertyOverride('Code.S3Key', 'normalized-code-hash.zip');
}
