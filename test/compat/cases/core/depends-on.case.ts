import * as cdk from 'aws-cdk-lib';
import { Construct } from 'constructs';

/** DependsOn from addDependency and node.addDependency between resources and constructs. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'DependsOn');
  const first = new cdk.CfnResource(stack, 'First', { type: 'AWS::SNS::Topic' });
  const second = new cdk.CfnResource(stack, 'Second', { type: 'AWS::SNS::Topic' });
  const zeta = new cdk.CfnResource(stack, 'Zeta', { type: 'AWS::SNS::Topic' });

  const dependent = new cdk.CfnResource(stack, 'Dependent', { type: 'AWS::SNS::Topic' });
  dependent.addDependency(zeta);
  dependent.addDependency(second);
  dependent.addResourceDependency(first);
  dependent.addDependency(first);

  const group = new Construct(stack, 'Group');
  new cdk.CfnResource(group, 'A', { type: 'AWS::SQS::Queue' });
  const nested = new Construct(group, 'Nested');
  new cdk.CfnResource(nested, 'B', { type: 'AWS::SQS::Queue' });

  const onGroup = new cdk.CfnResource(stack, 'OnGroup', { type: 'AWS::SNS::Topic' });
  onGroup.node.addDependency(group);

  const groupOnResource = new Construct(stack, 'DependentGroup');
  new cdk.CfnResource(groupOnResource, 'C', { type: 'AWS::SQS::Queue' });
  groupOnResource.node.addDependency(first);

  const removed = new cdk.CfnResource(stack, 'Removed', { type: 'AWS::SNS::Topic' });
  removed.addDependency(first);
  removed.addDependency(second);
  removed.removeResourceDependency(first);

  const replaced = new cdk.CfnResource(stack, 'Replaced', { type: 'AWS::SNS::Topic' });
  replaced.addDependency(first);
  replaced.replaceDependency(first, zeta);

  // Dependency on a resource in another stack becomes a stack dependency, not DependsOn.
  const other = new cdk.Stack(app, 'OtherStack');
  const elsewhere = new cdk.CfnResource(other, 'Elsewhere', { type: 'AWS::SNS::Topic' });
  elsewhere.node.addDependency(first);
}
