import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { App, Fn, Lazy, Stack } from '../../src/core';
import { ArnPrincipal, Effect, PolicyDocument, PolicyStatement, ServicePrincipal, StarPrincipal } from '../../src/aws-iam';

const MINIMIZE = '@aws-cdk/aws-iam:minimizePolicies';

function stackWith(minimize: boolean): Stack {
  return new Stack(new App({ context: { [MINIMIZE]: minimize } }), 'Stack');
}

function render(statements: PolicyStatement[], minimize: boolean, props: { assignSids?: boolean } = {}): any {
  return stackWith(minimize).resolve(new PolicyDocument({ statements, ...props }));
}

const s = (actions: string[], resources: string[], extra: Partial<ConstructorParameters<typeof PolicyStatement>[0]> = {}) =>
  new PolicyStatement({ actions, resources, ...extra });

describe('PolicyDocument rendering', () => {
  test('renders Statement before Version 2012-10-17', () => {
    const doc = render([s(['a:b'], ['r'])], false);
    assert.deepEqual(Object.keys(doc), ['Statement', 'Version']);
    assert.equal(doc.Version, '2012-10-17');
  });

  test('an empty document renders nothing', () => {
    assert.equal(render([], false), undefined);
    assert.equal(new PolicyDocument().isEmpty, true);
  });

  test('statements that resolve to the same JSON are written once, without minimizing too', () => {
    const doc = render([s(['a:b'], [Lazy.string({ produce: () => 'r' })]), s(['a:b'], ['r']), s(['a:c'], ['r'])], false);
    assert.deepEqual(doc.Statement, [
      { Action: 'a:b', Effect: 'Allow', Resource: 'r' },
      { Action: 'a:c', Effect: 'Allow', Resource: 'r' },
    ]);
  });

  test('without minimizing, values keep their order and statements are not merged', () => {
    const doc = render([s(['a:z', 'a:b'], ['r2', 'r1']), s(['a:c'], ['r2', 'r1'])], false);
    assert.deepEqual(doc.Statement, [
      { Action: ['a:z', 'a:b'], Effect: 'Allow', Resource: ['r2', 'r1'] },
      { Action: 'a:c', Effect: 'Allow', Resource: ['r2', 'r1'] },
    ]);
  });

  test('assignSids numbers statements without a Sid by their final position', () => {
    const doc = render([s(['a:a'], ['r']), s(['a:a'], ['r']), s(['a:b'], ['r'], { sid: 'keep' }), s(['a:c'], ['q'])], false, { assignSids: true });
    assert.deepEqual(doc.Statement.map((x: any) => x.Sid), ['0', 'keep', '2']);
  });

  test('rendering freezes the statements', () => {
    const statement = s(['a:b'], ['r']);
    stackWith(false).resolve(new PolicyDocument({ statements: [statement] }));
    assert.equal(statement.frozen, true);
  });

  test('the document is a token that renders inside other structures', () => {
    const doc = new PolicyDocument({ statements: [s(['a:b'], ['r'])] });
    assert.deepEqual(stackWith(false).resolve({ Policy: doc }), { Policy: { Statement: [{ Action: 'a:b', Effect: 'Allow', Resource: 'r' }], Version: '2012-10-17' } });
    assert.match(doc.toString(), /^\$\{Token\[PolicyDocument\.\d+\]\}$/);
  });

  test('fromJson reads statements and toJSON writes them back', () => {
    const doc = PolicyDocument.fromJson({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['a:b'], Resource: 'r' }] });
    assert.equal(doc.statementCount, 1);
    assert.deepEqual(doc.toJSON(), { Statement: [{ Action: 'a:b', Effect: 'Allow', Resource: 'r' }], Version: '2012-10-17' });
  });

  test('fromJson without a Statement list says what it expected', () => {
    assert.throws(() => PolicyDocument.fromJson({}), /PolicyDocument.fromJson expects a policy document with a 'Statement' list, got \{\}/);
  });

  test('document validation collects the errors of every statement', () => {
    const doc = new PolicyDocument({ statements: [s(['a:b'], []), new PolicyStatement({ resources: ['r'] })] });
    assert.deepEqual(doc.validateForIdentityPolicy(), [
      'A PolicyStatement used in an identity-based policy must specify at least one resource.',
      "A PolicyStatement must specify at least one 'action' or 'notAction'.",
    ]);
  });
});

