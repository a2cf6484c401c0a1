import * as cdk from 'aws-cdk-lib';

/** Stack.exportValue for Ref/GetAtt (generated and explicit names) and exportStringListValue. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'Exporter');
  const topic = new cdk.CfnResource(stack, 'Topic', { type: 'AWS::SNS::Topic' });
  const queue = new cdk.CfnResource(stack, 'Queue', { type: 'AWS::SQS::Queue' });

  const imported = stack.exportValue(topic.ref);
  stack.exportValue(queue.getAtt('Arn').toString(), { name: 'explicit-queue-arn', description: 'The queue ARN' });
  stack.exportValue(topic.getAtt('TopicName'));
  stack.exportValue('a-literal', { name: 'literal-export' });
  stack.exportStringListValue(cdk.Token.asList(queue.getAtt('Subnets')));
  stack.exportStringListValue(['x', 'y'], { name: 'literal-list' });

  new cdk.CfnOutput(stack, 'ImportExpression', { value: imported });
}
