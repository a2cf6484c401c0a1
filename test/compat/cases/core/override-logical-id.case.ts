import * as cdk from 'aws-cdk-lib';
import { Construct } from 'constructs';

/** overrideLogicalId replaces the computed id, and references to the element follow it. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'OverrideLogicalId');
  const group = new Construct(stack, 'Group');
  const topic = new cdk.CfnResource(group, 'Topic', { type: 'AWS::SNS::Topic' });
  topic.overrideLogicalId('MyChosenTopicName');

  new cdk.CfnResource(stack, 'Subscriber', {
    type: 'AWS::SNS::Subscription',
    properties: { TopicArn: topic.ref, Protocol: 'email', Endpoint: cdk.Fn.getAtt(topic.logicalId, 'TopicName').toString() },
  });

  const param = new cdk.CfnParameter(stack, 'Param', { type: 'String' });
  param.overrideLogicalId('RenamedParam');
  new cdk.CfnOutput(stack, 'Out', { value: param.valueAsString }).overrideLogicalId('RenamedOutput');
}
