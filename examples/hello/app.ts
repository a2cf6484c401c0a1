// The smallest lambda-cdk app: one stack with a queue and a topic, the topic's name taken from the queue.
// It grows into the seed's first example (a Function with a currentVersion alias) once aws-lambda lands.
import * as cdk from 'lambda-cdk';

const app = new cdk.App();
const stack = new cdk.Stack(app, 'HelloStack', { description: 'lambda-cdk hello world' });
const queue = new cdk.CfnResource(stack, 'Queue', {
  type: 'AWS::SQS::Queue',
  properties: { MessageRetentionPeriod: cdk.Duration.days(4).toSeconds() },
});
new cdk.CfnOutput(stack, 'QueueArn', { value: queue.getAtt('Arn').toString() });
app.synth();
