import * as cdk from 'aws-cdk-lib';

/** CfnCondition expressions and Fn.conditionIf, attached to resources and used in values. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'Conditions');
  const env = new cdk.CfnParameter(stack, 'Env', { type: 'String', allowedValues: ['dev', 'prod'] });

  const isProd = new cdk.CfnCondition(stack, 'IsProd', { expression: cdk.Fn.conditionEquals(env.valueAsString, 'prod') });
  const isUsEast1 = new cdk.CfnCondition(stack, 'IsUsEast1', { expression: cdk.Fn.conditionEquals(cdk.Aws.REGION, 'us-east-1') });
  const both = new cdk.CfnCondition(stack, 'ProdInUsEast1', { expression: cdk.Fn.conditionAnd(isProd, isUsEast1) });
  new cdk.CfnCondition(stack, 'ProdOrUsEast1', { expression: cdk.Fn.conditionOr(isProd, isUsEast1) });
  new cdk.CfnCondition(stack, 'NotProd', { expression: cdk.Fn.conditionNot(isProd) });
  new cdk.CfnCondition(stack, 'InList', {
    expression: cdk.Fn.conditionContains(['a', 'b'], env.valueAsString),
  });
  new cdk.CfnCondition(stack, 'EachMember', {
    expression: cdk.Fn.conditionEachMemberIn(['a'], ['a', 'b']),
  });
  const lateCondition = new cdk.CfnCondition(stack, 'Late');
  lateCondition.expression = cdk.Fn.conditionEquals('x', 'x');

  const topic = new cdk.CfnResource(stack, 'ProdOnlyTopic', { type: 'AWS::SNS::Topic' });
  topic.cfnOptions.condition = both;

  new cdk.CfnResource(stack, 'Holder', {
    type: 'Custom::Holder',
    properties: {
      Size: cdk.Fn.conditionIf(isProd.logicalId, 'large', 'small'),
      Optional: cdk.Fn.conditionIf(isProd.logicalId, topic.ref, cdk.Aws.NO_VALUE),
      ConditionRef: cdk.Fn.conditionIf(both.logicalId, 1, 0),
    },
  });
}
