import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { App, Fn, Lazy, Stack } from '../../src/core';
import {
  AccountPrincipal, AnyPrincipal, ArnPrincipal, CompositePrincipal, Effect, FederatedPrincipal, Group, PolicyStatement,
  ServicePrincipal, StarPrincipal,
} from '../../src/aws-iam';

function resolve(x: any): any {
  return new Stack(new App(), 'Stack').resolve(x);
}

describe('PolicyStatement rendering', () => {
  test('a single action and resource are written as strings, several as lists, in CloudFormation key order', () => {
    const statement = new PolicyStatement({
      sid: 'S1',
      actions: ['s3:GetObject', 's3:PutObject'],
      resources: ['arn:aws:s3:::b/*'],
      conditions: { StringEquals: { 'aws:SourceAccount': '123' } },
    });
    const json = statement.toStatementJson();
    assert.deepEqual(Object.keys(json), ['Action', 'Condition', 'Effect', 'Resource', 'Sid']);
    assert.deepEqual(json.Action, ['s3:GetObject', 's3:PutObject']);
    assert.equal(json.Resource, 'arn:aws:s3:::b/*');
  });

  test('duplicate actions and resources are added once', () => {
    const statement = new PolicyStatement({ actions: ['s3:GetObject', 's3:GetObject'], resources: ['x', 'x'] });
    assert.deepEqual(statement.toStatementJson(), { Action: 's3:GetObject', Effect: 'Allow', Resource: 'x' });
  });

  test('an empty statement renders only its effect', () => {
    assert.deepEqual(new PolicyStatement().toStatementJson(), { Effect: 'Allow' });
  });

  test('principal types are grouped under their keys in the order they were added', () => {
    const statement = new PolicyStatement({
      actions: ['sqs:SendMessage'],
      principals: [new ServicePrincipal('sns.amazonaws.com'), new ArnPrincipal('arn:x'), new FederatedPrincipal('fed'), new ArnPrincipal('arn:y')],
    });
    assert.deepEqual(resolve(statement.toStatementJson()).Principal, {
      Service: 'sns.amazonaws.com', AWS: ['arn:x', 'arn:y'], Federated: 'fed',
    });
  });

  test('the same principal object is added once, equal but distinct principals twice', () => {
    const p = new ArnPrincipal('arn:x');
    assert.deepEqual(new PolicyStatement({ actions: ['a:b'], principals: [p, p] }).toStatementJson().Principal, { AWS: 'arn:x' });
    assert.deepEqual(new PolicyStatement({ actions: ['a:b'], principals: [new ArnPrincipal('arn:x'), new ArnPrincipal('arn:x')] })
      .toStatementJson().Principal, { AWS: ['arn:x', 'arn:x'] });
  });

  test('StarPrincipal renders a literal "*" and AnyPrincipal renders { AWS: "*" }', () => {
    assert.equal(new PolicyStatement({ actions: ['a:b'], principals: [new StarPrincipal()] }).toStatementJson().Principal, '*');
    assert.deepEqual(new PolicyStatement({ actions: ['a:b'], principals: [new AnyPrincipal()] }).toStatementJson().Principal, { AWS: '*' });
  });

  test('a literal principal cannot be combined with other principals', () => {
    assert.throws(() => new PolicyStatement({ actions: ['a:b'], principals: [new StarPrincipal(), new ArnPrincipal('x')] }),
      /Cannot merge principals \{"LiteralString":\["\*"\]\} and \{"AWS":\["x"\]\}/);
  });

  test('principal conditions come first, statement conditions are merged into them per operator', () => {
    const statement = new PolicyStatement({
      actions: ['a:b'],
      principals: [new ArnPrincipal('a').withConditions({ A: { y: '2' } })],
      conditions: { A: { x: '1' }, B: { z: '3' } },
    });
    assert.deepEqual(statement.toStatementJson().Condition, { A: { y: '2', x: '1' }, B: { z: '3' } });
  });

  test('addCondition merges values of the same operator and addConditions adds several', () => {
    const statement = new PolicyStatement({ actions: ['a:b'] });
    statement.addCondition('StringEquals', { a: 'x' });
    statement.addCondition('StringEquals', { b: 'y' });
    statement.addConditions({ StringEquals: { a: 'z' }, StringLike: { c: 'w*' } });
    assert.deepEqual(statement.conditions, { StringEquals: { a: 'z', b: 'y' }, StringLike: { c: 'w*' } });
  });

  test('the account and source condition helpers add the conditions IAM expects', () => {
    const statement = new PolicyStatement({ actions: ['a:b'] });
    statement.addAccountCondition('1');
    statement.addSourceAccountCondition('2');
    statement.addSourceArnCondition('arn:x');
    assert.deepEqual(statement.conditions, {
      StringEquals: { 'sts:ExternalId': '1', 'aws:SourceAccount': '2' },
      ArnEquals: { 'aws:SourceArn': 'arn:x' },
    });
  });

  test('the add* principal helpers add the matching principals', () => {
    const statement = new PolicyStatement({ actions: ['a:b'] });
    statement.addArnPrincipal('arn:x');
    statement.addServicePrincipal('lambda');
    statement.addCanonicalUserPrincipal('cu');
    statement.addAnyPrincipal();
    assert.deepEqual(resolve(statement.toStatementJson()).Principal, {
      AWS: ['arn:x', '*'], Service: 'lambda.amazonaws.com', CanonicalUser: 'cu',
    });
  });

  test('copy keeps every property unless overridden and leaves the original unchanged', () => {
    const original = new PolicyStatement({ sid: 'x', actions: ['a:b'], resources: ['r'], principals: [new ArnPrincipal('p')] });
    const copy = original.copy({ effect: Effect.DENY, actions: ['c:d'] });
    assert.deepEqual(copy.toStatementJson(), { Action: 'c:d', Effect: 'Deny', Principal: { AWS: 'p' }, Resource: 'r', Sid: 'x' });
    assert.deepEqual(original.toStatementJson(), { Action: 'a:b', Effect: 'Allow', Principal: { AWS: 'p' }, Resource: 'r', Sid: 'x' });
  });

  test('tokens in actions and resources are kept and resolved with the document', () => {
    const statement = new PolicyStatement({ actions: [Lazy.string({ produce: () => 's3:Get' })], resources: [Fn.ref('Bucket')] });
    assert.deepEqual(resolve(statement.toStatementJson()), { Action: 's3:Get', Effect: 'Allow', Resource: { Ref: 'Bucket' } });
  });

  test('getters return copies of the statement parts', () => {
    const statement = new PolicyStatement({ actions: ['a:b'], resources: ['r'] });
    statement.actions.push('c:d');
    assert.deepEqual(statement.actions, ['a:b']);
    assert.equal(statement.hasResource, true);
    assert.equal(statement.hasPrincipal, false);
  });
});

