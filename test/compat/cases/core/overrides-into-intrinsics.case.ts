import * as cdk from 'aws-cdk-lib';

/**
 * A raw override does not merge into a CloudFormation intrinsic (`{ Ref }`, `{ "Fn::Join" }`, ...): the intrinsic is
 * replaced, at the top of Properties, below it and through an array index; other single-key objects are merged.
 */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'OverridesIntoIntrinsics');
  const other = new cdk.CfnResource(stack, 'Other', { type: 'AWS::SQS::Queue' });
  const cases: Array<[string, Record<string, unknown>, string, unknown]> = [
    ['PropertiesAreARef', { Ref: other.ref }, 'X', 1],
    ['NestedRef', { A: { Ref: 'x' } }, 'A.B', 1],
    ['NestedJoin', { A: cdk.Fn.join('-', ['a', stack.region]) }, 'A.B', 1],
    ['NestedIf', { A: { 'Fn::If': ['c', 1, 2] } }, 'A.B', 1],
    ['UnknownFnKey', { A: { 'Fn::Whatever': 1 } }, 'A.B', 1],
    ['ConditionKey', { A: { Condition: 'c' } }, 'A.B', 1],
    ['TwoKeys', { A: { Ref: 'x', Z: 1 } }, 'A.B', 1],
    ['ArrayElement', { L: [{ Ref: 'x' }, { Ref: 'y' }] }, 'L.1.B', 1],
    ['SameKey', { A: { Ref: 'x' } }, 'A.Ref', 'y'],
  ];
  for (const [id, properties, path, value] of cases) {
    new cdk.CfnResource(stack, id, { type: 'AWS::SQS::Queue', properties }).addPropertyOverride(path, value);
  }
}
