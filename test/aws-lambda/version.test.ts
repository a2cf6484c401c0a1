import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Annotations, Match, Template } from '../../src/assertions';
import * as iam from '../../src/aws-iam';
import * as lambda from '../../src/aws-lambda';
import { CfnParameter, Duration, RemovalPolicy } from '../../src/core';
import { FN_ARN, newFunction, newStack } from './helpers';

const FN_REF = { Ref: 'Fn9270CBC0' };

describe('Version', () => {
  test('a version publishes the function and is marked do-not-refactor', () => {
    const stack = newStack();
    new lambda.Version(stack, 'V', { lambda: newFunction(stack) });
    Template.fromStack(stack).templateMatches({
      Resources: {
        V293ADB39: {
          Type: 'AWS::Lambda::Version',
          Properties: { FunctionName: FN_REF },
          Metadata: { 'aws:cdk:do-not-refactor': true },
        },
      },
    });
  });

  test('every option renders: code hash, description, provisioned concurrency, scaling config, removal policy', () => {
    const stack = newStack();
    new lambda.Version(stack, 'V', {
      lambda: newFunction(stack),
      codeSha256: 'abc',
      description: 'desc',
      provisionedConcurrentExecutions: 3,
      minExecutionEnvironments: 1,
      maxExecutionEnvironments: 4,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Template.fromStack(stack).hasResource('AWS::Lambda::Version', {
      Properties: {
        CodeSha256: 'abc',
        Description: 'desc',
        FunctionName: FN_REF,
        FunctionScalingConfig: { MaxExecutionEnvironments: 4, MinExecutionEnvironments: 1 },
        ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 3 },
      },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  test('without a removal policy, none is rendered', () => {
    const stack = newStack();
    new lambda.Version(stack, 'V', { lambda: newFunction(stack) });
    Template.fromStack(stack).hasResource('AWS::Lambda::Version', { DeletionPolicy: Match.absent() });
  });

  test('provisioned concurrency 0 means none; below 0 is rejected', () => {
    const stack = newStack();
    const fn = newFunction(stack);
    new lambda.Version(stack, 'Zero', { lambda: fn, provisionedConcurrentExecutions: 0 });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Version', { ProvisionedConcurrencyConfig: Match.absent() });
    assert.throws(() => new lambda.Version(stack, 'Negative', { lambda: fn, provisionedConcurrentExecutions: -1 }),
      /\[Stack\/Negative\] provisionedConcurrentExecutions must be at least 1, got -1/);
  });

  test('execution environments must be 0 or more, and min at most max', () => {
    const stack = newStack();
    const fn = newFunction(stack);
    assert.throws(() => new lambda.Version(stack, 'A', { lambda: fn, minExecutionEnvironments: -1 }), /minExecutionEnvironments must be 0 or more, got -1/);
    assert.throws(() => new lambda.Version(stack, 'B', { lambda: fn, maxExecutionEnvironments: -2 }), /maxExecutionEnvironments must be 0 or more, got -2/);
    assert.throws(() => new lambda.Version(stack, 'C', { lambda: fn, minExecutionEnvironments: 3, maxExecutionEnvironments: 2 }),
      /minExecutionEnvironments \(3\) must not be more than maxExecutionEnvironments \(2\)/);
  });

  test('attributes: the ARN is the Ref, the name and version come from GetAtt Version', () => {
    const stack = newStack();
    const version = new lambda.Version(stack, 'V', { lambda: newFunction(stack) });
    assert.deepEqual(stack.resolve(version.functionArn), { Ref: 'V293ADB39' });
    assert.deepEqual(stack.resolve(version.version), { 'Fn::GetAtt': ['V293ADB39', 'Version'] });
    assert.deepEqual(stack.resolve(version.functionName),
      { 'Fn::Join': ['', [FN_REF, ':', { 'Fn::GetAtt': ['V293ADB39', 'Version'] }]] });
    assert.deepEqual(stack.resolve(version.versionRef), { functionArn: { Ref: 'V293ADB39' } });
    assert.deepEqual(stack.resolve(version.edgeArn), { Ref: 'V293ADB39' });
  });

  test('async invoke options create an EventInvokeConfig qualified with the version', () => {
    const stack = newStack();
    new lambda.Version(stack, 'V', { lambda: newFunction(stack), retryAttempts: 1, maxEventAge: Duration.hours(1) });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: FN_REF,
      MaximumEventAgeInSeconds: 3600,
      MaximumRetryAttempts: 1,
      Qualifier: { 'Fn::GetAtt': ['V293ADB39', 'Version'] },
    });
  });

  test('a second async invoke configuration is rejected', () => {
    const stack = newStack();
    const version = new lambda.Version(stack, 'V', { lambda: newFunction(stack), retryAttempts: 1 });
    assert.throws(() => version.configureAsyncInvoke({ retryAttempts: 0 }), /already called/);
  });

  test('grants and permissions go to the qualified ARN', () => {
    const stack = newStack();
    const version = new lambda.Version(stack, 'V', { lambda: newFunction(stack) });
    version.grantInvoke(new iam.ServicePrincipal('sns.amazonaws.com'));
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
    version.grantInvoke(role);
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction', FunctionName: { Ref: 'V293ADB39' }, Principal: 'sns.amazonaws.com',
    });
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: 'lambda:InvokeFunction', Effect: 'Allow', Resource: { Ref: 'V293ADB39' } }] },
    });
  });

  test('version.addAlias (deprecated) creates Alias<name> under the version', () => {
    const stack = newStack();
    const version = new lambda.Version(stack, 'V', { lambda: newFunction(stack) });
    const alias = version.addAlias('live');
    assert.equal(alias.node.path, 'Stack/V/Aliaslive');
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Alias', {
      FunctionName: FN_REF, FunctionVersion: { 'Fn::GetAtt': ['V293ADB39', 'Version'] }, Name: 'live',
    });
  });

  test('metrics of a version use its qualified name', () => {
    const stack = newStack();
    const version = new lambda.Version(stack, 'V', { lambda: newFunction(stack) });
    assert.deepEqual(stack.resolve(version.metricInvocations().dimensions), {
      FunctionName: { 'Fn::Join': ['', [FN_REF, ':', { 'Fn::GetAtt': ['V293ADB39', 'Version'] }]] },
    });
  });
});

