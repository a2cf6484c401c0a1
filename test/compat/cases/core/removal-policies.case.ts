import * as cdk from 'aws-cdk-lib';

/** applyRemovalPolicy renders DeletionPolicy/UpdateReplacePolicy for every policy and option. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'RemovalPolicies');
  const destroy = new cdk.CfnResource(stack, 'Destroy', { type: 'AWS::SNS::Topic' });
  destroy.applyRemovalPolicy(cdk.RemovalPolicy.DESTROY);
  const retain = new cdk.CfnResource(stack, 'Retain', { type: 'AWS::SNS::Topic' });
  retain.applyRemovalPolicy(cdk.RemovalPolicy.RETAIN);
  const snapshot = new cdk.CfnResource(stack, 'Snapshot', { type: 'AWS::RDS::DBInstance' });
  snapshot.applyRemovalPolicy(cdk.RemovalPolicy.SNAPSHOT);
  const retainOnUpdate = new cdk.CfnResource(stack, 'RetainOnUpdateOrDelete', { type: 'AWS::SNS::Topic' });
  retainOnUpdate.applyRemovalPolicy(cdk.RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE);

  const noUpdatePolicy = new cdk.CfnResource(stack, 'RetainWithoutUpdatePolicy', { type: 'AWS::SNS::Topic' });
  noUpdatePolicy.applyRemovalPolicy(cdk.RemovalPolicy.RETAIN, { applyToUpdateReplacePolicy: false });
  const withDefault = new cdk.CfnResource(stack, 'DefaultUsed', { type: 'AWS::SNS::Topic' });
  withDefault.applyRemovalPolicy(undefined, { default: cdk.RemovalPolicy.RETAIN });
  const noArgs = new cdk.CfnResource(stack, 'NoArguments', { type: 'AWS::SNS::Topic' });
  noArgs.applyRemovalPolicy(undefined);
  const explicitBeatsDefault = new cdk.CfnResource(stack, 'ExplicitBeatsDefault', { type: 'AWS::SNS::Topic' });
  explicitBeatsDefault.applyRemovalPolicy(cdk.RemovalPolicy.DESTROY, { default: cdk.RemovalPolicy.RETAIN });
  const appliedTwice = new cdk.CfnResource(stack, 'AppliedTwice', { type: 'AWS::SNS::Topic' });
  appliedTwice.applyRemovalPolicy(cdk.RemovalPolicy.RETAIN);
  appliedTwice.applyRemovalPolicy(cdk.RemovalPolicy.DESTROY);

  const viaOptions = new cdk.CfnResource(stack, 'ViaCfnOptions', { type: 'AWS::SNS::Topic' });
  viaOptions.cfnOptions.deletionPolicy = cdk.CfnDeletionPolicy.RETAIN_EXCEPT_ON_CREATE;
  viaOptions.cfnOptions.updateReplacePolicy = cdk.CfnDeletionPolicy.SNAPSHOT;
}
