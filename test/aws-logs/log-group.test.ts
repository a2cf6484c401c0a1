import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { App, Fn, RemovalPolicy, Stack } from '../../src/core';
import { Template } from '../../src/assertions';
import { AccountPrincipal, AccountRootPrincipal, AnyPrincipal, ArnPrincipal, PolicyStatement, Role, ServicePrincipal } from '../../src/aws-iam';
import { Key } from '../../src/aws-kms';
import { LogGroup, LogGroupClass, ResourcePolicy, RetentionDays } from '../../src/aws-logs';

const PARTITION = { Ref: 'AWS::Partition' };
const REGION = { Ref: 'AWS::Region' };
const ACCOUNT = { Ref: 'AWS::AccountId' };
const ENV = { account: '123456789012', region: 'us-east-1' };

function newStack(env?: { account: string; region: string }): Stack {
  return new Stack(new App(), 'Stack', env ? { env } : undefined);
}

function newRole(stack: Stack): Role {
  return new Role(stack, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
}

function policyStatements(stack: Stack): any[] {
  return Object.values(Template.fromStack(stack).findResources('AWS::IAM::Policy'))[0].Properties.PolicyDocument.Statement;
}

describe('LogGroup', () => {
  test('keeps logs two years and is retained by default', () => {
    const stack = newStack();
    new LogGroup(stack, 'LogGroup');
    Template.fromStack(stack).templateMatches({
      Resources: {
        LogGroupF5B46931: {
          Type: 'AWS::Logs::LogGroup',
          Properties: { RetentionInDays: 731 },
          UpdateReplacePolicy: 'Retain',
          DeletionPolicy: 'Retain',
        },
      },
    });
  });

  test('renders name, retention, class, key and removal policy', () => {
    const stack = newStack();
    const key = new Key(stack, 'Key');
    new LogGroup(stack, 'LogGroup', {
      logGroupName: 'foo', retention: RetentionDays.ONE_WEEK, logGroupClass: LogGroupClass.INFREQUENT_ACCESS,
      encryptionKey: key, removalPolicy: RemovalPolicy.DESTROY,
    });
    Template.fromStack(stack).hasResource('AWS::Logs::LogGroup', {
      Properties: {
        KmsKeyId: { 'Fn::GetAtt': [stack.resolve((key.node.defaultChild as any).logicalId), 'Arn'] },
        LogGroupClass: 'INFREQUENT_ACCESS', LogGroupName: 'foo', RetentionInDays: 7,
      },
      UpdateReplacePolicy: 'Delete',
      DeletionPolicy: 'Delete',
    });
  });

  test('infinite retention renders no RetentionInDays', () => {
    const stack = newStack();
    new LogGroup(stack, 'LogGroup', { retention: RetentionDays.INFINITE });
    const resource = Object.values(Template.fromStack(stack).findResources('AWS::Logs::LogGroup'))[0];
    assert.equal(resource.Properties, undefined);
  });

  test('rejects a retention that is not positive, naming the log group', () => {
    const stack = newStack();
    assert.throws(() => new LogGroup(stack, 'LogGroup', { retention: 0 as RetentionDays }),
      /\[Stack\/LogGroup\] retentionInDays must be positive, got 0/);
  });

  test('exposes ARN and name as attributes', () => {
    const stack = newStack();
    const lg = new LogGroup(stack, 'LogGroup');
    assert.deepEqual(stack.resolve([lg.logGroupArn, lg.logGroupName]), [{ 'Fn::GetAtt': ['LogGroupF5B46931', 'Arn'] }, { Ref: 'LogGroupF5B46931' }]);
    assert.deepEqual(stack.resolve(lg.logGroupRef), { logGroupArn: { 'Fn::GetAtt': ['LogGroupF5B46931', 'Arn'] }, logGroupName: { Ref: 'LogGroupF5B46931' } });
  });

  test('has the retention days of CloudWatch Logs', () => {
    assert.equal(RetentionDays.ONE_DAY, 1);
    assert.equal(RetentionDays.THIRTEEN_MONTHS, 400);
    assert.equal(RetentionDays.TWO_YEARS, 731);
    assert.equal(RetentionDays.TEN_YEARS, 3653);
    assert.equal(RetentionDays.INFINITE, 9999);
  });
});

describe('imported log groups', () => {
  test('fromLogGroupName builds the ARN with :* in the stack environment', () => {
    const stack = newStack();
    const lg = LogGroup.fromLogGroupName(stack, 'Imported', 'my-lg');
    assert.equal(lg.logGroupName, 'my-lg');
    assert.deepEqual(stack.resolve(lg.logGroupArn), { 'Fn::Join': ['', ['arn:', PARTITION, ':logs:', REGION, ':', ACCOUNT, ':log-group:my-lg:*']] });
  });

  test('fromLogGroupArn accepts the ARN with or without :*', () => {
    const stack = newStack();
    for (const arn of ['arn:aws:logs:us-east-1:123456789012:log-group:other:*', 'arn:aws:logs:us-east-1:123456789012:log-group:other']) {
      const lg = LogGroup.fromLogGroupArn(stack, `Imported${arn.length}`, arn);
      assert.equal(lg.logGroupArn, 'arn:aws:logs:us-east-1:123456789012:log-group:other:*');
      assert.equal(lg.logGroupName, 'other');
      assert.deepEqual(lg.env, ENV);
    }
  });

  test('fromLogGroupArn with a token ARN splits it at deployment', () => {
    const stack = newStack();
    const arn = Fn.importValue('X');
    const lg = LogGroup.fromLogGroupArn(stack, 'Imported', arn);
    const split = { 'Fn::Split': [':', { 'Fn::ImportValue': 'X' }] };
    assert.deepEqual(stack.resolve(lg.logGroupArn), { 'Fn::Join': ['', [{ 'Fn::ImportValue': 'X' }, ':*']] });
    assert.deepEqual(stack.resolve(lg.logGroupName), { 'Fn::Select': [6, split] });
    assert.deepEqual(stack.resolve(lg.env), { account: { 'Fn::Select': [4, split] }, region: { 'Fn::Select': [3, split] } });
  });
});

describe('log group grants', () => {
  test('grantWrite allows creating streams and putting events on the log group ARN', () => {
    const stack = newStack();
    const lg = new LogGroup(stack, 'LogGroup');
    lg.grantWrite(newRole(stack));
    assert.deepEqual(policyStatements(stack), [{
      Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Effect: 'Allow', Resource: { 'Fn::GetAtt': ['LogGroupF5B46931', 'Arn'] },
    }]);
  });

  test('grant names both the log group ARN without and with :*', () => {
    const stack = newStack(ENV);
    const lg = new LogGroup(stack, 'LogGroup');
    lg.grant(newRole(stack), 'logs:Baz');
    assert.deepEqual(policyStatements(stack), [{
      Action: 'logs:Baz', Effect: 'Allow', Resource: [
        { 'Fn::Join': ['', ['arn:', PARTITION, ':logs:us-east-1:123456789012:log-group:', { Ref: 'LogGroupF5B46931' }]] },
        { 'Fn::GetAtt': ['LogGroupF5B46931', 'Arn'] },
      ],
    }]);
  });

  test('grantRead grants the read actions on both ARNs of an imported log group', () => {
    const stack = newStack(ENV);
    LogGroup.fromLogGroupName(stack, 'Imported', 'lgname').grantRead(newRole(stack));
    const arn = (suffix: string) => ({ 'Fn::Join': ['', ['arn:', PARTITION, `:logs:us-east-1:123456789012:log-group:lgname${suffix}`]] });
    assert.deepEqual(policyStatements(stack), [{
      Action: ['logs:FilterLogEvents', 'logs:GetLogEvents', 'logs:GetLogGroupFields', 'logs:DescribeLogGroups', 'logs:DescribeLogStreams'],
      Effect: 'Allow', Resource: [arn(''), arn(':*')],
    }]);
  });

  test('grantWrite to a service principal goes to a resource policy', () => {
    const stack = newStack();
    const lg = new LogGroup(stack, 'LogGroup');
    lg.grantWrite(new ServicePrincipal('events.amazonaws.com'));
    Template.fromStack(stack).hasResourceProperties('AWS::Logs::ResourcePolicy', {
      PolicyName: 'StackLogGroupPolicy8B188F66',
      PolicyDocument: {
        'Fn::Join': ['', [
          '{"Statement":[{"Action":["logs:CreateLogStream","logs:PutLogEvents"],"Effect":"Allow","Principal":{"Service":"events.amazonaws.com"},"Resource":"',
          { 'Fn::GetAtt': ['LogGroupF5B46931', 'Arn'] },
          '"}],"Version":"2012-10-17"}',
        ]],
      },
    });
  });
});

describe('log group resource policy', () => {
  test('names AWS principals by their account', () => {
    const stack = newStack();
    const lg = new LogGroup(stack, 'LogGroup');
    const result = lg.addToResourcePolicy(new PolicyStatement({
      actions: ['logs:Y'], resources: ['*'],
      principals: [new AccountPrincipal('111111111111'), new ArnPrincipal('arn:aws:iam::333333333333:role/x'), new AnyPrincipal()],
    }));
    assert.equal(result.statementAdded, true);
    assert.ok(result.policyDependable instanceof ResourcePolicy);
    const props = Object.values(Template.fromStack(stack).findResources('AWS::Logs::ResourcePolicy'))[0].Properties;
    assert.equal(props.PolicyDocument,
      '{"Statement":[{"Action":"logs:Y","Effect":"Allow","Principal":{"AWS":["111111111111","333333333333","*"]},"Resource":"*"}],"Version":"2012-10-17"}');
  });

  test('the account root principal becomes the stack account', () => {
    const stack = newStack();
    const lg = new LogGroup(stack, 'LogGroup');
    lg.addToResourcePolicy(new PolicyStatement({ actions: ['logs:Y'], resources: ['*'], principals: [new AccountRootPrincipal()] }));
    const props = Object.values(Template.fromStack(stack).findResources('AWS::Logs::ResourcePolicy'))[0].Properties;
    assert.deepEqual(props.PolicyDocument, { 'Fn::Join': ['', [
      '{"Statement":[{"Action":"logs:Y","Effect":"Allow","Principal":{"AWS":"', ACCOUNT, '"},"Resource":"*"}],"Version":"2012-10-17"}',
    ]] });
  });

  test('a standalone resource policy takes its name and statements from props', () => {
    const stack = newStack();
    new ResourcePolicy(stack, 'Policy', {
      resourcePolicyName: 'named',
      policyStatements: [new PolicyStatement({ actions: ['logs:Z'], resources: ['*'], principals: [new ServicePrincipal('es.amazonaws.com')] })],
    });
    Template.fromStack(stack).hasResourceProperties('AWS::Logs::ResourcePolicy', {
      PolicyName: 'named',
      PolicyDocument: '{"Statement":[{"Action":"logs:Z","Effect":"Allow","Principal":{"Service":"es.amazonaws.com"},"Resource":"*"}],"Version":"2012-10-17"}',
    });
  });
});
