import * as cdk from 'aws-cdk-lib';

/** What happens to undefined, null, empty containers and non-string scalars in raw properties. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'PropertyValues');
  new cdk.CfnResource(stack, 'Holder', {
    type: 'Custom::Holder',
    properties: {
      Undefined: undefined,
      Null: null,
      EmptyString: '',
      EmptyArray: [],
      EmptyObject: {},
      NestedUndefined: { Keep: 'yes', Drop: undefined },
      ArrayWithUndefined: ['a', undefined, 'b'],
      Zero: 0,
      Negative: -1.5,
      Big: 1e21,
      False: false,
      True: true,
      Unicode: 'héllo ✓ "quoted" \\ back',
      camelCaseKept: 'raw properties are not renamed',
    },
  });
  new cdk.CfnResource(stack, 'NoProperties', { type: 'AWS::SNS::Topic', properties: {} });
}
