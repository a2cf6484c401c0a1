import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';

const ASSUME_ROLE = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
};

/** Tags.of(...).add/remove with priorities, include/exclude resource types and initial L1 tags. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'Tags');
  cdk.Tags.of(stack).add('stack-wide', 'yes');
  cdk.Tags.of(stack).add('overridden', 'from-stack');

  const group = new Construct(stack, 'Group');
  cdk.Tags.of(group).add('overridden', 'from-group');
  cdk.Tags.of(group).add('roles-only', 'r', { includeResourceTypes: ['AWS::IAM::Role'] });
  cdk.Tags.of(group).add('not-users', 'n', { excludeResourceTypes: ['AWS::IAM::User'] });
  cdk.Tags.of(group).add('low-priority', 'low', { priority: 50 });
  cdk.Tags.of(group).add('high-priority', 'high', { priority: 300 });

  new iam.CfnRole(group, 'Role', {
    assumeRolePolicyDocument: ASSUME_ROLE,
    tags: [{ key: 'initial', value: 'from-props' }, { key: 'low-priority', value: 'props-wins' }],
  });
  const user = new iam.CfnUser(group, 'User', {});
  cdk.Tags.of(user).add('high-priority', 'user-low', { priority: 10 });
  cdk.Tags.of(user).add('zeta', 'last');
  cdk.Tags.of(user).add('alpha', 'first');

  const untagged = new Construct(stack, 'Untagged');
  cdk.Tags.of(untagged).remove('stack-wide');
  new iam.CfnRole(untagged, 'Role', { assumeRolePolicyDocument: ASSUME_ROLE });

  const removedByType = new Construct(stack, 'RemovedByType');
  cdk.Tags.of(removedByType).remove('stack-wide', { excludeResourceTypes: ['AWS::IAM::Role'] });
  new iam.CfnRole(removedByType, 'Role', { assumeRolePolicyDocument: ASSUME_ROLE });
  new iam.CfnUser(removedByType, 'User', {});

  // Not taggable: raw CfnResource and a managed policy without tags support.
  new cdk.CfnResource(stack, 'Raw', { type: 'AWS::SNS::Topic' });

  // applyToLaunchedInstances has no effect on STANDARD tags; the tag still lands.
  cdk.Tags.of(stack).add('launched', 'v', { applyToLaunchedInstances: false });

  // Stack tags (a stack prop) reach the stack's taggable resources and its manifest.
  const taggedStack = new cdk.Stack(app, 'TaggedStack', { tags: { owner: 'team-a', CostCenter: '1234' } });
  new iam.CfnRole(taggedStack, 'Role', { assumeRolePolicyDocument: ASSUME_ROLE });
  cdk.Tags.of(taggedStack).add('added-later', 'yes');
}