describe('PolicyStatement.fromJson', () => {
  test('reads every field, keeping principals exactly as given', () => {
    const statement = PolicyStatement.fromJson({
      Sid: 'S', Effect: 'Deny', Action: 'a:b', Resource: ['x'], Condition: { A: { b: 'c' } },
      Principal: { AWS: 'arn:x', Service: ['lambda'] },
    });
    assert.deepEqual(statement.toStatementJson(), {
      Action: 'a:b', Condition: { A: { b: 'c' } }, Effect: 'Deny', Principal: { AWS: 'arn:x', Service: 'lambda' }, Resource: 'x', Sid: 'S',
    });
  });

  test('a string principal is rendered literally', () => {
    assert.deepEqual(PolicyStatement.fromJson({ Action: 'a:b', NotPrincipal: '*', NotResource: 'x' }).toStatementJson(),
      { Action: 'a:b', Effect: 'Allow', NotPrincipal: '*', NotResource: 'x' });
  });

  test('a statement without actions is rejected', () => {
    assert.throws(() => PolicyStatement.fromJson({ Resource: '*' }),
      /Incorrect Policy Statement: A PolicyStatement must specify at least one 'action' or 'notAction'\./);
  });

  test('a field that is neither a string nor a list of strings is rejected, naming the field', () => {
    assert.throws(() => PolicyStatement.fromJson({ Action: null }), /Fields must be either a string or an array of strings \(Action is null\)/);
  });
});

