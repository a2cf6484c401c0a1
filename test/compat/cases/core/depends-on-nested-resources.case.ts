import * as cdk from 'aws-cdk-lib';

/**
 * CfnResource.addDependency between resources that have resources nested below them: every resource at or below the
 * source depends on every resource at or below the target (and removeDependency takes them all away again).
 */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'DependsOnNested');
  const target = new cdk.CfnResource(stack, 'Target', { type: 'AWS::SNS::Topic' });
  new cdk.CfnResource(target, 'Inner', { type: 'AWS::SNS::Topic' });
  const source = new cdk.CfnResource(stack, 'Source', { type: 'AWS::SQS::Queue' });
  const child = new cdk.CfnResource(source, 'Child', { type: 'AWS::SQS::Queue' });
  source.addDependency(target);

  const lone = new cdk.CfnResource(stack, 'Lone', { type: 'AWS::SQS::Queue' });
  child.addDependency(lone);

  const removed = new cdk.CfnResource(stack, 'Removed', { type: 'AWS::SQS::Queue' });
  removed.addDependency(target);
  removed.removeDependency(target);

  const replaced = new cdk.CfnResource(stack, 'Replaced', { type: 'AWS::SQS::Queue' });
  replaced.addDependency(lone);
  replaced.replaceDependency(lone, target);
}
