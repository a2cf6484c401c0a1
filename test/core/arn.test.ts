import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { App, Arn, ArnComponents, ArnFormat, Aws, Fn, Stack } from '../../src/core';

function newStack(env?: { account: string; region: string }): Stack {
  return new Stack(new App(), 'Stack', env ? { env } : undefined);
}

const PARTITION = { Ref: 'AWS::Partition' };
const REGION = { Ref: 'AWS::Region' };
const ACCOUNT = { Ref: 'AWS::AccountId' };

describe('Arn.format', () => {
  test('takes partition, region and account from an environment-agnostic stack as pseudo parameters', () => {
    const stack = newStack();
    const arn = Arn.format({ service: 'lambda', resource: 'function', resourceName: 'x', arnFormat: ArnFormat.COLON_RESOURCE_NAME }, stack);
    assert.deepEqual(stack.resolve(arn),
      { 'Fn::Join': ['', ['arn:', PARTITION, ':lambda:', REGION, ':', ACCOUNT, ':function:x']] });
  });

  test('takes the concrete region and account of a stack with an environment', () => {
    const stack = newStack({ account: '123456789012', region: 'eu-west-1' });
    const arn = Arn.format({ service: 'lambda', resource: 'function', resourceName: 'x', arnFormat: ArnFormat.COLON_RESOURCE_NAME }, stack);
    assert.deepEqual(stack.resolve(arn), { 'Fn::Join': ['', ['arn:', PARTITION, ':lambda:eu-west-1:123456789012:function:x']] });
  });

  test('stack.formatArn is Arn.format in that stack', () => {
    const stack = newStack();
    const components: ArnComponents = { service: 'sqs', resource: 'queue' };
    assert.deepEqual(stack.resolve(stack.formatArn(components)), stack.resolve(Arn.format(components, stack)));
  });

  test('keeps empty components as empty parts', () => {
    const stack = newStack();
    assert.deepEqual(stack.resolve(Arn.format({ service: 's3', region: '', account: '', resource: 'bucket' }, stack)),
      { 'Fn::Join': ['', ['arn:', PARTITION, ':s3:::bucket']] });
  });

  test('separates resource and name with a slash by default', () => {
    assert.equal(Arn.format({ partition: 'aws', service: 'iam', region: '', account: '1', resource: 'role', resourceName: 'a/b' }),
      'arn:aws:iam::1:role/a/b');
  });

  test('puts a slash before the resource for SLASH_RESOURCE_SLASH_RESOURCE_NAME', () => {
    const base = { partition: 'aws', service: 'apigateway', region: 'r', account: '' };
    assert.equal(Arn.format({ ...base, resource: 'restapis', resourceName: 'id', arnFormat: ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME }),
      'arn:aws:apigateway:r::/restapis/id');
    assert.equal(Arn.format({ ...base, resource: 'restapis', arnFormat: ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME }),
      'arn:aws:apigateway:r::/restapis');
  });

  test('an explicit sep wins over arnFormat', () => {
    assert.equal(Arn.format({ partition: 'p', service: 's', region: 'r', account: 'a', resource: 'x', resourceName: 'n', sep: ':',
      arnFormat: ArnFormat.SLASH_RESOURCE_NAME }), 'arn:p:s:r:a:x:n');
    assert.equal(Arn.format({ partition: 'p', service: 's', region: 'r', account: 'a', resource: 'x', resourceName: 'n', sep: '' }),
      'arn:p:s:r:a:xn');
  });

  test('an empty resourceName still adds the separator', () => {
    assert.equal(Arn.format({ partition: 'p', service: 's', region: 'r', account: 'a', resource: 'x', resourceName: '' }), 'arn:p:s:r:a:x/');
  });

  test('rejects a separator other than colon, slash or empty', () => {
    assert.throws(() => Arn.format({ partition: 'p', service: 's', region: 'r', account: 'a', resource: 'x', sep: '-' }),
      /sep must be ':', '\/' or an empty string, got "-"/);
  });

  test('without a stack, partition, region and account are all required', () => {
    assert.throws(() => Arn.format({ service: 's', resource: 'x', partition: 'aws', region: 'r' }),
      /partition, region and account must all be given when no stack is passed, got partition 'aws', region 'r' and account undefined/);
  });

  test('tokens in components become parts of a join', () => {
    const stack = newStack();
    const arn = Arn.format({ partition: 'aws', service: 'x', region: 'r', account: 'a', resource: Fn.ref('R'), resourceName: Fn.ref('N') });
    assert.deepEqual(stack.resolve(arn), { 'Fn::Join': ['', ['arn:aws:x:r:a:', { Ref: 'R' }, '/', { Ref: 'N' }]] });
  });
});

