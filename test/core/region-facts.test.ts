import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { App, Stack } from '../../src/core';
import {
  factMappingId, factMappingKey, knownRegions, partitionOf, regionalFact, regionTableLookup, standardFact,
  standardRegionalFact,
} from '../../src/core/region-facts';
import { Template } from '../../src/assertions';

const REGION = { Ref: 'AWS::Region' };

function newStack(region?: string, context?: { [key: string]: any }): Stack {
  return new Stack(new App({ context }), 'Stack', region ? { env: { region } } : undefined);
}

/** A fact known in three regions, with three different values. */
const THREE: { [region: string]: string } = { 'us-east-1': 'one', 'eu-west-1': 'two', 'cn-north-1': 'three' };
const three = (region: string) => THREE[region];

describe('standard facts (recorded from aws-cdk-lib 2.276.0)', () => {
  test('knows the 47 regions aws-cdk-lib knows, sorted', () => {
    const regions = knownRegions();
    assert.equal(regions.length, 47);
    assert.equal(regions[0], 'af-south-1');
    assert.equal(regions[regions.length - 1], 'us-west-2');
    assert.deepEqual([...regions].sort(), regions);
  });

  test('knows the partition of every region', () => {
    assert.equal(partitionOf('us-east-1'), 'aws');
    assert.equal(partitionOf('cn-northwest-1'), 'aws-cn');
    assert.equal(partitionOf('us-gov-west-1'), 'aws-us-gov');
    assert.equal(partitionOf('us-isob-east-1'), 'aws-iso-b');
    assert.equal(partitionOf('eusc-de-east-1'), 'aws-eusc');
    assert.equal(partitionOf('xx-mars-1'), undefined);
  });

  test('spot checks: domain suffix, latest Node.js runtime, opt-in regions', () => {
    assert.equal(standardFact('cn-north-1', 'domainSuffix'), 'amazonaws.com.cn');
    assert.equal(standardFact('us-iso-east-1', 'domainSuffix'), 'c2s.ic.gov');
    assert.equal(standardFact('eu-west-1', 'latestNodeRuntime'), 'nodejs24.x');
    assert.equal(standardFact('af-south-1', 'aws:is-opt-in-region'), 'YES');
    assert.equal(standardFact('us-east-1', 'aws:is-opt-in-region'), 'NO');
    assert.equal(standardFact('us-east-1', 'no-such-fact'), undefined);
  });
});

describe('mapping names', () => {
  test('the mapping ID is the part before the first colon, capitalized, followed by Map', () => {
    assert.equal(factMappingId('cloudwatch-lambda-insights-version:1_0_98_0_x86_64'), 'Cloudwatch-lambda-insights-versionMap');
    assert.equal(factMappingId('partition'), 'PartitionMap');
    assert.equal(factMappingId('aws:is-opt-in-region'), 'AwsMap');
  });

  test('the key is the part after the first colon with non-alphanumerics as x, or value', () => {
    assert.equal(factMappingKey('cloudwatch-lambda-insights-version:1_0_98_0_x86_64'), '1x0x98x0xx86x64');
    assert.equal(factMappingKey('params-and-secrets-layer:1_0_103_arm64'), '1x0x103xarm64');
    assert.equal(factMappingKey('cdk:metadata-resource:available'), 'metadataxresource');
    assert.equal(factMappingKey('latestNodeRuntime'), 'value');
  });
});

