import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { App, Aws, CfnResource, Stack } from '../../src/core';
import {
  AccountPrincipal, AccountRootPrincipal, AnyPrincipal, ArnPrincipal, CanonicalUserPrincipal, CompositePrincipal,
  FederatedPrincipal, OrganizationPrincipal, PolicyDocument, PolicyStatement, PrincipalWithConditions, ServicePrincipal,
  SessionTagsPrincipal, StarPrincipal, UnknownPrincipal, WebIdentityPrincipal,
} from '../../src/aws-iam';

function stack(region?: string): Stack {
  return new Stack(new App(), 'Stack', region ? { env: { account: '123456789012', region } } : undefined);
}

const PARTITION = { Ref: 'AWS::Partition' };

describe('principal policy fragments', () => {
  test('ArnPrincipal, AnyPrincipal and StarPrincipal', () => {
    assert.deepEqual(new ArnPrincipal('arn:x').policyFragment.principalJson, { AWS: ['arn:x'] });
    assert.deepEqual(new AnyPrincipal().policyFragment.principalJson, { AWS: ['*'] });
    assert.deepEqual(new StarPrincipal().policyFragment.principalJson, { LiteralString: ['*'] });
  });

  test('AccountPrincipal renders the root ARN in the partition of the stack it is used in', () => {
    const p = new AccountPrincipal('123456789012');
    assert.deepEqual(stack().resolve(p.policyFragment.principalJson), { AWS: [{ 'Fn::Join': ['', ['arn:', PARTITION, ':iam::123456789012:root']] }] });
    assert.equal(p.principalAccount, '123456789012');
  });

  test('AccountPrincipal rejects an account that is not a string', () => {
    assert.throws(() => new AccountPrincipal(123), /accountId should be of type string, got number \(123\)/);
  });

  test('AccountRootPrincipal is the account of the stack it is used in', () => {
    const s = stack('us-east-1');
    const p = new AccountRootPrincipal();
    assert.deepEqual(s.resolve(p.policyFragment.principalJson), { AWS: [{ 'Fn::Join': ['', ['arn:', PARTITION, ':iam::123456789012:root']] }] });
    assert.equal(s.resolve(p.principalAccount), '123456789012');
    assert.deepEqual(stack().resolve(p.principalAccount), { Ref: 'AWS::AccountId' });
  });

  test('OrganizationPrincipal is any principal with a PrincipalOrgID condition', () => {
    const p = new OrganizationPrincipal('o-abcdef1234');
    assert.deepEqual(p.policyFragment.principalJson, { AWS: ['*'] });
    assert.deepEqual(p.policyFragment.conditions, { StringEquals: { 'aws:PrincipalOrgID': 'o-abcdef1234' } });
  });

  test('OrganizationPrincipal rejects a malformed organization ID', () => {
    assert.throws(() => new OrganizationPrincipal('o-1'), /Expected Organization ID must match regex pattern \^o-\[a-z0-9\]\{10,32\}\$, received o-1/);
  });

  test('federated, web identity and canonical user principals', () => {
    const fed = new FederatedPrincipal('f', { A: { b: 'c' } }, 'sts:AssumeRoleWithSAML');
    assert.deepEqual([fed.policyFragment.principalJson, fed.policyFragment.conditions, fed.assumeRoleAction],
      [{ Federated: ['f'] }, { A: { b: 'c' } }, 'sts:AssumeRoleWithSAML']);
    assert.equal(new FederatedPrincipal('f').assumeRoleAction, 'sts:AssumeRole');
    assert.equal(new WebIdentityPrincipal('w').assumeRoleAction, 'sts:AssumeRoleWithWebIdentity');
    assert.deepEqual(new CanonicalUserPrincipal('c').policyFragment.principalJson, { CanonicalUser: ['c'] });
  });

  test('toString names the principal', () => {
    assert.equal(new ServicePrincipal('lambda.amazonaws.com').toString(), 'ServicePrincipal(lambda.amazonaws.com)');
    assert.equal(new AccountRootPrincipal().toString(), 'AccountRootPrincipal()');
    assert.equal(new CompositePrincipal(new ArnPrincipal('a'), new AnyPrincipal()).toString(), 'CompositePrincipal(ArnPrincipal(a),AnyPrincipal())');
  });
});