describe('PolicyStatement validation', () => {
  test('an action without a service prefix is rejected when added, naming the action', () => {
    assert.throws(() => new PolicyStatement({ actions: ['GetObject'] }),
      /Action 'GetObject' is invalid\. An action string consists of a service namespace, a colon, and the name of an action\./);
    assert.throws(() => new PolicyStatement().addNotActions('s3:Get.Object'), /Action 's3:Get\.Object' is invalid/);
  });

  test('wildcard actions and tokens are accepted', () => {
    assert.doesNotThrow(() => new PolicyStatement({ actions: ['*', 's3:*', 'S3:Get*', 'a-b:c*d', Lazy.string({ produce: () => 'x' })] }));
  });

  test('actions and not-actions cannot be mixed, in either order', () => {
    assert.throws(() => new PolicyStatement({ actions: ['a:b'], notActions: ['a:c'] }),
      /Cannot add 'NotActions' to policy statement if 'Actions' have been added/);
    assert.throws(() => new PolicyStatement({ notActions: ['a:c'] }).addActions('a:b'),
      /Cannot add 'Actions' to policy statement if 'NotActions' have been added/);
  });

  test('resources and not-resources cannot be mixed, in either order', () => {
    assert.throws(() => new PolicyStatement({ resources: ['a'], notResources: ['b'] }),
      /Cannot add 'NotResources' to policy statement if 'Resources' have been added/);
    assert.throws(() => new PolicyStatement({ notResources: ['b'] }).addResources('a'),
      /Cannot add 'Resources' to policy statement if 'NotResources' have been added/);
  });

  test('principals and not-principals cannot be mixed, in either order', () => {
    assert.throws(() => new PolicyStatement({ principals: [new AnyPrincipal()], notPrincipals: [new AnyPrincipal()] }),
      /Cannot add 'NotPrincipals' to policy statement if 'Principals' have been added/);
    assert.throws(() => new PolicyStatement({ notPrincipals: [new AnyPrincipal()] }).addPrincipals(new AnyPrincipal()),
      /Cannot add 'Principals' to policy statement if 'NotPrincipals' have been added/);
  });

  test('conditions that are not maps of operator to value are rejected, naming the operator and value', () => {
    assert.throws(() => new PolicyStatement({ actions: ['a:b'], conditions: { StringEquals: 'x' } }),
      /A Condition should be represented as a map of operator to value \(condition 'StringEquals' got "x"\)/);
    assert.throws(() => new PolicyStatement().addCondition('StringEquals', ['x']), /condition 'StringEquals' got \["x"\]/);
    assert.throws(() => new PolicyStatement({ conditions: Lazy.any({ produce: () => ({}) }) as any }),
      /A Condition should be represented as a map of operator to value \(conditions is a token/);
  });

  test('principals with different conditions cannot share a statement', () => {
    assert.throws(() => new PolicyStatement({ actions: ['a:b'], principals: [new ArnPrincipal('a').withConditions({ B: { y: '2' } }), new ArnPrincipal('b')] }),
      /All principals in a PolicyStatement must have the same Conditions \(got '\{"B":\{"y":"2"\}\}' and '\{\}'\)\. Use multiple statements instead\./);
  });

  test('a group cannot be a principal', () => {
    const group = new Group(new Stack(new App(), 'Stack'), 'Group');
    assert.throws(() => new PolicyStatement({ actions: ['a:b'], principals: [group] }),
      /Cannot use an IAM Group as the 'Principal' or 'NotPrincipal' in an IAM Policy/);
  });

  test('a composite principal with conditions in its parts is rejected when used', () => {
    assert.throws(() => new PolicyStatement({ actions: ['a:b'], principals: [new CompositePrincipal(new ArnPrincipal('x').withConditions({ A: { b: 'c' } }))] }),
      /Components of a CompositePrincipal must not have conditions/);
  });

  test('validateForAnyPolicy asks for an action or not-action', () => {
    assert.deepEqual(new PolicyStatement({ resources: ['*'] }).validateForAnyPolicy(), ["A PolicyStatement must specify at least one 'action' or 'notAction'."]);
    assert.deepEqual(new PolicyStatement({ actions: ['a:b'], resources: ['*'] }).validateForAnyPolicy(), []);
  });

  test('validateForResourcePolicy asks for a principal and a resource', () => {
    assert.deepEqual(new PolicyStatement({ actions: ['a:b'] }).validateForResourcePolicy(), [
      'A PolicyStatement used in a resource-based policy must specify at least one IAM principal.',
      'A PolicyStatement used in a resource-based policy must specify at least one resource.',
    ]);
  });

  test('validateForIdentityPolicy rejects principals (and not-principals) and asks for a resource', () => {
    assert.deepEqual(new PolicyStatement({ actions: ['a:b'], notPrincipals: [new AnyPrincipal()] }).validateForIdentityPolicy(), [
      'A PolicyStatement used in an identity-based policy cannot specify any IAM principals.',
      'A PolicyStatement used in an identity-based policy must specify at least one resource.',
    ]);
  });

  test('validateForTrustPolicy asks for a principal but not for a resource', () => {
    assert.deepEqual(new PolicyStatement({ actions: ['sts:AssumeRole'] }).validateForTrustPolicy(),
      ['A PolicyStatement used in a trust policy must specify at least one IAM principal.']);
    assert.deepEqual(new PolicyStatement({ actions: ['sts:AssumeRole'], principals: [new AccountPrincipal('1')] }).validateForTrustPolicy(), []);
  });

  test('a frozen statement cannot change, and says which method was called', () => {
    const statement = new PolicyStatement({ actions: ['a:b'] }).freeze();
    assert.equal(statement.frozen, true);
    assert.throws(() => statement.addActions('a:c'), /addActions: freeze\(\) has been called on this PolicyStatement previously/);
    assert.throws(() => { statement.sid = 'x'; }, /sid: freeze\(\) has been called/);
    assert.throws(() => { statement.effect = Effect.DENY; }, /effect: freeze\(\) has been called/);
    assert.throws(() => statement.addCondition('A', {}), /addCondition: freeze\(\) has been called/);
  });
});
