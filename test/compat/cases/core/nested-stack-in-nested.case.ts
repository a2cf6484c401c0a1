import * as cdk from 'aws-cdk-lib';

/** A nested stack in a nested stack: values cross two levels both ways; templates are finished deepest first. */
export function build(app: cdk.App): void {
  const parent = new cdk.Stack(app, 'NestedTwice', { env: { account: '123456789012', region: 'eu-west-1' } });
  const table = new cdk.CfnResource(parent, 'Table', { type: 'AWS::DynamoDB::Table' });
  const middle = new cdk.NestedStack(parent, 'Middle');
  const inner = new cdk.NestedStack(middle, 'Inner', { parameters: { FromParent: table.ref } });
  new cdk.CfnParameter(inner, 'FromParent');
  const deep = new cdk.CfnResource(inner, 'Deep', {
    type: 'AWS::SQS::Queue',
    properties: { Table: table.getAtt('Arn').toString(), Region: cdk.Stack.of(inner).region },
  });
  new cdk.CfnResource(middle, 'MiddleThing', { type: 'Custom::Middle', properties: { Deep: deep.ref } });
  new cdk.CfnOutput(parent, 'DeepArn', { value: deep.getAtt('Arn').toString() });
  new cdk.CfnOutput(parent, 'InnerId', { value: inner.stackId });
}
