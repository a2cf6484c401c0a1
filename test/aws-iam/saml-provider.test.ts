import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Lazy, Stack } from '../../src/core';
import { Template } from '../../src/assertions';
import { Role, SamlConsolePrincipal, SamlMetadataDocument, SamlPrincipal, SamlProvider } from '../../src/aws-iam';

function newStack(): Stack {
  return new Stack(new App(), 'Stack');
}

const metadataDocument = SamlMetadataDocument.fromXml('<EntityDescriptor/>');
const INVALID_NAME = /\[Stack\/Provider\] Invalid SAML provider name\. .* Length must be between 1 and 128 characters\. Got '.*' \(\d+ characters\)\./;

describe('SamlMetadataDocument', () => {
  test('fromXml keeps the XML as given', () => {
    assert.equal(SamlMetadataDocument.fromXml('<x/>').xml, '<x/>');
  });

  test('fromFile reads the file at once', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saml-'));
    try {
      const file = path.join(dir, 'metadata.xml');
      fs.writeFileSync(file, '<EntityDescriptor entityID="x"/>');
      assert.equal(SamlMetadataDocument.fromFile(file).xml, '<EntityDescriptor entityID="x"/>');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('fromFile of a missing file throws', () => {
    assert.throws(() => SamlMetadataDocument.fromFile(path.join(os.tmpdir(), 'no-such-saml-metadata.xml')), /ENOENT/);
  });
});

describe('SamlProvider', () => {
  test('renders the metadata document and the name', () => {
    const stack = newStack();
    new SamlProvider(stack, 'Provider', { metadataDocument, name: 'corp_idp+=,.@-1' });
    Template.fromStack(stack).templateMatches({
      Resources: {
        Provider2281708E: {
          Type: 'AWS::IAM::SAMLProvider',
          Properties: { Name: 'corp_idp+=,.@-1', SamlMetadataDocument: '<EntityDescriptor/>' },
        },
      },
    });
  });

  test('samlProviderArn is the Ref of the provider', () => {
    const stack = newStack();
    const provider = new SamlProvider(stack, 'Provider', { metadataDocument });
    assert.deepEqual(stack.resolve(provider.samlProviderArn), { Ref: 'Provider2281708E' });
    assert.deepEqual(stack.resolve(provider.samlProviderRef), { samlProviderArn: { Ref: 'Provider2281708E' } });
  });

  test('a name with a space, a slash or a non-ASCII letter is rejected', () => {
    for (const name of ['a b', 'a/b', 'é']) {
      assert.throws(() => new SamlProvider(newStack(), 'Provider', { metadataDocument, name }), INVALID_NAME);
    }
  });

  test('a name of 129 characters is rejected, 128 are accepted', () => {
    assert.throws(() => new SamlProvider(newStack(), 'Provider', { metadataDocument, name: 'a'.repeat(129) }), INVALID_NAME);
    assert.doesNotThrow(() => new SamlProvider(newStack(), 'Provider', { metadataDocument, name: 'a'.repeat(128) }));
  });

  test('an empty or token name is not checked', () => {
    assert.doesNotThrow(() => new SamlProvider(newStack(), 'Provider', { metadataDocument, name: '' }));
    assert.doesNotThrow(() => new SamlProvider(newStack(), 'Provider', {
      metadataDocument, name: Lazy.string({ produce: () => 'a b' }),
    }));
  });

  test('fromSamlProviderArn imports the ARN as given', () => {
    const stack = newStack();
    const imported = SamlProvider.fromSamlProviderArn(stack, 'Imported', 'arn:aws:iam::123456789012:saml-provider/okta');
    assert.equal(imported.samlProviderArn, 'arn:aws:iam::123456789012:saml-provider/okta');
    assert.deepEqual(imported.samlProviderRef, { samlProviderArn: 'arn:aws:iam::123456789012:saml-provider/okta' });
  });
});

describe('SamlConsolePrincipal', () => {
  test('trusts the provider with AssumeRoleWithSAML for the sign-in audience', () => {
    const stack = newStack();
    const provider = new SamlProvider(stack, 'Provider', { metadataDocument });
    new Role(stack, 'Role', { assumedBy: new SamlConsolePrincipal(provider) });
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [{
          Action: 'sts:AssumeRoleWithSAML',
          Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } },
          Effect: 'Allow',
          Principal: { Federated: { Ref: 'Provider2281708E' } },
        }],
        Version: '2012-10-17',
      },
    });
  });

  test('keeps other conditions and replaces a StringEquals condition, in the given key order', () => {
    const imported = SamlProvider.fromSamlProviderArn(newStack(), 'P', 'arn:aws:iam::123456789012:saml-provider/x');
    const principal = new SamlConsolePrincipal(imported, { Bool: { x: 'true' }, StringEquals: { 'SAML:iss': 'i' } });
    assert.deepEqual(Object.keys(principal.conditions), ['Bool', 'StringEquals']);
    assert.deepEqual(principal.conditions.StringEquals, { 'SAML:aud': 'https://signin.aws.amazon.com/saml' });
    assert.equal(principal.assumeRoleAction, 'sts:AssumeRoleWithSAML');
    assert.equal(principal.toString(), 'SamlConsolePrincipal(arn:aws:iam::123456789012:saml-provider/x)');
  });

  test('SamlPrincipal keeps its conditions as given', () => {
    const imported = SamlProvider.fromSamlProviderArn(newStack(), 'P', 'arn:aws:iam::123456789012:saml-provider/x');
    const principal = new SamlPrincipal(imported, { StringEquals: { 'SAML:iss': 'i' } });
    assert.deepEqual(principal.conditions, { StringEquals: { 'SAML:iss': 'i' } });
    assert.equal(principal.toString(), 'SamlPrincipal(arn:aws:iam::123456789012:saml-provider/x)');
  });
});
