import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { App, Aws, CfnParameter, Fn, Lazy, RemovalPolicy, Stack, Tags, Token } from '../../src/core';
import { Template } from '../../src/assertions';
import { OidcProviderNative, OidcProviderNativeProps, OpenIdConnectPrincipal, Role } from '../../src/aws-iam';

function newStack(): Stack {
  return new Stack(new App(), 'Stack');
}

const URL = 'https://token.actions.githubusercontent.com';
const THUMBPRINT = '6938fd4d98bab03faadb97b34396831e3780aea1';
const PROVIDER_ID = 'Provider2281708E';
const ISSUER_OF_REF = { 'Fn::Select': [1, { 'Fn::Split': [':oidc-provider/', { Ref: PROVIDER_ID }] }] };

function providerProperties(props: OidcProviderNativeProps): Record<string, unknown> {
  const stack = newStack();
  new OidcProviderNative(stack, 'Provider', props);
  return Template.fromStack(stack).toJSON().Resources[PROVIDER_ID].Properties;
}

function assertRejected(props: Partial<OidcProviderNativeProps>, message: RegExp): void {
  assert.throws(() => new OidcProviderNative(newStack(), 'Provider', { url: URL, ...props }), (e: Error) => {
    assert.equal(e.name, 'ValidationError');
    assert.match(e.message, /^\[Stack\/Provider\] /);
    assert.match(e.message, message);
    return true;
  });
}

