import * as cdk from 'aws-cdk-lib';

/** RemovalPolicies and MissingRemovalPolicies: resource type filters, priorities, scopes, policies set before. */
export function build(app: cdk.App): void {
  const make = (id: string) => {
    const stack = new cdk.Stack(app, id);
    new cdk.CfnResource(stack, 'Queue', { type: 'AWS::SQS::Queue' });
    new cdk.CfnResource(stack, 'Bucket', { type: 'AWS::S3::Bucket' });
    new cdk.CfnResource(stack, 'Topic', { type: 'AWS::SNS::Topic' }).applyRemovalPolicy(cdk.RemovalPolicy.RETAIN);
    return stack;
  };
  cdk.RemovalPolicies.of(make('Destroyed')).destroy();
  cdk.RemovalPolicies.of(make('QueuesOnly')).apply(cdk.RemovalPolicy.DESTROY, { applyToResourceTypes: ['AWS::SQS::Queue'] });
  cdk.RemovalPolicies.of(make('AllButQueues')).snapshot({ excludeResourceTypes: ['AWS::SQS::Queue'] });
  const prioritized = make('Prioritized');
  cdk.RemovalPolicies.of(prioritized).destroy({ priority: 300 });
  cdk.RemovalPolicies.of(prioritized).retain({ priority: 250 });
  const ordered = make('SamePriority');
  cdk.RemovalPolicies.of(ordered).destroy();
  cdk.RemovalPolicies.of(ordered).retainOnUpdateOrDelete();
  cdk.MissingRemovalPolicies.of(make('Missing')).destroy();
  cdk.MissingRemovalPolicies.of(make('MissingBuckets')).snapshot({ applyToResourceTypes: ['AWS::S3::Bucket'] });
  const stage = new cdk.Stage(app, 'Stage');
  new cdk.CfnResource(new cdk.Stack(stage, 'Inner'), 'Queue', { type: 'AWS::SQS::Queue' });
  cdk.RemovalPolicies.of(stage).retain();
}