describe('PolicyDocument minimizing', () => {
  test('statements that differ only in resources merge, with sorted values', () => {
    const doc = render([s(['a:a'], ['r2']), s(['a:a'], ['r1']), s(['a:b'], ['r1'])], true);
    assert.deepEqual(doc.Statement, [
      { Action: 'a:a', Effect: 'Allow', Resource: ['r1', 'r2'] },
      { Action: 'a:b', Effect: 'Allow', Resource: 'r1' },
    ]);
  });

  test('merging repeats until nothing merges any more', () => {
    const doc = render([s(['a:a'], ['r1']), s(['a:b'], ['r2']), s(['a:a'], ['r2']), s(['a:b'], ['r1'])], true);
    assert.deepEqual(doc.Statement, [{ Action: ['a:a', 'a:b'], Effect: 'Allow', Resource: ['r1', 'r2'] }]);
  });

  test('statements with a Sid, other effects or other conditions are not merged', () => {
    const doc = render([
      s(['a:a'], ['r1'], { sid: 'x' }), s(['a:a'], ['r2']),
      s(['a:a'], ['r3'], { effect: Effect.DENY }),
      s(['a:a'], ['r4'], { conditions: { A: { b: 'c' } } }),
    ], true);
    assert.equal(doc.Statement.length, 4);
  });

  test('a statement absorbs one that differs only in principals; a literal "*" principal does not merge', () => {
    const merged = render([
      s(['a:a'], ['r'], { principals: [new ArnPrincipal('p2')] }),
      s(['a:a'], ['r'], { principals: [new ServicePrincipal('svc')] }),
      s(['a:a'], ['r'], { principals: [new ArnPrincipal('p1')] }),
    ], true);
    assert.deepEqual(merged.Statement, [{ Action: 'a:a', Effect: 'Allow', Principal: { AWS: ['p1', 'p2'], Service: 'svc.amazonaws.com' }, Resource: 'r' }]);
    const star = render([s(['a:a'], ['r'], { principals: [new StarPrincipal()] }), s(['a:a'], ['r'], { principals: [new ArnPrincipal('p')] })], true);
    assert.equal(star.Statement.length, 2);
  });

  test('values are sorted by their JSON text: strings first, then intrinsics', () => {
    const doc = render([s(['a:b'], [Fn.ref('Z'), 'a!', 'a', 'B', Fn.getAtt('A', 'Arn').toString(), 'a b'])], true);
    assert.deepEqual(doc.Statement[0].Resource, ['B', 'a b', 'a!', 'a', { 'Fn::GetAtt': ['A', 'Arn'] }, { Ref: 'Z' }]);
  });

  test('values that resolve alike are written once', () => {
    const doc = render([s(['a:b'], ['r', Lazy.string({ produce: () => 'r' })])], true);
    assert.equal(doc.Statement[0].Resource, 'r');
  });

  test('not-actions and not-principals are neither merged nor sorted', () => {
    const doc = render([
      new PolicyStatement({ notActions: ['a:z', 'a:b'], resources: ['r'], notPrincipals: [new ArnPrincipal('b'), new ArnPrincipal('a')] }),
      new PolicyStatement({ notActions: ['a:c'], resources: ['r'], notPrincipals: [new ArnPrincipal('b'), new ArnPrincipal('a')] }),
    ], true);
    assert.deepEqual(doc.Statement[0].NotAction, ['a:z', 'a:b']);
    assert.deepEqual(doc.Statement[0].NotPrincipal, { AWS: ['b', 'a'] });
    assert.equal(doc.Statement.length, 2);
  });

  test('the document option overrides the feature flag', () => {
    const statements = () => [s(['a:a'], ['r']), s(['a:b'], ['r'])];
    assert.equal(stackWith(false).resolve(new PolicyDocument({ minimize: true, statements: statements() })).Statement.length, 1);
    assert.equal(stackWith(true).resolve(new PolicyDocument({ minimize: false, statements: statements() })).Statement.length, 2);
  });

  test('the feature flag is off for a bare App', () => {
    const doc = new Stack(new App(), 'Stack').resolve(new PolicyDocument({ statements: [s(['a:a'], ['r']), s(['a:b'], ['r'])] }));
    assert.equal(doc.Statement.length, 2);
  });
});
