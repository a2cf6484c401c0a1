import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Match, Template } from '../../src/assertions';
import * as appscaling from '../../src/aws-applicationautoscaling';
import * as iam from '../../src/aws-iam';
import * as lambda from '../../src/aws-lambda';
import { App, Duration, Stack } from '../../src/core';
import { FN_ARN, newFunction, newStack } from './helpers';

const FN_REF = { Ref: 'Fn9270CBC0' };

describe('Alias', () => {
  test('an alias names a version of the function', () => {
    const stack = newStack();
    const fn = newFunction(stack);
    new lambda.Alias(stack, 'Alias', { aliasName: 'prod', version: fn.latestVersion, description: 'production' });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Alias', {
      Description: 'production', FunctionName: FN_REF, FunctionVersion: '$LATEST', Name: 'prod',
    });
  });

  test('fn.addAlias points at the current version and is named Alias<name> under the function', () => {
    const stack = newStack();
    const alias = newFunction(stack).addAlias('live');
    assert.equal(alias.node.path, 'Stack/Fn/Aliaslive');
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Alias', {
      FunctionVersion: { 'Fn::GetAtt': [Match.stringLikeRegexp('^FnCurrentVersion17A89ABB'), 'Version'] },
      Name: 'live',
    });
  });

  test('additional versions share the traffic by weight', () => {
    const stack = newStack();
    const fn = newFunction(stack);
    const previous = new lambda.Version(stack, 'Previous', { lambda: fn });
    new lambda.Alias(stack, 'Alias', { aliasName: 'prod', version: fn.currentVersion, additionalVersions: [{ version: previous, weight: 0.25 }] });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Alias', {
      RoutingConfig: {
        AdditionalVersionWeights: [{ FunctionVersion: { 'Fn::GetAtt': ['PreviousD8D2EE3A', 'Version'] }, FunctionWeight: 0.25 }],
      },
    });
  });

  test('an empty additionalVersions renders no routing', () => {
    const stack = newStack();
    new lambda.Alias(stack, 'Alias', { aliasName: 'a', version: newFunction(stack).latestVersion, additionalVersions: [] });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Alias', { RoutingConfig: Match.absent() });
  });

  test('a weight outside 0..1, or weights adding up to more than 1, are rejected', () => {
    const stack = newStack();
    const fn = newFunction(stack);
    const v1 = new lambda.Version(stack, 'V1', { lambda: fn });
    const v2 = new lambda.Version(stack, 'V2', { lambda: fn });
    assert.throws(() => new lambda.Alias(stack, 'A', { aliasName: 'a', version: fn.latestVersion, additionalVersions: [{ version: v1, weight: 1.5 }] }),
      /each weight must be between 0 and 1, got 1.5/);
    assert.throws(() => new lambda.Alias(stack, 'B', {
      aliasName: 'b', version: fn.latestVersion, additionalVersions: [{ version: v1, weight: 0.6 }, { version: v2, weight: 0.6 }],
    }), /the weights add up to 1.2/);
    new lambda.Alias(stack, 'C', { aliasName: 'c', version: fn.latestVersion, additionalVersions: [{ version: v1, weight: 0.5 }, { version: v2, weight: 0.5 }] });
  });

  test('provisioned concurrency renders; 0 means none; below 0 is rejected', () => {
    const stack = newStack();
    const fn = newFunction(stack);
    new lambda.Alias(stack, 'A', { aliasName: 'a', version: fn.latestVersion, provisionedConcurrentExecutions: 4 });
    new lambda.Alias(stack, 'B', { aliasName: 'b', version: fn.latestVersion, provisionedConcurrentExecutions: 0 });
    const aliases = Template.fromStack(stack).findResources('AWS::Lambda::Alias');
    const byName = (name: string) => Object.values(aliases).find((r: any) => r.Properties.Name === name) as any;
    assert.deepEqual(byName('a').Properties.ProvisionedConcurrencyConfig, { ProvisionedConcurrentExecutions: 4 });
    assert.equal(byName('b').Properties.ProvisionedConcurrencyConfig, undefined);
    assert.throws(() => new lambda.Alias(stack, 'C', { aliasName: 'c', version: fn.latestVersion, provisionedConcurrentExecutions: -1 }),
      /provisionedConcurrentExecutions must be at least 1, got -1/);
  });

  test('attributes: the ARN is the Ref; the name is the function name (from the ARN) and the alias name', () => {
    const stack = newStack();
    const alias = new lambda.Alias(stack, 'Alias', { aliasName: 'prod', version: newFunction(stack).latestVersion });
    assert.deepEqual(stack.resolve(alias.functionArn), { Ref: 'Alias325C5727' });
    assert.deepEqual(stack.resolve(alias.functionName), {
      'Fn::Join': ['', [{ 'Fn::Select': [6, { 'Fn::Split': [':', { Ref: 'Alias325C5727' }] }] }, ':prod']],
    });
    assert.equal(alias.aliasName, 'prod');
    assert.deepEqual(stack.resolve(alias.aliasRef), { aliasArn: { Ref: 'Alias325C5727' } });
  });

  test('async invoke options are qualified with the alias name taken from its ARN', () => {
    const stack = newStack();
    new lambda.Alias(stack, 'Alias', { aliasName: 'prod', version: newFunction(stack).latestVersion, maxEventAge: Duration.minutes(2) });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: FN_REF,
      MaximumEventAgeInSeconds: 120,
      Qualifier: { 'Fn::Select': [7, { 'Fn::Split': [':', { Ref: 'Alias325C5727' }] }] },
    });
  });

  test('alias metrics have FunctionName and Resource dimensions, unless others are given', () => {
    const stack = newStack();
    const alias = new lambda.Alias(stack, 'Alias', { aliasName: 'live', version: newFunction(stack).latestVersion });
    assert.deepEqual(stack.resolve(alias.metricErrors().dimensions), {
      FunctionName: FN_REF, Resource: { 'Fn::Join': ['', [FN_REF, ':live']] },
    });
    assert.deepEqual(stack.resolve(alias.metric('X', { dimensionsMap: { A: 'b' } }).dimensions), { A: 'b' });
  });

  test('invoke grants go to the alias ARN', () => {
    const stack = newStack();
    const alias = new lambda.Alias(stack, 'Alias', { aliasName: 'live', version: newFunction(stack).latestVersion });
    alias.grantInvoke(new iam.ServicePrincipal('apigateway.amazonaws.com'));
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Permission', {
      FunctionName: { Ref: 'Alias325C5727' }, Principal: 'apigateway.amazonaws.com',
    });
  });

  test('fromAliasAttributes qualifies the function ARN and name with the alias name', () => {
    const stack = newStack();
    const fn = newFunction(stack);
    const imported = lambda.Alias.fromAliasAttributes(stack, 'Imported', { aliasName: 'blue', aliasVersion: fn.latestVersion });
    assert.deepEqual(stack.resolve(imported.functionArn), { 'Fn::Join': ['', [FN_ARN, ':blue']] });
    assert.deepEqual(stack.resolve(imported.functionName), { 'Fn::Join': ['', [FN_REF, ':blue']] });
    assert.equal(imported.version, fn.latestVersion);
  });

  test('an alias used from another stack is exported and imported', () => {
    const app = new App();
    const producer = new Stack(app, 'Producer');
    const alias = newFunction(producer).addAlias('live');
    const consumer = new Stack(app, 'Consumer');
    const role = new iam.Role(consumer, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
    alias.grantInvoke(role);
    Template.fromStack(consumer).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Resource: { 'Fn::ImportValue': Match.stringLikeRegexp('^Producer:ExportsOutputRefFnAliaslive') } }] },
    });
  });
});