describe('Version imports', () => {
  test('fromVersionArn with a literal ARN splits it into plain strings and imports the function next to it', () => {
    const stack = newStack();
    const version = lambda.Version.fromVersionArn(stack, 'V', 'arn:aws:lambda:us-east-1:123456789012:function:fn:7');
    assert.equal(version.version, '7');
    assert.equal(version.functionName, 'fn:7');
    assert.equal(version.lambda.functionArn, 'arn:aws:lambda:us-east-1:123456789012:function:fn');
    assert.equal(version.lambda.node.path, 'Stack/VFunction');
    assert.equal(version.edgeArn, 'arn:aws:lambda:us-east-1:123456789012:function:fn:7');
  });

  test('fromVersionArn with a token selects the parts with Fn::Split', () => {
    const stack = newStack();
    const arn = new CfnParameter(stack, 'P').valueAsString;
    const version = lambda.Version.fromVersionArn(stack, 'V', arn);
    assert.deepEqual(stack.resolve(version.version), { 'Fn::Select': [7, { 'Fn::Split': [':', { Ref: 'P' }] }] });
    const lambdaArn = stack.resolve(version.lambda.functionArn);
    assert.equal(lambdaArn['Fn::Join'][0], ':');
    assert.deepEqual(lambdaArn['Fn::Join'][1][6], { 'Fn::Select': [6, { 'Fn::Split': [':', { Ref: 'P' }] }] });
  });

  test('fromVersionAttributes qualifies the function ARN and name', () => {
    const stack = newStack();
    const version = lambda.Version.fromVersionAttributes(stack, 'V', { lambda: newFunction(stack), version: '5' });
    assert.deepEqual(stack.resolve(version.functionArn), { 'Fn::Join': ['', [FN_ARN, ':5']] });
    assert.deepEqual(stack.resolve(version.functionName), { 'Fn::Join': ['', [FN_REF, ':5']] });
  });

  test('an imported version in an environment-agnostic stack cannot get permissions: it warns', () => {
    const stack = newStack();
    const version = lambda.Version.fromVersionAttributes(stack, 'V', { lambda: newFunction(stack), version: '5' });
    version.addPermission('P', { principal: new iam.AccountPrincipal('123456789012') });
    Template.fromStack(stack).resourceCountIs('AWS::Lambda::Permission', 0);
    Annotations.fromStack(stack).hasWarning('/Stack/V', Match.stringLikeRegexp('UnclearLambdaEnvironment'));
  });

  test('an imported version of this account gets permissions', () => {
    const stack = newStack({ env: { account: '123456789012', region: 'us-east-1' } });
    const version = lambda.Version.fromVersionArn(stack, 'V', 'arn:aws:lambda:us-east-1:123456789012:function:fn:7');
    version.grantInvoke(new iam.ServicePrincipal('sns.amazonaws.com'));
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Permission', {
      FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:fn:7',
    });
  });

  test('extractQualifierFromArn and extractLambdaFunctionArn split a qualified ARN', () => {
    const arn = 'arn:aws:lambda:eu-west-1:111122223333:function:name:live';
    assert.equal(lambda.extractQualifierFromArn(arn), 'live');
    assert.equal(lambda.extractLambdaFunctionArn(arn), 'arn:aws:lambda:eu-west-1:111122223333:function:name');
  });
});

describe('latestVersion', () => {
  test('$LATEST is its own latest version and can have an alias', () => {
    const stack = newStack();
    const latest = newFunction(stack).latestVersion;
    assert.equal(latest.latestVersion, latest);
    latest.addAlias('head');
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Alias', { FunctionVersion: '$LATEST', Name: 'head' });
  });
});