describe('Arn.split of a literal ARN', () => {
  test('splits a colon-separated resource name', () => {
    assert.deepEqual(Arn.split('arn:aws:lambda:us-east-1:123456789012:function:my-fn:alias', ArnFormat.COLON_RESOURCE_NAME), {
      service: 'lambda', resource: 'function', partition: 'aws', region: 'us-east-1', account: '123456789012',
      resourceName: 'my-fn:alias', sep: ':', arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });
  });

  test('splits a slash-separated resource name that contains colons', () => {
    assert.deepEqual(Arn.split('arn:aws:cognito-sync:r:a:identitypool/us-east-1:1a1a:bla', ArnFormat.SLASH_RESOURCE_NAME), {
      service: 'cognito-sync', resource: 'identitypool', partition: 'aws', region: 'r', account: 'a',
      resourceName: 'us-east-1:1a1a:bla', sep: '/', arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
    });
  });

  test('splits a path after a leading slash', () => {
    assert.deepEqual(Arn.split('arn:aws:apigateway:us-east-1::/restapis/abc/stages/x', ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME), {
      service: 'apigateway', resource: 'restapis', partition: 'aws', region: 'us-east-1', account: '',
      resourceName: 'abc/stages/x', sep: '/', arnFormat: ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME,
    });
  });

  test('keeps slashes in the resource for NO_RESOURCE_NAME', () => {
    assert.deepEqual(Arn.split('arn:aws:s3:::bucket/key/a.zip', ArnFormat.NO_RESOURCE_NAME), {
      service: 's3', resource: 'bucket/key/a.zip', partition: 'aws', region: '', account: '', arnFormat: ArnFormat.NO_RESOURCE_NAME,
    });
  });

  test("the ARN's own separators win over the requested format", () => {
    const fromColon = Arn.split('arn:aws:lambda:r:a:function:fn', ArnFormat.SLASH_RESOURCE_NAME);
    assert.equal(fromColon.arnFormat, ArnFormat.COLON_RESOURCE_NAME);
    assert.equal(fromColon.resourceName, 'fn');
    const noName = Arn.split('arn:aws:sqs:r:a:queue', ArnFormat.COLON_RESOURCE_NAME);
    assert.equal(noName.arnFormat, ArnFormat.NO_RESOURCE_NAME);
    assert.equal('resourceName' in noName, false);
  });

  test('a resource with only a leading slash has no name', () => {
    assert.deepEqual(Arn.split('arn:aws:x:r:a:/res', ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME), {
      service: 'x', resource: '/res', partition: 'aws', region: 'r', account: 'a', arnFormat: ArnFormat.NO_RESOURCE_NAME,
    });
  });

  test('keeps an empty resource name after a trailing separator', () => {
    assert.equal(Arn.split('arn:aws:x:r:a:res/', ArnFormat.SLASH_RESOURCE_NAME).resourceName, '');
    assert.equal(Arn.split('arn:aws:x:r:a:res:', ArnFormat.COLON_RESOURCE_NAME).resourceName, '');
  });

  test('rejects a string that does not start with arn:', () => {
    assert.throws(() => Arn.split('nope', ArnFormat.NO_RESOURCE_NAME), /ARNs must start with "arn:" and have at least 6 components: nope/);
    assert.throws(() => Arn.split('ARN:aws:s:r:a:b', ArnFormat.NO_RESOURCE_NAME), /ARNs must start with "arn:"/);
  });

  test('rejects a missing partition, service or resource, naming the part', () => {
    assert.throws(() => Arn.split('arn::s:r:a:x', ArnFormat.NO_RESOURCE_NAME), /The `partition` component \(2nd component\) of an ARN is required: arn::s:r:a:x/);
    assert.throws(() => Arn.split('arn:aws::r:a:x', ArnFormat.NO_RESOURCE_NAME), /The `service` component \(3rd component\)/);
    assert.throws(() => Arn.split('arn:aws:s:r:a:', ArnFormat.NO_RESOURCE_NAME), /The `resource` component \(6th component\)/);
    assert.throws(() => Arn.split('arn:aws:s', ArnFormat.NO_RESOURCE_NAME), /The `resource` component/);
  });

  test('allows empty region and account', () => {
    const c = Arn.split('arn:aws:iam:::role/x', ArnFormat.SLASH_RESOURCE_NAME);
    assert.equal(c.region, '');
    assert.equal(c.account, '');
  });
});