describe('OidcProviderNative', () => {
  test('renders the URL, client IDs and thumbprints of an AWS::IAM::OIDCProvider', () => {
    const stack = newStack();
    new OidcProviderNative(stack, 'Provider', { url: URL, clientIds: ['sts.amazonaws.com', 'b'], thumbprints: [THUMBPRINT] });
    Template.fromStack(stack).templateMatches({
      Resources: {
        [PROVIDER_ID]: {
          Type: 'AWS::IAM::OIDCProvider',
          Properties: { ClientIdList: ['sts.amazonaws.com', 'b'], ThumbprintList: [THUMBPRINT], Url: URL },
        },
      },
    });
  });

  test('a provider with only a URL renders only Url and no removal policy', () => {
    const stack = newStack();
    new OidcProviderNative(stack, 'Provider', { url: URL });
    const resource = Template.fromStack(stack).toJSON().Resources[PROVIDER_ID];
    assert.deepEqual(resource, { Type: 'AWS::IAM::OIDCProvider', Properties: { Url: URL } });
  });

  test('empty client ID and thumbprint lists are rendered as empty lists', () => {
    assert.deepEqual(providerProperties({ url: URL, clientIds: [], thumbprints: [] }), { ClientIdList: [], ThumbprintList: [], Url: URL });
  });

  test('oidcProviderName is the physical name only and is not rendered', () => {
    const stack = newStack();
    const provider = new OidcProviderNative(stack, 'Provider', { url: URL, oidcProviderName: 'github actions/1' });
    assert.deepEqual(Template.fromStack(stack).toJSON().Resources[PROVIDER_ID].Properties, { Url: URL });
    assert.equal((provider as unknown as { physicalName: string }).physicalName, 'github actions/1');
  });

  test('tags are rendered on the provider', () => {
    const stack = newStack();
    const provider = new OidcProviderNative(stack, 'Provider', { url: URL });
    Tags.of(provider).add('team', 'platform');
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::OIDCProvider', { Tags: [{ Key: 'team', Value: 'platform' }] });
  });

  test('a removal policy renders both DeletionPolicy and UpdateReplacePolicy', () => {
    const cases: Array<[RemovalPolicy, string, string]> = [
      [RemovalPolicy.RETAIN, 'Retain', 'Retain'],
      [RemovalPolicy.DESTROY, 'Delete', 'Delete'],
      [RemovalPolicy.SNAPSHOT, 'Snapshot', 'Snapshot'],
      [RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE, 'RetainExceptOnCreate', 'Retain'],
    ];
    for (const [removalPolicy, deletion, updateReplace] of cases) {
      const stack = newStack();
      new OidcProviderNative(stack, 'Provider', { url: URL, removalPolicy });
      const resource = Template.fromStack(stack).toJSON().Resources[PROVIDER_ID];
      assert.equal(resource.DeletionPolicy, deletion);
      assert.equal(resource.UpdateReplacePolicy, updateReplace);
    }
  });

  test('oidcProviderArn is the Ref and the issuer is the part of the ARN after :oidc-provider/', () => {
    const stack = newStack();
    const provider = new OidcProviderNative(stack, 'Provider', { url: URL });
    assert.deepEqual(stack.resolve(provider.oidcProviderArn), { Ref: PROVIDER_ID });
    assert.deepEqual(stack.resolve(provider.oidcProviderRef), { oidcProviderArn: { Ref: PROVIDER_ID } });
    assert.deepEqual(stack.resolve(provider.oidcProviderIssuer), ISSUER_OF_REF);
  });

  test('the issuer of a provider with a token URL is also taken from its ARN', () => {
    const stack = newStack();
    const url = new CfnParameter(stack, 'Url', { type: 'String' }).valueAsString;
    const provider = new OidcProviderNative(stack, 'Provider', { url });
    assert.deepEqual(stack.resolve(provider.oidcProviderIssuer), ISSUER_OF_REF);
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::OIDCProvider', { Url: { Ref: 'Url' } });
  });

  test('an OpenIdConnectPrincipal trusts the provider with AssumeRoleWithWebIdentity', () => {
    const stack = newStack();
    const provider = new OidcProviderNative(stack, 'Provider', { url: URL });
    new Role(stack, 'Role', { assumedBy: new OpenIdConnectPrincipal(provider, { StringEquals: { 'x:aud': 'sts.amazonaws.com' } }) });
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [{
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: { StringEquals: { 'x:aud': 'sts.amazonaws.com' } },
          Effect: 'Allow',
          Principal: { Federated: { Ref: PROVIDER_ID } },
        }],
        Version: '2012-10-17',
      },
    });
  });

  describe('validation', () => {
    test('a URL not starting with https:// is rejected', () => {
      for (const url of ['http://x.com', 'x.com', 'HTTPS://x.com', '']) {
        assertRejected({ url }, /The URL of the identity provider must start with https:\/\//);
      }
    });

    test('a URL of 256 characters is rejected, 255 are accepted', () => {
      assertRejected({ url: 'https://' + 'a'.repeat(248) }, /The maximum length allowed for url is 255 characters, got 256/);
      assert.doesNotThrow(() => new OidcProviderNative(newStack(), 'Provider', { url: 'https://' + 'a'.repeat(247) }));
    });

    test('the scheme is checked before the length', () => {
      assertRejected({ url: 'http://' + 'a'.repeat(300) }, /must start with https:\/\//);
    });

    test('a token URL is not checked', () => {
      assert.doesNotThrow(() => new OidcProviderNative(newStack(), 'Provider', { url: Lazy.string({ produce: () => 'http://x' }) }));
      assert.doesNotThrow(() => new OidcProviderNative(newStack(), 'Provider', { url: `${Aws.ACCOUNT_ID}${'a'.repeat(300)}` }));
    });

    test('query strings, ports and trailing slashes are left to IAM', () => {
      for (const url of ['https://x.com?a=b', 'https://x.com:443', 'https://x.com/']) {
        assert.equal(providerProperties({ url }).Url, url);
      }
    });

    test('more than 100 client IDs are rejected, even as tokens', () => {
      assertRejected({ clientIds: Array.from({ length: 101 }, (_, i) => `c${i}`) },
        /The maximum number of clients that can be registered is 100, got 101/);
      assertRejected({ clientIds: Array(101).fill(Aws.ACCOUNT_ID) }, /The maximum number of clients that can be registered is 100/);
      assert.doesNotThrow(() => new OidcProviderNative(newStack(), 'Provider', {
        url: URL, clientIds: Array.from({ length: 100 }, (_, i) => `c${i}`),
      }));
    });

    test('a client ID of 256 characters is rejected, 255 and empty ones are accepted', () => {
      assertRejected({ clientIds: ['ok', 'a'.repeat(256)] }, /The maximum length of a client ID is 255 characters, got 256/);
      assert.deepEqual(providerProperties({ url: URL, clientIds: ['a'.repeat(255), ''] }).ClientIdList, ['a'.repeat(255), '']);
    });

    test('a token client ID is not checked for length', () => {
      assert.doesNotThrow(() => new OidcProviderNative(newStack(), 'Provider', { url: URL, clientIds: [`${Aws.ACCOUNT_ID}${'a'.repeat(300)}`] }));
    });

    test('more than 5 thumbprints are rejected, even as tokens', () => {
      assertRejected({ thumbprints: Array(6).fill(THUMBPRINT) }, /The maximum number of thumbprints is 5, got 6/);
      assertRejected({ thumbprints: Array(6).fill(Aws.ACCOUNT_ID) }, /The maximum number of thumbprints is 5/);
      assert.equal((providerProperties({ url: URL, thumbprints: Array(5).fill(THUMBPRINT) }).ThumbprintList as string[]).length, 5);
    });

    test('a thumbprint that is not 40 characters long is rejected', () => {
      for (const thumbprint of ['', 'aa', THUMBPRINT + 'a']) {
        assertRejected({ thumbprints: [thumbprint] }, /The length of a thumbprint must be 40 characters, got \d+/);
      }
    });

    test('a thumbprint that is not hexadecimal is rejected; either case is accepted', () => {
      assertRejected({ thumbprints: ['zz' + THUMBPRINT.slice(2)] }, /All thumbprints must be in hexadecimal format, got 'zz/);
      assertRejected({ thumbprints: [THUMBPRINT.slice(1) + '-'] }, /All thumbprints must be in hexadecimal format/);
      assert.deepEqual(providerProperties({ url: URL, thumbprints: [THUMBPRINT.toUpperCase()] }).ThumbprintList, [THUMBPRINT.toUpperCase()]);
    });

    test('every thumbprint length is checked before any format', () => {
      assertRejected({ thumbprints: ['zz' + THUMBPRINT.slice(2), 'a'] }, /The length of a thumbprint must be 40 characters/);
    });

    test('a token thumbprint is not checked, but a list token element is', () => {
      assert.doesNotThrow(() => new OidcProviderNative(newStack(), 'Provider', { url: URL, thumbprints: [Lazy.string({ produce: () => 'x' })] }));
      assertRejected({ thumbprints: Token.asList(Fn.split(',', 'a,b')) }, /The length of a thumbprint must be 40 characters/);
    });

    test('the URL is checked before client IDs, and client IDs before thumbprints', () => {
      assertRejected({ url: 'http://x', clientIds: Array(101).fill('c'), thumbprints: ['a'] }, /must start with https:\/\//);
      assertRejected({ clientIds: ['c'.repeat(256)], thumbprints: Array(6).fill('a') }, /maximum length of a client ID/);
    });
  });
});

describe('OidcProviderNative.fromOidcProviderArn', () => {
  test('takes the issuer from the resource name of a literal ARN', () => {
    const stack = newStack();
    const arn = 'arn:aws:iam::123456789012:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABC';
    const imported = OidcProviderNative.fromOidcProviderArn(stack, 'Imported', arn);
    assert.equal(imported.oidcProviderArn, arn);
    assert.equal(imported.oidcProviderIssuer, 'oidc.eks.eu-west-1.amazonaws.com/id/ABC');
    assert.deepEqual(imported.oidcProviderRef, { oidcProviderArn: arn });
  });

  test('a colon in the issuer is kept', () => {
    const imported = OidcProviderNative.fromOidcProviderArn(newStack(), 'Imported', 'arn:aws-cn:iam::123456789012:oidc-provider/a:b');
    assert.equal(imported.oidcProviderIssuer, 'a:b');
  });

  test('splits a token ARN at deployment', () => {
    const stack = newStack();
    const imported = OidcProviderNative.fromOidcProviderArn(stack, 'Imported', Fn.importValue('Arn'));
    assert.deepEqual(stack.resolve(imported.oidcProviderIssuer),
      { 'Fn::Select': [1, { 'Fn::Split': [':oidc-provider/', { 'Fn::ImportValue': 'Arn' }] }] });
  });

  test('the imported provider lives in the environment of its stack, not of its ARN', () => {
    const stack = new Stack(new App(), 'Stack', { env: { account: '111111111111', region: 'eu-west-1' } });
    const imported = OidcProviderNative.fromOidcProviderArn(stack, 'Imported', 'arn:aws:iam::222222222222:oidc-provider/x.com');
    assert.deepEqual(imported.env, { account: '111111111111', region: 'eu-west-1' });
  });

  test('an ARN of another resource type or without a name is rejected', () => {
    assert.throws(() => OidcProviderNative.fromOidcProviderArn(newStack(), 'I', 'arn:aws:iam::123456789012:role/foo'),
      /expected resource type 'oidc-provider'.*got 'role'/i);
    assert.throws(() => OidcProviderNative.fromOidcProviderArn(newStack(), 'I', 'arn:aws:iam::123456789012:oidc-provider'),
      /resource name/);
  });

  test('an OpenIdConnectPrincipal trusts the imported ARN', () => {
    const stack = newStack();
    const imported = OidcProviderNative.fromOidcProviderArn(stack, 'Imported', 'arn:aws:iam::123456789012:oidc-provider/x.com');
    new Role(stack, 'Role', { assumedBy: new OpenIdConnectPrincipal(imported) });
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [{
          Action: 'sts:AssumeRoleWithWebIdentity',
          Effect: 'Allow',
          Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/x.com' },
        }],
      },
    });
  });
});
