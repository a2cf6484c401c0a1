import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Match, Template } from '../../src/assertions';
import * as ecr from '../../src/aws-ecr';
import * as iam from '../../src/aws-iam';
import * as lambda from '../../src/aws-lambda';
import { App, CfnOutput, Stack } from '../../src/core';
import { FN_ARN, newFunction, newStack } from './helpers';

const US_EAST_1 = { env: { region: 'us-east-1' } };
const INSIGHTS_POLICY_ARN = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/CloudWatchLambdaInsightsExecutionRolePolicy']] };
const BASIC_POLICY_ARN = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/service-role/AWSLambdaBasicExecutionRole']] };

function functionProps(stack: Stack): any {
  return Template.fromStack(stack).findResources('AWS::Lambda::Function')[FN_ARN['Fn::GetAtt'][0]].Properties;
}

describe('Lambda Insights', () => {
  test('in a stack with a region, the layer is the literal ARN of that region', () => {
    const stack = newStack(US_EAST_1);
    newFunction(stack, { insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_98_0 });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', {
      Layers: ['arn:aws:lambda:us-east-1:580247275435:layer:LambdaInsightsExtension:14'],
    });
  });

  test('an arm64 function gets the arm64 layer', () => {
    const stack = newStack(US_EAST_1);
    newFunction(stack, { insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_119_0, architecture: lambda.Architecture.ARM_64 });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', {
      Layers: ['arn:aws:lambda:us-east-1:580247275435:layer:LambdaInsightsExtension-Arm64:1'],
    });
  });

  test('the role gets the Insights managed policy after the basic execution policy', () => {
    const stack = newStack(US_EAST_1);
    newFunction(stack, { insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_98_0 });
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Role', { ManagedPolicyArns: [BASIC_POLICY_ARN, INSIGHTS_POLICY_ARN] });
  });

  test('a role shared by two functions lists the Insights policy once', () => {
    const stack = newStack();
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    newFunction(stack, { role, insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_98_0 }, 'One');
    newFunction(stack, { role, insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_98_0 }, 'Two');
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Role', { ManagedPolicyArns: [INSIGHTS_POLICY_ARN] });
  });

  test('without a region, the layer is looked up in a mapping shared by the functions of the stack', () => {
    const stack = newStack();
    newFunction(stack, { insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_98_0 }, 'One');
    newFunction(stack, { insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_98_0 }, 'Two');
    const template = Template.fromStack(stack);
    template.resourcePropertiesCountIs('AWS::Lambda::Function', {
      Layers: [{ 'Fn::FindInMap': ['CloudwatchlambdainsightsversionMap', { Ref: 'AWS::Region' }, '1x0x98x0xx86x64'] }],
    }, 2);
    template.hasMapping('CloudwatchlambdainsightsversionMap', {
      'us-east-1': { '1x0x98x0xx86x64': 'arn:aws:lambda:us-east-1:580247275435:layer:LambdaInsightsExtension:14' },
      'cn-north-1': { '1x0x98x0xx86x64': 'arn:aws-cn:lambda:cn-north-1:488211338238:layer:LambdaInsightsExtension:8' },
    });
  });

  test('without a region, a layer published under one account everywhere is an ARN over AWS::Region', () => {
    const stack = newStack();
    newFunction(stack, { insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_135_0, architecture: lambda.Architecture.ARM_64 });
    assert.deepEqual(functionProps(stack).Layers, [
      { 'Fn::Join': ['', ['arn:aws:lambda:', { Ref: 'AWS::Region' }, ':580247275435:layer:LambdaInsightsExtension-Arm64:2']] },
    ]);
    assert.equal(Template.fromStack(stack).toJSON().Mappings, undefined);
  });

  test('fromInsightVersionArn uses the ARN as the layer', () => {
    const arn = 'arn:aws:lambda:us-east-1:580247275435:layer:LambdaInsightsExtension:14';
    const version = lambda.LambdaInsightsVersion.fromInsightVersionArn(arn);
    assert.equal(version.layerVersionArn, arn);
    const stack = newStack();
    newFunction(stack, { insightsVersion: version });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', { Layers: [arn] });
  });

  test('the Insights layer comes after the layers given in props and is a child named LambdaInsightsLayer', () => {
    const stack = newStack(US_EAST_1);
    const user = lambda.LayerVersion.fromLayerVersionArn(stack, 'User', 'arn:aws:lambda:us-east-1:123456789012:layer:user:1');
    const fn = newFunction(stack, { layers: [user], insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_98_0 });
    assert.deepEqual(functionProps(stack).Layers, [
      'arn:aws:lambda:us-east-1:123456789012:layer:user:1',
      'arn:aws:lambda:us-east-1:580247275435:layer:LambdaInsightsExtension:14',
    ]);
    assert.ok(fn.node.tryFindChild('LambdaInsightsLayer'));
  });

  test('the Insights layer counts toward the limit of 5 layers', () => {
    const stack = newStack(US_EAST_1);
    const layers = [1, 2, 3, 4, 5].map(i => lambda.LayerVersion.fromLayerVersionArn(stack, `L${i}`, `arn:aws:lambda:us-east-1:1:layer:l:${i}`));
    assert.throws(() => newFunction(stack, { layers, insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_98_0 }),
      /at most 5 layers.*LambdaInsightsLayer/);
  });

  test('a version never published for the architecture is rejected, even in a stack with a region', () => {
    for (const props of [US_EAST_1, undefined]) {
      assert.throws(() => newFunction(newStack(props), {
        insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_54_0, architecture: lambda.Architecture.ARM_64,
      }), /^ValidationError: \[Stack\/Fn\] Lambda Insights version 1\.0\.54\.0 does not exist for the arm64 architecture in any region/);
    }
  });

  test('a version not published in the stack region is rejected with the region in the message', () => {
    assert.throws(() => newFunction(newStack({ env: { region: 'af-south-1' } }), {
      insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_54_0,
    }), /\[Stack\/Fn\] Lambda Insights version 1\.0\.54\.0 \(x86_64\) is not available in region af-south-1/);
  });

  test('a version published in none of the target partitions is rejected', () => {
    const stack = new Stack(new App({ context: { '@aws-cdk/core:target-partitions': ['aws-cn'] } }), 'Stack');
    assert.throws(() => newFunction(stack, {
      insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_135_0, architecture: lambda.Architecture.ARM_64,
    }), /Lambda Insights version 1\.0\.135\.0 \(arm64\) is not available in any region of the target partitions/);
  });

  test('a container image function gets the policy but no layer (the image carries the extension)', () => {
    const stack = newStack(US_EAST_1);
    new lambda.DockerImageFunction(stack, 'Fn', {
      code: lambda.DockerImageCode.fromEcr(ecr.Repository.fromRepositoryName(stack, 'Repo', 'images')),
      // Not published for arm64 at all: images never look the layer up.
      architecture: lambda.Architecture.ARM_64,
      insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_54_0,
    });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::Function', { Layers: Match.absent(), PackageType: 'Image' });
    template.hasResourceProperties('AWS::IAM::Role', { ManagedPolicyArns: [BASIC_POLICY_ARN, INSIGHTS_POLICY_ARN] });
  });

  test('an imported role is left alone', () => {
    const stack = newStack(US_EAST_1);
    const role = iam.Role.fromRoleArn(stack, 'Role', 'arn:aws:iam::123456789012:role/existing', { mutable: false });
    newFunction(stack, { role, insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_98_0 });
    Template.fromStack(stack).resourceCountIs('AWS::IAM::Role', 0);
  });

  test('layerVersionArn of a published version resolves in the stack that uses it', () => {
    const app = new App();
    const regional = new Stack(app, 'Regional', US_EAST_1);
    const agnostic = new Stack(app, 'Agnostic');
    const arn = lambda.LambdaInsightsVersion.VERSION_1_0_98_0.layerVersionArn;
    assert.equal(regional.resolve(arn), 'arn:aws:lambda:us-east-1:580247275435:layer:LambdaInsightsExtension:14');
    new CfnOutput(agnostic, 'Arn', { value: arn });
    const template = Template.fromStack(agnostic);
    template.hasOutput('Arn', { Value: { 'Fn::FindInMap': ['CloudwatchlambdainsightsversionMap', { Ref: 'AWS::Region' }, '1x0x98x0xx86x64'] } });
    template.hasMapping('CloudwatchlambdainsightsversionMap', { 'eu-west-1': Match.anyValue() });
  });

  test('every listed version is published for x86_64 in us-east-1', () => {
    const versions = Object.entries(lambda.LambdaInsightsVersion).filter(([name]) => name.startsWith('VERSION_'));
    assert.equal(versions.length, 17);
    const stack = newStack(US_EAST_1);
    for (const [name, version] of versions) {
      assert.match(stack.resolve((version as lambda.LambdaInsightsVersion).layerVersionArn),
        /^arn:aws:lambda:us-east-1:580247275435:layer:LambdaInsightsExtension:\d+$/, name);
    }
  });
});