describe('regionalFact in a stack with a concrete region', () => {
  test('is the literal value of that region', () => {
    const stack = newStack('eu-west-1');
    assert.equal(regionalFact(stack, 'my-fact:k', three), 'two');
    assert.deepEqual(Template.fromStack(stack).toJSON().Mappings, undefined);
  });

  test('is the default value when the region has none', () => {
    assert.equal(regionalFact(newStack('xx-mars-1'), 'my-fact:k', three, { defaultValue: 'dflt' }), 'dflt');
  });

  test('fails naming the fact and the region when the region has none and there is no default', () => {
    assert.throws(() => regionalFact(newStack('xx-mars-1'), 'my-fact:k', three),
      /\[Stack\] region-info: don't know my-fact:k for region xx-mars-1/);
  });

  test('fails with the caller\'s message when given one', () => {
    assert.throws(() => regionalFact(newStack('ap-south-2'), 'cloudwatch-lambda-insights-version:1_0_98_0_x86_64', three, {
      missingInRegion: region => `Insights version 1.0.98.0 is not supported in region ${region}`,
    }), /Insights version 1\.0\.98\.0 is not supported in region ap-south-2/);
  });
});

describe('regionalFact in an environment-agnostic stack', () => {
  test('is a FindInMap over a mapping named after the fact when regions disagree', () => {
    const stack = newStack();
    const value = regionalFact(stack, 'cloudwatch-lambda-insights-version:1_0_98_0_x86_64', three);
    assert.deepEqual(stack.resolve(value), { 'Fn::FindInMap': ['CloudwatchlambdainsightsversionMap', REGION, '1x0x98x0xx86x64'] });
    assert.deepEqual(Template.fromStack(stack).toJSON().Mappings, {
      CloudwatchlambdainsightsversionMap: {
        'cn-north-1': { '1x0x98x0xx86x64': 'three' },
        'eu-west-1': { '1x0x98x0xx86x64': 'two' },
        'us-east-1': { '1x0x98x0xx86x64': 'one' },
      },
    });
  });

  test('lists only the regions that have a value, and keys the mapping under the stack', () => {
    const stack = newStack();
    regionalFact(stack, 'my-fact:k', three);
    const mapping = stack.node.tryFindChild('My-factMap');
    assert.ok(mapping, 'the mapping is a child of the stack named after the fact');
    assert.deepEqual(Object.keys(Template.fromStack(stack).toJSON().Mappings.MyfactMap), ['cn-north-1', 'eu-west-1', 'us-east-1']);
  });

  test('shares one mapping between facts with the same prefix and between repeated lookups', () => {
    const stack = newStack();
    regionalFact(stack, 'params-and-secrets-layer:1_0_103_x86_64', three);
    regionalFact(stack, 'params-and-secrets-layer:1_0_103_x86_64', three);
    regionalFact(stack, 'params-and-secrets-layer:1_0_103_arm64', region => (region === 'us-east-1' ? 'a' : 'b'));
    assert.deepEqual(Template.fromStack(stack).toJSON().Mappings.ParamsandsecretslayerMap['us-east-1'], { '1x0x103xx86x64': 'one', '1x0x103xarm64': 'a' });
  });

  test('is the literal when every region has the same value', () => {
    const stack = newStack();
    assert.equal(regionalFact(stack, 'my-fact:k', () => 'same'), 'same');
    assert.equal(Template.fromStack(stack).toJSON().Mappings, undefined);
  });

  test('is one string over AWS::Region when values differ only by the region name', () => {
    const stack = newStack();
    const value = regionalFact(stack, 'insights:k', region => (region.startsWith('us-') ? `arn:aws:lambda:${region}:580247275435:layer:L:2` : undefined));
    assert.deepEqual(stack.resolve(value), { 'Fn::Join': ['', ['arn:aws:lambda:', REGION, ':580247275435:layer:L:2']] });
    assert.equal(Template.fromStack(stack).toJSON().Mappings, undefined);
  });

  test('a value known in one region only that names it becomes a string over AWS::Region', () => {
    const stack = newStack();
    const value = regionalFact(stack, 'solo:k', region => (region === 'us-east-1' ? 'a-us-east-1-b' : undefined));
    assert.deepEqual(stack.resolve(value), { 'Fn::Join': ['', ['a-', REGION, '-b']] });
  });

  test('keeps the literal when values agree although one of them names its region', () => {
    const stack = newStack();
    const value = regionalFact(stack, 'mixed:k', region => (region === 'us-east-1' || region === 'eu-west-1' ? 'us-east-1' : undefined));
    assert.equal(value, 'us-east-1');
  });

  test('is the default when no region has a value, and fails without one', () => {
    assert.equal(regionalFact(newStack(), 'foo:bar', () => undefined, { defaultValue: 'dflt' }), 'dflt');
    assert.throws(() => regionalFact(newStack(), 'foo:bar', () => undefined), /don't have any information for foo:bar/);
  });

  test('ignores the default when some regions have values', () => {
    const stack = newStack();
    assert.deepEqual(stack.resolve(regionalFact(stack, 'my-fact:k', three, { defaultValue: 'dflt' })),
      { 'Fn::FindInMap': ['MyfactMap', REGION, 'k'] });
  });

  test('covers only the regions of the target partitions when the context names them', () => {
    const stack = newStack(undefined, { '@aws-cdk/core:target-partitions': ['aws-cn'] });
    assert.equal(regionalFact(stack, 'my-fact:k', three), 'three');
  });

  test('refuses a target-partitions context value that is not a list of strings', () => {
    const stack = newStack(undefined, { '@aws-cdk/core:target-partitions': 'aws' });
    assert.throws(() => regionalFact(stack, 'my-fact:k', three),
      /Context value '@aws-cdk\/core:target-partitions' should be a list of strings, got: "aws"/);
  });
});

describe('standardRegionalFact (Stack.regionalFact)', () => {
  test('the latest Node.js runtime is nodejs24.x everywhere, so a literal even when environment-agnostic', () => {
    assert.equal(standardRegionalFact(newStack(), 'latestNodeRuntime'), 'nodejs24.x');
    assert.equal(standardRegionalFact(newStack('us-east-1'), 'latestNodeRuntime'), 'nodejs24.x');
  });

  test('the partition of an environment-agnostic stack is a PartitionMap lookup over all 47 regions', () => {
    const stack = newStack();
    assert.deepEqual(stack.resolve(standardRegionalFact(stack, 'partition')), { 'Fn::FindInMap': ['PartitionMap', REGION, 'value'] });
    const mapping = Template.fromStack(stack).toJSON().Mappings.PartitionMap;
    assert.equal(Object.keys(mapping).length, 47);
    assert.deepEqual(mapping['cn-north-1'], { value: 'aws-cn' });
  });

  test('the partition is a literal when the target partitions leave one', () => {
    assert.equal(standardRegionalFact(newStack(undefined, { '@aws-cdk/core:target-partitions': ['aws'] }), 'partition'), 'aws');
  });

  test('the domain suffix of an environment-agnostic stack is AWS::URLSuffix where partitions disagree', () => {
    const stack = newStack();
    assert.deepEqual(stack.resolve(standardRegionalFact(stack, 'domainSuffix')), { Ref: 'AWS::URLSuffix' });
    assert.equal(Template.fromStack(stack).toJSON().Mappings, undefined);
    assert.equal(standardRegionalFact(newStack(undefined, { '@aws-cdk/core:target-partitions': ['aws-cn'] }), 'domainSuffix'), 'amazonaws.com.cn');
    assert.equal(standardRegionalFact(newStack('cn-north-1'), 'domainSuffix'), 'amazonaws.com.cn');
  });

  test('an unknown fact is the default value, or an error', () => {
    assert.equal(standardRegionalFact(newStack(), 'foo:bar', 'dflt'), 'dflt');
    assert.throws(() => standardRegionalFact(newStack('us-east-1'), 'foo:bar'), /don't know foo:bar for region us-east-1/);
  });
});

describe('regionTableLookup', () => {
  const table = {
    'arn:aws:lambda:{region}:580247275435:layer:LambdaInsightsExtension:14': 'us-east-1 eu-west-1',
    'arn:aws-cn:lambda:{region}:488211338238:layer:LambdaInsightsExtension:8': 'cn-north-1',
  };

  test('expands the template of the line that lists the region', () => {
    const lookup = regionTableLookup(table);
    assert.equal(lookup('eu-west-1'), 'arn:aws:lambda:eu-west-1:580247275435:layer:LambdaInsightsExtension:14');
    assert.equal(lookup('cn-north-1'), 'arn:aws-cn:lambda:cn-north-1:488211338238:layer:LambdaInsightsExtension:8');
  });

  test('is undefined for a region not listed, and for a missing table', () => {
    assert.equal(regionTableLookup(table)('ap-south-2'), undefined);
    assert.equal(regionTableLookup(undefined)('us-east-1'), undefined);
  });
});
