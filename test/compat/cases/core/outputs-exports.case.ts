import * as cdk from 'aws-cdk-lib';

/** CfnOutput with descriptions, conditions, export names (literal and token). */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'Outputs');
  const topic = new cdk.CfnResource(stack, 'Topic', { type: 'AWS::SNS::Topic' });
  const cond = new cdk.CfnCondition(stack, 'IsProd', { expression: cdk.Fn.conditionEquals(cdk.Aws.REGION, 'us-east-1') });

  new cdk.CfnOutput(stack, 'Plain', { value: 'hello' });
  new cdk.CfnOutput(stack, 'WithDescription', { value: topic.ref, description: 'The topic' });
  new cdk.CfnOutput(stack, 'WithExport', { value: topic.getAtt('TopicName').toString(), exportName: 'my-topic-name' });
  new cdk.CfnOutput(stack, 'WithTokenExport', { value: topic.ref, exportName: `${cdk.Aws.STACK_NAME}-TopicRef` });
  new cdk.CfnOutput(stack, 'WithCondition', { value: 'only-in-prod', condition: cond });
  new cdk.CfnOutput(stack, 'Number', { value: cdk.Token.asString(42) });
  new cdk.CfnOutput(stack, 'Joined', { value: cdk.Fn.join(',', ['a', topic.ref]) });
  const later = new cdk.CfnOutput(stack, 'Mutated', { value: 'initial' });
  later.value = 'changed';
  later.description = 'set after construction';
  later.exportName = 'mutated-export';
}