describe('ServicePrincipal names', () => {
  const name = (service: string, region?: string, opts = {}) =>
    stack(region).resolve(new ServicePrincipal(service, opts).policyFragment.principalJson.Service[0]);

  test('a short name gets .amazonaws.com, partition-specific names are standardized', () => {
    assert.equal(name('lambda'), 'lambda.amazonaws.com');
    assert.equal(name('ec2.amazonaws.com.cn'), 'ec2.amazonaws.com');
    assert.equal(name('logs.c2s.ic.gov'), 'logs.amazonaws.com');
    assert.equal(name('logs.sc2s.sgov.gov'), 'logs.amazonaws.com');
    assert.equal(name('a.b.amazonaws.com.cn'), 'a.b.amazonaws.com.cn');
    assert.equal(name('custom.example.com'), 'custom.example.com');
  });

  test('the name is the same in every region, China included', () => {
    for (const region of ['cn-north-1', 'us-gov-west-1', 'us-iso-east-1', 'eu-west-1']) {
      assert.equal(name('lambda.amazonaws.com', region), 'lambda.amazonaws.com');
    }
  });

  test('the deprecated region option adds an opt-in region to the name when the stack is elsewhere', () => {
    assert.equal(name('logs', 'us-east-1', { region: 'af-south-1' }), 'logs.af-south-1.amazonaws.com');
    assert.equal(name('logs', 'af-south-1', { region: 'af-south-1' }), 'logs.amazonaws.com');
    assert.equal(name('logs', 'us-east-1', { region: 'eu-west-1' }), 'logs.amazonaws.com');
  });

  test('fromStaticServicePrincipleName renders the name as given', () => {
    const p = ServicePrincipal.fromStaticServicePrincipleName('lambda.amazonaws.com.cn');
    assert.deepEqual(p.policyFragment.principalJson, { Service: ['lambda.amazonaws.com.cn'] });
  });

  test('servicePrincipalName standardizes a name', () => {
    assert.equal(stack().resolve(ServicePrincipal.servicePrincipalName('states')), 'states.amazonaws.com');
  });

  test('service principal conditions become the conditions of its fragment', () => {
    const p = new ServicePrincipal('s3.amazonaws.com', { conditions: { StringEquals: { 'aws:SourceAccount': '1' } } });
    assert.deepEqual(p.policyFragment.conditions, { StringEquals: { 'aws:SourceAccount': '1' } });
  });
});

describe('principal wrappers and composites', () => {
  test('withConditions merges the wrapped principal conditions with the new ones', () => {
    const p = new ServicePrincipal('x', { conditions: { A: { a: '1' } } }).withConditions({ A: { b: '2' }, B: { c: '3' } });
    assert.deepEqual(p.policyFragment.conditions, { A: { a: '1', b: '2' }, B: { c: '3' } });
    assert.ok(p instanceof PrincipalWithConditions);
  });

  test('PrincipalWithConditions.addCondition merges and rejects values that are not maps', () => {
    const p = new PrincipalWithConditions(new ArnPrincipal('a'), { A: { x: '1' } });
    p.addCondition('A', { y: '2' });
    assert.deepEqual(p.conditions, { A: { x: '1', y: '2' } });
    assert.throws(() => p.addCondition('B', 'nope'), /A Condition should be represented as a map of operator to value \(condition 'B' got "nope"\)/);
  });

  test('a trust policy for conditions, session tags and both', () => {
    const s = stack();
    const trust = (principal: any) => {
      const doc = new PolicyDocument();
      principal.addToAssumeRolePolicy(doc);
      return s.resolve(doc).Statement;
    };
    assert.deepEqual(trust(new ServicePrincipal('x').withSessionTags().withConditions({ A: { b: 'c' } })), [
      { Action: ['sts:AssumeRole', 'sts:TagSession'], Condition: { A: { b: 'c' } }, Effect: 'Allow', Principal: { Service: 'x.amazonaws.com' } },
    ]);
    assert.ok(new ArnPrincipal('a').withSessionTags() instanceof SessionTagsPrincipal);
  });

  test('a composite principal adds one trust statement per part, with each part\'s action', () => {
    const doc = new PolicyDocument();
    new CompositePrincipal(new ServicePrincipal('a'), new WebIdentityPrincipal('w')).addToAssumeRolePolicy(doc);
    assert.deepEqual(stack().resolve(doc).Statement.map((x: any) => x.Action), ['sts:AssumeRole', 'sts:AssumeRoleWithWebIdentity']);
  });

  test('a composite principal needs at least one part', () => {
    assert.throws(() => new CompositePrincipal(), /CompositePrincipals must be constructed with at least 1 Principal but none were passed\./);
  });

  test('dedupe strings identify principals that grant the same', () => {
    assert.equal(new ServicePrincipal('x').dedupeString(), new ServicePrincipal('x').dedupeString());
    assert.equal(new ArnPrincipal('a').withConditions({ A: {} }).dedupeString(), 'PrincipalWithConditions:ArnPrincipal:a:{"A":{}}');
    assert.equal(new CompositePrincipal(new ArnPrincipal('a')).dedupeString(), 'CompositePrincipal[ArnPrincipal:a]');
  });

  test('UnknownPrincipal reports statements as warnings on the resource and has no fragment', () => {
    const s = stack();
    const resource = new CfnResource(s, 'Res', { type: 'X::Y' });
    const unknown = new UnknownPrincipal({ resource });
    const result = unknown.addToPrincipalPolicy(new PolicyStatement({ actions: ['a:b'], resources: ['*'] }));
    assert.equal(result.statementAdded, true);
    const warnings = resource.node.metadata.filter((m) => m.type === 'aws:cdk:warning').map((m) => m.data);
    assert.deepEqual(warnings, ['Add statement to this resource\'s role: {"Action":"a:b","Effect":"Allow","Resource":"*"} [ack: @aws-cdk/aws-iam:unknownPrincipalAddStatementToRole]']);
    assert.throws(() => unknown.policyFragment, /\[Stack\/Res\] Cannot get policy fragment of Stack\/Res, resource imported without a role/);
  });

  test('Aws.ACCOUNT_ID can be an account principal', () => {
    const p = new AccountPrincipal(Aws.ACCOUNT_ID);
    assert.deepEqual(stack().resolve(p.principalAccount), { Ref: 'AWS::AccountId' });
  });
});