describe('Arn.split of a token ARN', () => {
  const importedArn = () => Fn.importValue('X');
  const colonPart = (i: number) => ({ 'Fn::Select': [i, { 'Fn::Split': [':', { 'Fn::ImportValue': 'X' }] }] });
  const slashPart = (i: number) => ({ 'Fn::Select': [i, { 'Fn::Split': ['/', colonPart(5)] }] });
  const common = { partition: colonPart(1), service: colonPart(2), region: colonPart(3), account: colonPart(4) };

  test('NO_RESOURCE_NAME selects the sixth colon part as the resource', () => {
    const stack = newStack();
    assert.deepEqual(stack.resolve(Arn.split(importedArn(), ArnFormat.NO_RESOURCE_NAME)),
      { ...common, resource: colonPart(5), arnFormat: ArnFormat.NO_RESOURCE_NAME });
  });

  test('COLON_RESOURCE_NAME selects the seventh colon part as the name', () => {
    const stack = newStack();
    assert.deepEqual(stack.resolve(Arn.split(importedArn(), ArnFormat.COLON_RESOURCE_NAME)),
      { ...common, resource: colonPart(5), resourceName: colonPart(6), sep: ':', arnFormat: ArnFormat.COLON_RESOURCE_NAME });
  });

  test('SLASH_RESOURCE_NAME splits the sixth colon part on slashes', () => {
    const stack = newStack();
    assert.deepEqual(stack.resolve(Arn.split(importedArn(), ArnFormat.SLASH_RESOURCE_NAME)),
      { ...common, resource: slashPart(0), resourceName: slashPart(1), sep: '/', arnFormat: ArnFormat.SLASH_RESOURCE_NAME });
  });

  test('SLASH_RESOURCE_SLASH_RESOURCE_NAME skips the empty part before the leading slash', () => {
    const stack = newStack();
    assert.deepEqual(stack.resolve(Arn.split(importedArn(), ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME)), {
      ...common, resource: slashPart(1), resourceName: slashPart(2), sep: '/',
      arnFormat: ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME,
    });
  });

  test('an ARN that starts with a literal arn: is split at synthesis, keeping its tokens as parts', () => {
    const stack = newStack();
    const arn = `arn:${Aws.PARTITION}:lambda:${Aws.REGION}:123:function:${Fn.ref('N')}`;
    assert.deepEqual(stack.resolve(Arn.split(arn, ArnFormat.COLON_RESOURCE_NAME)), {
      service: 'lambda', resource: 'function', partition: PARTITION, region: REGION, account: '123',
      resourceName: { Ref: 'N' }, sep: ':', arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });
  });

  test('an ARN formatted in a stack splits back into its components', () => {
    const stack = newStack();
    const arn = stack.formatArn({ service: 'lambda', resource: 'function', resourceName: 'x', arnFormat: ArnFormat.COLON_RESOURCE_NAME });
    assert.deepEqual(stack.resolve(stack.splitArn(arn, ArnFormat.COLON_RESOURCE_NAME)), {
      service: 'lambda', resource: 'function', partition: PARTITION, region: REGION, account: ACCOUNT,
      resourceName: 'x', sep: ':', arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });
  });
});

describe('Arn.extractResourceName', () => {
  test('returns the whole path after the resource type', () => {
    assert.equal(Arn.extractResourceName('arn:aws:iam::111111111111:role/path/to/role/name', 'role'), 'path/to/role/name');
    assert.equal(Arn.extractResourceName('arn:aws:lambda:r:a:function:fn', 'function'), 'fn');
  });

  test('rejects a different resource type, naming both', () => {
    assert.throws(() => Arn.extractResourceName('arn:aws:iam::1:user/x', 'role'), /Expected resource type 'role' in ARN, got 'user' in 'arn:aws:iam::1:user\/x'/);
  });

  test('rejects an ARN without a resource name', () => {
    assert.throws(() => Arn.extractResourceName('arn:aws:s3:::bucket', 'bucket'), /Expected resource name in ARN, didn't find one: 'arn:aws:s3:::bucket'/);
    assert.throws(() => Arn.extractResourceName('arn:aws:s:r:a:role/', 'role'), /Expected resource name in ARN/);
  });

  test('splits a token ARN on :<type>/ at deployment', () => {
    const stack = newStack();
    assert.deepEqual(stack.resolve(Arn.extractResourceName(Fn.importValue('X'), 'role')),
      { 'Fn::Select': [1, { 'Fn::Split': [':role/', { 'Fn::ImportValue': 'X' }] }] });
  });

  test('a literal ARN with a token account is still split at synthesis', () => {
    assert.equal(Arn.extractResourceName(`arn:aws:iam::${Aws.ACCOUNT_ID}:role/my/role`, 'role'), 'my/role');
  });
});

describe('Arn.parse (deprecated)', () => {
  test('maps its separator and hasName arguments to an ArnFormat for token ARNs', () => {
    const stack = newStack();
    assert.deepEqual(stack.resolve(Arn.parse(Fn.importValue('X'), ':', true)),
      stack.resolve(Arn.split(Fn.importValue('X'), ArnFormat.COLON_RESOURCE_NAME)));
    assert.deepEqual(stack.resolve(Arn.parse(Fn.importValue('X'), '/', false)),
      stack.resolve(Arn.split(Fn.importValue('X'), ArnFormat.NO_RESOURCE_NAME)));
  });
});
