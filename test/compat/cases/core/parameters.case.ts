import * as cdk from 'aws-cdk-lib';

/** CfnParameter with every prop, and the ways its value is read. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'Parameters');

  const full = new cdk.CfnParameter(stack, 'Full', {
    type: 'String',
    default: 'abc',
    allowedPattern: '[a-z]+',
    allowedValues: ['abc', 'def'],
    constraintDescription: 'lowercase letters',
    description: 'A fully specified parameter',
    maxLength: 10,
    minLength: 1,
    noEcho: true,
  });
  const num = new cdk.CfnParameter(stack, 'Num', { type: 'Number', default: 5, minValue: 1, maxValue: 10 });
  const list = new cdk.CfnParameter(stack, 'List', { type: 'CommaDelimitedList', default: 'a,b' });
  const plain = new cdk.CfnParameter(stack, 'Plain');
  const ssm = new cdk.CfnParameter(stack, 'Ssm', { type: 'AWS::SSM::Parameter::Value<String>', default: '/my/param' });
  const numList = new cdk.CfnParameter(stack, 'NumList', { type: 'List<Number>' });
  const mutable = new cdk.CfnParameter(stack, 'Mutable', { type: 'String' });
  mutable.default = 'set-later';
  mutable.description = 'changed after construction';

  new cdk.CfnResource(stack, 'Holder', {
    type: 'Custom::Holder',
    properties: {
      FullValue: full.valueAsString,
      FullValueToken: full.value,
      NumValue: num.valueAsNumber,
      ListValue: list.valueAsList,
      FirstOfList: cdk.Fn.select(0, list.valueAsList),
      PlainValue: plain.valueAsString,
      SsmValue: ssm.valueAsString,
      NumListValue: numList.valueAsList,
      Embedded: `x-${full.valueAsString}-y`,
    },
  });
}
