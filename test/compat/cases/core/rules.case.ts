import * as cdk from 'aws-cdk-lib';

/** CfnRule with a rule condition and assertions, added at construction and later. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'Rules');
  const env = new cdk.CfnParameter(stack, 'Env', { type: 'String' });
  const size = new cdk.CfnParameter(stack, 'Size', { type: 'String' });

  const rule = new cdk.CfnRule(stack, 'ProdSize', {
    ruleCondition: cdk.Fn.conditionEquals(env.valueAsString, 'prod'),
    assertions: [
      { assert: cdk.Fn.conditionContains(['large', 'xlarge'], size.valueAsString), assertDescription: 'prod needs a large size' },
    ],
  });
  rule.addAssertion(cdk.Fn.conditionNot(cdk.Fn.conditionEquals(size.valueAsString, '')), 'size is required');

  new cdk.CfnRule(stack, 'NoCondition', {
    assertions: [{ assert: cdk.Fn.conditionEquals(cdk.Aws.REGION, 'us-east-1'), assertDescription: 'us-east-1 only' }],
  });
  new cdk.CfnResource(stack, 'Topic', { type: 'AWS::SNS::Topic' });
}
