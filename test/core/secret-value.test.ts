import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { App, CfnDynamicReference, CfnDynamicReferenceService, CfnParameter, CfnResource, Lazy, SecretValue, Stack, Token } from '../../src/core';

function stack(context: Record<string, unknown> = {}): Stack {
  return new Stack(new App({ context }), 'S');
}

describe('SecretValue', () => {
  test('Secrets Manager and SSM secure strings become dynamic references', () => {
    const s = stack();
    assert.equal(s.resolve(SecretValue.secretsManager('db').unsafeUnwrap()), '{{resolve:secretsmanager:db:SecretString:::}}');
    assert.equal(s.resolve(SecretValue.secretsManager('db', { jsonField: 'pw', versionId: 'v1' }).unsafeUnwrap()), '{{resolve:secretsmanager:db:SecretString:pw::v1}}');
    assert.equal(s.resolve(SecretValue.ssmSecure('/p', '2').unsafeUnwrap()), '{{resolve:ssm-secure:/p:2}}');
    assert.equal(s.resolve(new CfnDynamicReference(CfnDynamicReferenceService.SSM_SECURE, 'k').toString()), '{{resolve:ssm-secure:k}}');
  });

  test('a plain-text secret unwraps to the literal; toString() is a token for it', () => {
    const secret = SecretValue.unsafePlainText('pw');
    assert.equal(secret.unsafeUnwrap(), 'pw');
    assert.ok(Token.isUnresolved(secret.toString()));
    assert.equal(stack().resolve(secret.toString()), 'pw');
    assert.ok(SecretValue.isSecretValue(secret));
    assert.ok(!SecretValue.isSecretValue('pw'));
  });

  test('bad input is refused with the reason', () => {
    assert.throws(() => SecretValue.secretsManager(''), /secretId cannot be empty/);
    assert.throws(() => SecretValue.secretsManager('a:b'), /secret id "a:b" is not an ARN but contains ":"/);
    assert.throws(() => SecretValue.secretsManager('s', { versionId: 'v', versionStage: 'x' }), /versionStage: 'x' and versionId: 'v' were both provided but only one is allowed/);
    const s = stack();
    assert.throws(() => SecretValue.cfnParameter(new CfnParameter(s, 'Echoed')), /parameter S\/Echoed must be configured with "noEcho: true"/);
    assert.throws(() => SecretValue.resourceAttribute('literal'), /must be used with a resource attribute/);
    assert.throws(() => SecretValue.resourceAttribute(s.region), /must be used with a resource attribute/);
    assert.throws(() => SecretValue.resourceAttribute(Lazy.string({ produce: () => 'x' })), /must be used with a resource attribute/);
    const resource = new CfnResource(s, 'R', { type: 'X::Y' });
    assert.deepEqual(s.resolve(SecretValue.resourceAttribute(resource.getAtt('Secret').toString()).unsafeUnwrap()), { 'Fn::GetAtt': ['R', 'Secret'] });
    assert.deepEqual(s.resolve(SecretValue.resourceAttribute(resource.ref).unsafeUnwrap()), { Ref: 'R' });
  });

  test('with @aws-cdk/core:checkSecretUsage, rendering a secret without unsafeUnwrap() fails; unwrapping is allowed', () => {
    const s = stack({ '@aws-cdk/core:checkSecretUsage': true });
    const secret = SecretValue.unsafePlainText('pw');
    assert.throws(() => s.resolve({ Password: secret }), /Synthing a secret value to Password\. .*unsafeUnwrap\(\)/);
    assert.throws(() => s.resolve(secret.toString()), /Synthing a secret value/);
    assert.equal(s.resolve(secret.unsafeUnwrap()), 'pw');
    assert.equal(stack().resolve({ Password: secret }).Password, 'pw');
  });

  test('a SecretValue serialized with JSON.stringify does not leak its value', () => {
    assert.doesNotMatch(JSON.stringify({ a: SecretValue.unsafePlainText('hunter2') }), /hunter2/);
  });
});
