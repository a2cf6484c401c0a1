import * as cdk from 'aws-cdk-lib';

/** cfnOptions: condition, metadata, creation/update policies, version, description. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'CfnOptions');
  const cond = new cdk.CfnCondition(stack, 'Enabled', { expression: cdk.Fn.conditionEquals(cdk.Aws.REGION, 'us-east-1') });

  const res = new cdk.CfnResource(stack, 'Group', { type: 'AWS::AutoScaling::AutoScalingGroup', properties: { MinSize: '1' } });
  res.cfnOptions.condition = cond;
  res.cfnOptions.metadata = { 'AWS::CloudFormation::Init': { config: { packages: {} } } };
  res.addMetadata('Extra', { added: true });
  res.cfnOptions.creationPolicy = {
    autoScalingCreationPolicy: { minSuccessfulInstancesPercent: 50 },
    resourceSignal: { count: 2, timeout: 'PT10M' },
    startFleet: true,
  };
  res.cfnOptions.updatePolicy = {
    autoScalingRollingUpdate: {
      maxBatchSize: 2,
      minInstancesInService: 1,
      pauseTime: 'PT5M',
      suspendProcesses: ['HealthCheck'],
      waitOnResourceSignals: true,
      minSuccessfulInstancesPercent: 80,
    },
    autoScalingReplacingUpdate: { willReplace: true },
    autoScalingScheduledAction: { ignoreUnmodifiedGroupSizeProperties: true },
    codeDeployLambdaAliasUpdate: {
      applicationName: 'app',
      deploymentGroupName: 'group',
      afterAllowTrafficHook: 'after',
      beforeAllowTrafficHook: 'before',
    },
    enableVersionUpgrade: true,
    useOnlineResharding: false,
  };
  res.cfnOptions.version = '1.0';
  res.cfnOptions.description = 'resource description';

  const meta = new cdk.CfnResource(stack, 'WithMetadataOnly', { type: 'AWS::SNS::Topic' });
  meta.addMetadata('Key', 'value');
}
