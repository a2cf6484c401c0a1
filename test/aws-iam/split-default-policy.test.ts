import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { App, CfnResource, Stack } from '../../src/core';
import { Template } from '../../src/assertions';
import { AnyPrincipal, Grant, PolicyStatement, Role } from '../../src/aws-iam';

/** A statement whose size estimate is exactly `size`: 53 characters plus its resource. */
function sized(i: number, size: number): PolicyStatement {
  return new PolicyStatement({ actions: ['s:a'], resources: [String(i).padStart(4, '0') + 'x'.repeat(size - 57)] });
}

function split(sizes: number[], minimize = false): string[][] {
  const stack = new Stack(new App({ context: { '@aws-cdk/aws-iam:minimizePolicies': minimize } }), 'Stack');
  const role = new Role(stack, 'R', { assumedBy: new AnyPrincipal() });
  sizes.forEach((size, i) => role.addToPrincipalPolicy(sized(i, size)));
  const resources = Template.fromStack(stack).toJSON().Resources;
  return Object.keys(resources).filter((id) => resources[id].Type !== 'AWS::IAM::Role').map((id) =>
    [id, ...resources[id].Properties.PolicyDocument.Statement.flatMap((s: any) => [].concat(s.Resource).map((r: string) => r.slice(0, 4)))]);
}

describe('splitting a large role default policy', () => {
  test('statements estimated below 10000 characters in total stay in the default policy', () => {
    const layout = split([...Array(99).fill(100), 99]);
    assert.equal(layout.length, 1);
    assert.equal(layout[0].length, 101);
  });

  test('a statement that would reach 10000 goes to OverflowPolicy1, a managed policy of the role', () => {
    const stack = new Stack(new App(), 'Stack');
    const role = new Role(stack, 'R', { assumedBy: new AnyPrincipal() });
    for (let i = 0; i < 100; i++) { role.addToPrincipalPolicy(sized(i, 100)); }
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      Description: 'Part of the policies for Stack/R',
      Path: '/',
      Roles: [{ Ref: 'RC21A1702' }],
      PolicyDocument: { Statement: [{ Action: 's:a', Effect: 'Allow', Resource: `0099${'x'.repeat(43)}` }] },
    });
    assert.equal(template.toJSON().Resources.RC21A1702.Properties.ManagedPolicyArns, undefined);
  });

  test('overflow policies take up to 6000 each', () => {
    const layout = split([...Array(99).fill(100), 99, ...Array(60).fill(100), 101, 60]);
    assert.deepEqual(layout.map((l) => [l[0], l.length - 1]), [
      ['RDefaultPolicy0707467B', 100],
      ['ROverflowPolicy13D16EB99', 60],
      ['ROverflowPolicy269DAEF2B', 2],
    ]);
  });

  test('each statement goes to the first policy with room, even after later policies were started', () => {
    const layout = split([...Array(99).fill(100), 150, 60]);
    assert.deepEqual(layout.map((l) => l.slice(-1)[0]), ['0100', '0099']);
  });

  test('when minimizing, statements merge into pieces of at most 2000 before being spread', () => {
    // 's:a' with n resources of 12 characters is estimated at 50 + 15n: 130 resources make 2000.
    const stack = new Stack(new App({ context: { '@aws-cdk/aws-iam:minimizePolicies': true } }), 'Stack');
    const role = new Role(stack, 'R', { assumedBy: new AnyPrincipal() });
    for (let i = 0; i < 1000; i++) {
      role.addToPrincipalPolicy(new PolicyStatement({ actions: ['s:a'], resources: [String(i).padStart(4, '0') + 'x'.repeat(8)] }));
    }
    const resources = Template.fromStack(stack).toJSON().Resources;
    const counts = Object.keys(resources).filter((id) => resources[id].Type !== 'AWS::IAM::Role')
      .map((id) => resources[id].Properties.PolicyDocument.Statement.map((s: any) => [].concat(s.Resource).length));
    assert.deepEqual(counts, [[610], [390]]);
  });

  test('a grant whose statement moved depends on the overflow policy, a user of the role on every policy', () => {
    const stack = new Stack(new App(), 'Stack');
    const role = new Role(stack, 'R', { assumedBy: new AnyPrincipal() });
    const grants = [];
    for (let i = 0; i < 14; i++) {
      grants.push(Grant.addToPrincipal({ grantee: role, actions: ['s:a'], resourceArns: [String(i).padStart(4, '0') + 'x'.repeat(996)] }));
    }
    grants[2].applyBefore(new CfnResource(stack, 'Early', { type: 'X::Y' }));
    grants[12].applyBefore(new CfnResource(stack, 'Late', { type: 'X::Y' }));
    new CfnResource(stack, 'User', { type: 'X::Y' }).node.addDependency(role);
    const resources = Template.fromStack(stack).toJSON().Resources;
    assert.deepEqual(resources.Early.DependsOn, ['RDefaultPolicy0707467B']);
    assert.deepEqual(resources.Late.DependsOn, ['ROverflowPolicy13D16EB99']);
    assert.deepEqual([...resources.User.DependsOn].sort(), ['RC21A1702', 'RDefaultPolicy0707467B', 'ROverflowPolicy13D16EB99']);
  });

  test('a role default policy drops statements that repeat another in a different order, Sids included', () => {
    const stack = new Stack(new App(), 'Stack');
    const role = new Role(stack, 'R', { assumedBy: new AnyPrincipal() });
    role.addToPrincipalPolicy(new PolicyStatement({ actions: ['a:a', 'a:b'], resources: ['r'] }));
    role.addToPrincipalPolicy(new PolicyStatement({ actions: ['a:b', 'a:a'], resources: ['r'] }));
    role.addToPrincipalPolicy(new PolicyStatement({ actions: ['a:a'], resources: ['r'], sid: 'x' }));
    role.addToPrincipalPolicy(new PolicyStatement({ actions: ['a:a'], resources: ['r'], sid: 'x' }));
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [
          { Action: ['a:a', 'a:b'], Effect: 'Allow', Resource: 'r' },
          { Action: 'a:a', Effect: 'Allow', Resource: 'r', Sid: 'x' },
        ],
      },
    });
  });

  test('the size estimate counts literal lengths, tokens as 150 (resources) or 20 (actions), principals as 150', () => {
    const estimate = (s: PolicyStatement) => s._estimateSize({ arnEstimate: 150, actionEstimate: 20 });
    assert.equal(estimate(new PolicyStatement()), 20);
    assert.equal(estimate(new PolicyStatement({ actions: ['s:a'], resources: ['r'] })), 54);
    assert.equal(estimate(new PolicyStatement({ actions: ['s:a'], resources: ['r'], sid: 'ignored', effect: undefined })), 54);
    assert.equal(estimate(new PolicyStatement({ actions: ['s:a'], resources: [new CfnResource(new Stack(), 'X', { type: 'X::Y' }).ref] })), 203);
    assert.equal(estimate(new PolicyStatement({ actions: ['s:a'], principals: [new AnyPrincipal(), new AnyPrincipal()] })), 337);
    assert.equal(estimate(new PolicyStatement({ actions: ['s:a'], conditions: { A: { k: 'v' }, B: { k: 'v' } } })), 64);
  });
});
