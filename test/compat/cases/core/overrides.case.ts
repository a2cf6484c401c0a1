import * as cdk from 'aws-cdk-lib';

/** addOverride, addPropertyOverride, addDeletionOverride and friends on raw CfnResources. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'Overrides');
  const raw = new cdk.CfnResource(stack, 'Raw', {
    type: 'AWS::SNS::Topic',
    properties: { TopicName: 'original', Tags: [{ Key: 'a', Value: 'b' }], Nested: { Keep: 1, Drop: 2 } },
  });
  raw.addPropertyOverride('TopicName', 'overridden');
  raw.addPropertyOverride('Nested.Deep.Deeper', 'created');
  raw.addPropertyDeletionOverride('Nested.Drop');
  raw.addOverride('Properties.Tags.0.Value', 'replaced-in-array');
  raw.addOverride('Metadata.Note', 'added through override');
  raw.addOverride('Properties.Dotted\\.Key', 'escaped dot');
  raw.addOverride('UpdateReplacePolicy', 'Retain');
  raw.addPropertyOverride('FromToken', cdk.Aws.REGION);
  raw.addPropertyOverride('NullValue', null);

  const deleted = new cdk.CfnResource(stack, 'Deleted', {
    type: 'AWS::SNS::Topic',
    properties: { TopicName: 'goes-away', DisplayName: 'stays' },
  });
  deleted.addDeletionOverride('Properties.TopicName');

  const retyped = new cdk.CfnResource(stack, 'Retyped', { type: 'AWS::SNS::Topic' });
  retyped.addOverride('Type', 'AWS::SQS::Queue');
  retyped.addOverride('Condition', 'SomeCondition');
  new cdk.CfnCondition(stack, 'SomeCondition', { expression: cdk.Fn.conditionEquals('a', 'a') });
}
