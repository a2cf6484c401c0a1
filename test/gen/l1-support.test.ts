import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Construct } from 'constructs';
import { L1Resource, l1Struct, renderL1 } from '../../src/core/cfn/l1-support';

const scope = new Construct(undefined as any, 'Root');

test('properties render in CloudFormation-name order, not camelCase order (CSS before ClientId, as aws-cdk-lib)', () => {
  // AWS::Cognito::UserPoolUICustomizationAttachment renders CSS, ClientId, UserPoolId in aws-cdk-lib.
  const spec: L1Resource = {
    type: 'AWS::Test::Ordering', propsName: 'CfnOrderingProps',
    props: [['clientId', 'ClientId', 's'], ['css', 'CSS', 's'], ['userPoolId', 'UserPoolId', 's']],
  };
  const rendered = renderL1(scope, spec, { userPoolId: 'u', clientId: 'i', css: 'c' });
  assert.deepEqual(Object.keys(rendered), ['CSS', 'ClientId', 'UserPoolId']);
});

test('maps keep their keys and order while their values are rendered', () => {
  const inner = l1Struct('InnerProperty');
  inner.props = [['someName', 'SomeName', 's']];
  const spec: L1Resource = { type: 'AWS::Test::Map', propsName: 'CfnMapProps', props: [['items', 'Items', ['m', inner]]] };
  assert.deepEqual(renderL1(scope, spec, { items: { zKey: { someName: 'a' }, aKey: { someName: 'b' } } }),
    { Items: { zKey: { SomeName: 'a' }, aKey: { SomeName: 'b' } } });
});

test('intrinsic functions pass through untouched where a property type is expected', () => {
  const inner = l1Struct('InnerProperty');
  inner.props = [['someName', 'SomeName', 's']];
  const spec: L1Resource = { type: 'AWS::Test::Intrinsic', propsName: 'CfnIntrinsicProps', props: [['inner', 'Inner', inner], ['count', 'Count', 'n']] };
  const value = { 'Fn::If': ['C', { someName: 'x' }, { Ref: 'AWS::NoValue' }] };
  assert.deepEqual(renderL1(scope, spec, { inner: value, count: { Ref: 'P' } }), { Count: { Ref: 'P' }, Inner: value });
});

test('an object with more than one key is rendered as the property type, dropping unknown keys', () => {
  const inner = l1Struct('InnerProperty');
  inner.props = [['someName', 'SomeName', 's']];
  const spec: L1Resource = { type: 'AWS::Test::Unknown', propsName: 'CfnUnknownProps', props: [['inner', 'Inner', inner]] };
  assert.deepEqual(renderL1(scope, spec, { inner: { someName: 'x', 'Fn::Foo': 1 } }), { Inner: { SomeName: 'x' } });
});

test('a union renders with the first member type the value fits', () => {
  const inner = l1Struct('InnerProperty');
  inner.props = [['someName', 'SomeName', 's', 1]];
  const spec: L1Resource = { type: 'AWS::Test::Union', propsName: 'CfnUnionProps', props: [['value', 'Value', ['u', 's', inner]]] };
  assert.deepEqual(renderL1(scope, spec, { value: 'text' }), { Value: 'text' });
  assert.deepEqual(renderL1(scope, spec, { value: { someName: 'n' } }), { Value: { SomeName: 'n' } });
  assert.throws(() => renderL1(scope, spec, { value: 5 }), /value must be one of string \| InnerProperty, got 5/);
});

test('tags render as Key and Value, and tags already in that shape are kept', () => {
  const spec: L1Resource = { type: 'AWS::Test::Tags', propsName: 'CfnTagsProps', props: [['tags', 'Tags', ['a', 't']]] };
  assert.deepEqual(renderL1(scope, spec, { tags: [{ key: 'a', value: '1' }, { Key: 'b', Value: '2' }] }),
    { Tags: [{ Key: 'a', Value: '1' }, { Key: 'b', Value: '2' }] });
  assert.throws(() => renderL1(scope, spec, { tags: [{ key: 'a' }] }), /tags\[0\] must have a 'key' and a 'value', got \{"key":"a"\}/);
});

test('recursive property types render to any depth', () => {
  const node = l1Struct('NodeProperty');
  node.props = [['child', 'Child', node], ['label', 'Label', 's']];
  const spec: L1Resource = { type: 'AWS::Test::Tree', propsName: 'CfnTreeProps', props: [['root', 'Root', node]] };
  assert.deepEqual(renderL1(scope, spec, { root: { label: 'a', child: { label: 'b', child: { label: 'c' } } } }),
    { Root: { Child: { Child: { Label: 'c' }, Label: 'b' }, Label: 'a' } });
});

test('timestamps render as ISO 8601 without milliseconds, from a Date or its resolved ISO string', () => {
  const spec: L1Resource = { type: 'AWS::Test::Time', propsName: 'CfnTimeProps', props: [['at', 'At', 'd'], ['until', 'Until', 'd']] };
  assert.deepEqual(renderL1(scope, spec, { at: new Date(Date.UTC(2020, 0, 2, 3, 4, 5, 123)), until: '2021-05-06T07:08:09.000Z' }),
    { At: '2020-01-02T03:04:05Z', Until: '2021-05-06T07:08:09Z' });
  assert.throws(() => renderL1(scope, spec, { at: 5 }), /at must be a Date, got 5/);
});
