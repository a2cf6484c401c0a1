import * as cdk from 'aws-cdk-lib';

/** Stacks inside stages (and a stage inside a stage) land in nested assemblies with derived names. */
export function build(app: cdk.App): void {
  new cdk.CfnResource(new cdk.Stack(app, 'TopLevel'), 'Topic', { type: 'AWS::SNS::Topic' });

  const beta = new cdk.Stage(app, 'Beta', { env: { account: '111111111111', region: 'us-east-1' } });
  const betaStack = new cdk.Stack(beta, 'Service');
  const topic = new cdk.CfnResource(betaStack, 'Topic', { type: 'AWS::SNS::Topic' });
  const consumer = new cdk.Stack(beta, 'Consumer', { stackName: 'explicit-consumer' });
  new cdk.CfnResource(consumer, 'Sub', { type: 'Custom::Sub', properties: { Topic: topic.ref, Name: betaStack.stackName } });

  const outer = new cdk.Stage(app, 'Outer');
  const inner = new cdk.Stage(outer, 'Inner');
  new cdk.CfnResource(new cdk.Stack(inner, 'Deep'), 'Topic', { type: 'AWS::SNS::Topic' });
}
