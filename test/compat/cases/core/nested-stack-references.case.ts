import * as cdk from 'aws-cdk-lib';

/** References into and out of nested stacks become parameters and outputs; between top-level stacks, exports. */
export function build(app: cdk.App): void {
  const shared = new cdk.Stack(app, 'NestedRefsShared');
  const sharedTopic = new cdk.CfnResource(shared, 'SharedTopic', { type: 'AWS::SNS::Topic' });

  const parent = new cdk.Stack(app, 'NestedRefs');
  const queue = new cdk.CfnResource(parent, 'Queue', { type: 'AWS::SQS::Queue' });
  const producer = new cdk.NestedStack(parent, 'Producer');
  const consumer = new cdk.NestedStack(parent, 'Consumer');

  const bucket = new cdk.CfnResource(producer, 'Bucket', {
    type: 'AWS::S3::Bucket',
    properties: { QueueUrl: queue.ref, QueueArn: queue.getAtt('Arn').toString(), Topic: sharedTopic.ref },
  });
  // Parent reads the nested stack: outputs, read with Fn::GetAtt Outputs.<id>.
  new cdk.CfnResource(parent, 'Reader', {
    type: 'Custom::Reader',
    properties: { Bucket: bucket.ref, BucketArn: bucket.getAtt('Arn').toString() },
  });
  // Sibling reads sibling: output of one, parameter of the other.
  new cdk.CfnResource(consumer, 'Sibling', {
    type: 'Custom::Sibling',
    properties: { Bucket: bucket.ref, Queue: queue.ref, ProducerName: producer.stackName },
  });
}