describe('Alias auto scaling', () => {
  const SCALING_ROLE = {
    'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'AWS::AccountId' },
      ':role/aws-service-role/lambda.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_LambdaConcurrency']],
  };

  test('addAutoScaling makes the provisioned concurrency a scalable target with the service-linked role', () => {
    const stack = newStack();
    const alias = new lambda.Alias(stack, 'Alias', { aliasName: 'prod', version: newFunction(stack).latestVersion });
    alias.addAutoScaling({ maxCapacity: 50 });
    Template.fromStack(stack).templateMatches({
      Resources: {
        AliasAliasScalingTarget7449FF0E: {
          Type: 'AWS::ApplicationAutoScaling::ScalableTarget',
          Properties: {
            MaxCapacity: 50,
            MinCapacity: 1,
            ResourceId: { 'Fn::Join': ['', ['function:', { 'Fn::Select': [6, { 'Fn::Split': [':', { Ref: 'Alias325C5727' }] }] }, ':prod']] },
            RoleARN: SCALING_ROLE,
            ScalableDimension: 'lambda:function:ProvisionedConcurrency',
            ServiceNamespace: 'lambda',
          },
        },
      },
    });
  });

  test('every alias imports the service-linked scaling role as its child ScalingRole, right after its resource', () => {
    // The construct tree aws-cdk-lib 2.276.0 builds for the same program (its tree.json): the role is imported in
    // the constructor, so it comes before the asynchronous invocation configuration and the scalable target.
    const stack = newStack();
    const alias = new lambda.Alias(stack, 'Alias', {
      aliasName: 'prod', version: newFunction(stack).latestVersion, maxEventAge: Duration.hours(1),
    });
    assert.deepEqual(alias.node.children.map(c => c.node.id), ['Resource', 'ScalingRole', 'EventInvokeConfig']);
    alias.addAutoScaling({ maxCapacity: 2 });
    assert.deepEqual(alias.node.children.map(c => c.node.id), ['Resource', 'ScalingRole', 'EventInvokeConfig', 'AliasScaling']);
    // An imported role: no resource of its own.
    Template.fromStack(stack).resourceCountIs('AWS::IAM::Role', 1);
  });

  test('scaleOnUtilization tracks LambdaProvisionedConcurrencyUtilization; scaleOnSchedule adds scheduled actions', () => {
    const stack = newStack();
    const alias = new lambda.Alias(stack, 'Alias', { aliasName: 'prod', version: newFunction(stack).latestVersion });
    const scaling = alias.addAutoScaling({ minCapacity: 3, maxCapacity: 50 });
    scaling.scaleOnUtilization({ utilizationTarget: 0.5 });
    scaling.scaleOnSchedule('Morning', { schedule: appscaling.Schedule.cron({ hour: '8', minute: '0' }), minCapacity: 20 });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::ApplicationAutoScaling::ScalingPolicy', {
      PolicyType: 'TargetTrackingScaling',
      ScalingTargetId: { Ref: 'AliasAliasScalingTarget7449FF0E' },
      TargetTrackingScalingPolicyConfiguration: {
        PredefinedMetricSpecification: { PredefinedMetricType: 'LambdaProvisionedConcurrencyUtilization' },
        TargetValue: 0.5,
      },
    });
    template.hasResourceProperties('AWS::ApplicationAutoScaling::ScalableTarget', {
      MinCapacity: 3,
      ScheduledActions: [{ ScalableTargetAction: { MinCapacity: 20 }, Schedule: 'cron(0 8 * * ? *)', ScheduledActionName: 'Morning' }],
    });
  });

  test('a utilization target outside 0.1..0.9 is rejected', () => {
    const stack = newStack();
    const scaling = newFunction(stack).addAlias('x').addAutoScaling({ maxCapacity: 2 });
    assert.throws(() => scaling.scaleOnUtilization({ utilizationTarget: 0.95 }), /utilizationTarget must be between 0.1 and 0.9.*got 0.95/);
    assert.throws(() => scaling.scaleOnUtilization({ utilizationTarget: 0.05 }), /got 0.05/);
  });

  test('auto scaling can be enabled once per alias', () => {
    const stack = newStack();
    const alias = newFunction(stack).addAlias('x');
    alias.addAutoScaling({ maxCapacity: 2 });
    assert.throws(() => alias.addAutoScaling({ maxCapacity: 3 }), /Auto scaling is already enabled for alias 'x'/);
  });
});
