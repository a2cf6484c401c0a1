import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/**
 * currentVersion logical IDs without @aws-cdk/aws-lambda:recognizeVersionProps: the whole rendered resource counts,
 * DependsOn, Tags, removal policies and metadata included.
 */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'HashLegacy');
  stack.node.setContext('@aws-cdk/aws-lambda:recognizeVersionProps', false);
  const fn = (id: string, props: Partial<lambda.FunctionProps> = {}): lambda.Function => {
    const f = new lambda.Function(stack, id, {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = async () => 1;'),
      ...props,
    });
    void f.currentVersion;
    return f;
  };

  fn('Minimal');
  fn('Environment', { environment: { ZETA: 'z', ALPHA: 'a' }, description: 'described', memorySize: 512 });
  fn('ReservedConcurrency', { reservedConcurrentExecutions: 2 });
  cdk.Tags.of(fn('Tagged')).add('team', 'blue');
  fn('DeadLetterQueue', { deadLetterQueueEnabled: true });
  fn('Policy').addToRolePolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['*'] }));
  fn('Retained').applyRemovalPolicy(cdk.RemovalPolicy.RETAIN);
  (fn('WithMetadata').node.defaultChild as cdk.CfnResource).addMetadata('team', 'blue');
  (fn('RenamedResource').node.defaultChild as cdk.CfnResource).overrideLogicalId('RenamedLegacyFunction');
  fn('Invalidated').invalidateVersionBasedOn('x');
  (fn('Overridden').node.defaultChild as cdk.CfnResource).addPropertyOverride('CompatCaseLegacyUnknown', 'allowed');
}
