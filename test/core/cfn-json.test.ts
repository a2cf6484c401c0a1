import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'path';
import { App, CfnJson, CfnResource, Stack } from '../../src/core';
import { Template } from '../../src/assertions';

// The handler is plain JavaScript shipped as it is (copied to dist/ by scripts/copy-data.js).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { handler } = require(path.join(__dirname, '..', '..', 'src', 'core', 'custom-resources', 'handlers', 'cfn-utils', 'index.js'));

describe('CfnJson', () => {
  test('renders the JSON (tokens in keys too) into a Custom::AWSCDKCfnJson resource, used through its Value attribute', () => {
    const stack = new Stack(new App(), 'S');
    const queue = new CfnResource(stack, 'Queue', { type: 'AWS::SQS::Queue' });
    const json = new CfnJson(stack, 'Json', { value: { [`${queue.ref}:sub`]: 'x' } });
    new CfnResource(stack, 'User', { type: 'Custom::User', properties: { Whole: json, Value: json.value } });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('Custom::AWSCDKCfnJson', {
      Value: { 'Fn::Join': ['', ['{"', { Ref: 'Queue' }, ':sub":"x"}']] },
    });
    const user = template.toJSON().Resources.User.Properties;
    assert.deepEqual(user.Whole, { 'Fn::GetAtt': ['Json093827A5', 'Value'] });
    assert.deepEqual(user.Value, user.Whole);
    template.resourceCountIs('AWS::Lambda::Function', 1);
  });

  test('the handler returns the parsed value as the Value attribute, and nothing on delete', async () => {
    const event = { RequestType: 'Create', ResourceType: 'Custom::AWSCDKCfnJson', ResourceProperties: { Value: '{"a":[1,{"b":null}]}' } };
    assert.deepEqual(await handler(event), { Data: { Value: { a: [1, { b: null }] } } });
    assert.deepEqual(await handler({ ...event, RequestType: 'Delete' }), {});
    await assert.rejects(handler({ ...event, ResourceType: 'Custom::Other' }), /unexpected resource type Custom::Other/);
    await assert.rejects(handler({ ...event, ResourceProperties: { Value: '{oops' } }), SyntaxError);
  });
});
