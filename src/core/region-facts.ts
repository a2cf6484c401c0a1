/**
 * Region facts: values that depend on the region a stack deploys to (a partition, the latest Node.js runtime, the
 * ARN of a Lambda extension layer, ...).
 *
 * In a stack with a concrete region a fact is a literal. In an environment-agnostic stack the regions of the target
 * partitions that have a value are compared: when the values are the same once each region's own name is taken out
 * (an ARN in every region), the result is that string over `AWS::Region`; when they are simply the same, the
 * literal; otherwise a `Fn::FindInMap` over a `CfnMapping` that lists the fact per region. The mapping's construct
 * ID and second-level key come from the fact's name, as aws-cdk-lib names them:
 * `cloudwatch-lambda-insights-version:1_0_98_0_x86_64` becomes the mapping `CloudwatchlambdainsightsversionMap`
 * with the key `1x0x98x0xx86x64`.
 *
 * The standard facts (partition, domain suffix, latest Node.js runtime, ...) are recorded from aws-cdk-lib by
 * `scripts/region-data/dump.js` into the generated block at the end of this file; other modules keep their own
 * tables (the Lambda layer ARNs live in `aws-lambda/data/`) and pass a lookup function.
 */
import type { IConstruct } from 'constructs';
import { CfnMapping } from './cfn/cfn-mapping';
import { Aws } from './cfn/pseudo';
import { findStack } from './cfn/stack-lookup';
import { ValidationError } from './errors';
import { Token } from './tokens/token';

/** The context key that narrows environment-agnostic lookups to the regions of some partitions (e.g. `["aws"]`). */
export const TARGET_PARTITIONS_CONTEXT = '@aws-cdk/core:target-partitions';

/** A region's value for a fact, or undefined when the region has none. */
export type RegionalValue = (region: string) => string | undefined;

/** How `regionalFact` behaves when a region has no value. */
export interface RegionalFactOptions {
  /**
   * The value when the stack's (concrete) region has no value, or when no target region has one.
   * @default - an error
   */
  readonly defaultValue?: string;
  /**
   * The error message when the stack's concrete region has no value (and there is no default).
   * @default - "region-info: don't know <fact> for region <region>"
   */
  readonly missingInRegion?: (region: string) => string;
  /**
   * The error message when no target region has a value (and there is no default).
   * @default - "region-info: don't have any information for <fact>"
   */
  readonly missingEverywhere?: () => string;
  /**
   * The value to use when the target regions disagree, instead of a mapping (a pseudo parameter that says the same).
   * @default - a `Fn::FindInMap` on a mapping for the fact
   */
  readonly insteadOfMapping?: string;
}

/**
 * The value of a fact for the region of `scope`'s stack: a literal when the region is concrete or when all target
 * regions agree, one string over `AWS::Region` when they differ only by their own names, otherwise a
 * `Fn::FindInMap` on the stack's mapping for the fact (created or extended here).
 *
 * @param factName names the fact, `<mapping>:<key>` (see the file comment); a name without `:` uses the key `value`
 * @param valueFor the value in a region, or undefined when that region has none
 */
export function regionalFact(scope: IConstruct, factName: string, valueFor: RegionalValue, options: RegionalFactOptions = {}): string {
  const stack = findStack(scope);
  const region: string = stack.region;
  if (!Token.isUnresolved(region)) {
    const value = valueFor(region);
    if (value !== undefined) { return value; }
    if (options.defaultValue !== undefined) { return options.defaultValue; }
    throw new ValidationError(options.missingInRegion?.(region)
      ?? `region-info: don't know ${factName} for region ${region}; pass a default value, or deploy to a region that has it`, scope);
  }

  const values = new Map<string, string>();
  for (const target of targetRegions(stack)) {
    const value = valueFor(target);
    if (value !== undefined) { values.set(target, value); }
  }
  if (values.size === 0) {
    if (options.defaultValue !== undefined) { return options.defaultValue; }
    throw new ValidationError(options.missingEverywhere?.()
      ?? `region-info: don't have any information for ${factName}; pass a default value, or add partitions to the '${TARGET_PARTITIONS_CONTEXT}' context value`, scope);
  }
  // Values that differ only by the region's own name (an ARN in every region) become one string over AWS::Region.
  const templates = new Set<string>();
  for (const [target, value] of values) { templates.add(value.split(target).join(REGION_PLACEHOLDER)); }
  if (templates.size === 1) { return (templates.values().next().value as string).split(REGION_PLACEHOLDER).join(Aws.REGION); }
  const distinct = new Set(values.values());
  if (distinct.size === 1) { return distinct.values().next().value as string; }
  if (options.insteadOfMapping !== undefined) { return options.insteadOfMapping; }

  const mappingId = factMappingId(factName);
  const key = factMappingKey(factName);
  const existing = stack.node.tryFindChild(mappingId);
  if (existing !== undefined && !(existing instanceof CfnMapping)) {
    throw new ValidationError(`regionalFact: the stack already has a construct named '${mappingId}' that is not a CfnMapping; it cannot hold the fact ${factName}`, scope);
  }
  const mapping = existing ?? new CfnMapping(stack, mappingId);
  for (const [target, value] of values) { mapping.setValue(target, key, value); }
  return mapping.findInMap(Aws.REGION, key);
}

/**
 * `Stack.regionalFact(factName, defaultValue)` over the standard facts. Where the target partitions disagree on the
 * domain suffix it is the `AWS::URLSuffix` pseudo parameter rather than a mapping.
 */
export function standardRegionalFact(scope: IConstruct, factName: string, defaultValue?: string): string {
  const insteadOfMapping = factName === DOMAIN_SUFFIX_FACT ? Aws.URL_SUFFIX : undefined;
  return regionalFact(scope, factName, region => standardFact(region, factName), { defaultValue, insteadOfMapping });
}

/** A standard fact's value in a region (aws-cdk-lib's `Fact.find`), or undefined when it is not known. */
export function standardFact(region: string, factName: string): string | undefined {
  return standardFactIndex().get(factName)?.get(region);
}

/** Every region this library knows, sorted. */
export function knownRegions(): readonly string[] {
  if (!allRegions) {
    allRegions = [...(standardFactIndex().get(PARTITION_FACT)?.keys() ?? [])].sort();
  }
  return allRegions;
}

/** The partition of a known region (`aws`, `aws-cn`, ...), or undefined. */
export function partitionOf(region: string): string | undefined {
  return standardFact(region, PARTITION_FACT);
}

/**
 * The ID of the mapping that holds a fact in environment-agnostic stacks: the part of the name before the first `:`,
 * its first letter upper-cased, followed by `Map` (the logical ID then drops the characters it cannot hold).
 */
export function factMappingId(factName: string): string {
  const head = factName.split(':')[0];
  return `${head.charAt(0).toUpperCase()}${head.slice(1)}Map`;
}

/** The second-level key of a fact in its mapping: the part after the first `:`, non-alphanumerics as `x`. */
export function factMappingKey(factName: string): string {
  const parts = factName.split(':');
  return parts.length > 1 ? parts[1].replace(/[^a-zA-Z0-9]/g, 'x') : 'value';
}

/**
 * A lookup over a compact table of region values, `{ "<value, region written {region}>": "<regions, space separated>" }`
 * (the shape `scripts/region-data/dump.js` writes). The table is indexed on the first lookup.
 */
export function regionTableLookup(table: { readonly [template: string]: string } | undefined): RegionalValue {
  let index: Map<string, string> | undefined;
  return (region: string) => {
    if (!table) { return undefined; }
    if (!index) {
      index = new Map();
      for (const [template, regions] of Object.entries(table)) {
        for (const r of regions.split(' ')) { index.set(r, template.split('{region}').join(r)); }
      }
    }
    return index.get(region);
  };
}

/** The regions an environment-agnostic lookup covers: those of the target partitions, or all known regions. */
function targetRegions(stack: IConstruct): readonly string[] {
  const partitions = stack.node.tryGetContext(TARGET_PARTITIONS_CONTEXT);
  if (partitions === undefined) { return knownRegions(); }
  if (!Array.isArray(partitions) || partitions.some(p => typeof p !== 'string')) {
    throw new ValidationError(`Context value '${TARGET_PARTITIONS_CONTEXT}' should be a list of strings, got: ${JSON.stringify(partitions)}`, stack);
  }
  return knownRegions().filter(r => partitions.includes(partitionOf(r)));
}

const PARTITION_FACT = 'partition';
/** Stands for the region's name while values are compared (a character no fact value contains). */
const REGION_PLACEHOLDER = '\u0000';
const DOMAIN_SUFFIX_FACT = 'domainSuffix';
let allRegions: string[] | undefined;
let factIndex: Map<string, Map<string, string>> | undefined;

function standardFactIndex(): Map<string, Map<string, string>> {
  if (!factIndex) {
    factIndex = new Map();
    for (const [fact, byValue] of Object.entries(STANDARD_FACTS)) {
      const perRegion = new Map<string, string>();
      for (const [value, regions] of Object.entries(byValue)) {
        for (const r of regions.split(' ')) { perRegion.set(r, value); }
      }
      factIndex.set(fact, perRegion);
    }
  }
  return factIndex;
}

// BEGIN GENERATED REGION FACTS (generated by scripts/region-data/dump.js from aws-cdk-lib 2.276.0; do not edit)
/** Standard region facts, as { fact: { value: space-separated regions } }. */
const STANDARD_FACTS: { readonly [fact: string]: { readonly [value: string]: string } } = {
  'partition': {
    'aws': 'af-south-1 ap-east-1 ap-east-2 ap-northeast-1 ap-northeast-2 ap-northeast-3 ap-south-1 ap-south-2 ap-southeast-1 ap-southeast-2 ap-southeast-3 ap-southeast-4 ap-southeast-5 ap-southeast-6 ap-southeast-7 ca-central-1 ca-west-1 eu-central-1 eu-central-2 eu-north-1 eu-south-1 eu-south-2 eu-west-1 eu-west-2 eu-west-3 il-central-1 me-central-1 me-south-1 me-west-1 mx-central-1 sa-east-1 us-east-1 us-east-2 us-west-1 us-west-2',
    'aws-cn': 'cn-north-1 cn-northwest-1',
    'aws-eusc': 'eusc-de-east-1',
    'aws-iso': 'us-iso-east-1 us-iso-west-1',
    'aws-iso-b': 'us-isob-east-1 us-isob-west-1',
    'aws-iso-e': 'eu-isoe-west-1',
    'aws-iso-f': 'us-isof-east-1 us-isof-south-1',
    'aws-us-gov': 'us-gov-east-1 us-gov-west-1',
  },
  'domainSuffix': {
    'amazonaws.com': 'af-south-1 ap-east-1 ap-east-2 ap-northeast-1 ap-northeast-2 ap-northeast-3 ap-south-1 ap-south-2 ap-southeast-1 ap-southeast-2 ap-southeast-3 ap-southeast-4 ap-southeast-5 ap-southeast-6 ap-southeast-7 ca-central-1 ca-west-1 eu-central-1 eu-central-2 eu-north-1 eu-south-1 eu-south-2 eu-west-1 eu-west-2 eu-west-3 il-central-1 me-central-1 me-south-1 me-west-1 mx-central-1 sa-east-1 us-east-1 us-east-2 us-gov-east-1 us-gov-west-1 us-west-1 us-west-2',
    'amazonaws.com.cn': 'cn-north-1 cn-northwest-1',
    'amazonaws.eu': 'eusc-de-east-1',
    'c2s.ic.gov': 'us-iso-east-1 us-iso-west-1',
    'cloud.adc-e.uk': 'eu-isoe-west-1',
    'csp.hci.ic.gov': 'us-isof-east-1 us-isof-south-1',
    'sc2s.sgov.gov': 'us-isob-east-1 us-isob-west-1',
  },
  'latestNodeRuntime': {
    'nodejs24.x': 'af-south-1 ap-east-1 ap-east-2 ap-northeast-1 ap-northeast-2 ap-northeast-3 ap-south-1 ap-south-2 ap-southeast-1 ap-southeast-2 ap-southeast-3 ap-southeast-4 ap-southeast-5 ap-southeast-6 ap-southeast-7 ca-central-1 ca-west-1 cn-north-1 cn-northwest-1 eu-central-1 eu-central-2 eu-isoe-west-1 eu-north-1 eu-south-1 eu-south-2 eu-west-1 eu-west-2 eu-west-3 eusc-de-east-1 il-central-1 me-central-1 me-south-1 me-west-1 mx-central-1 sa-east-1 us-east-1 us-east-2 us-gov-east-1 us-gov-west-1 us-iso-east-1 us-iso-west-1 us-isob-east-1 us-isob-west-1 us-isof-east-1 us-isof-south-1 us-west-1 us-west-2',
  },
  'aws:is-opt-in-region': {
    'NO': 'ap-northeast-1 ap-northeast-2 ap-northeast-3 ap-south-1 ap-southeast-1 ap-southeast-2 ca-central-1 cn-north-1 cn-northwest-1 eu-central-1 eu-isoe-west-1 eu-north-1 eu-west-1 eu-west-2 eu-west-3 eusc-de-east-1 sa-east-1 us-east-1 us-east-2 us-gov-east-1 us-gov-west-1 us-iso-east-1 us-iso-west-1 us-isob-east-1 us-isob-west-1 us-isof-east-1 us-isof-south-1 us-west-1 us-west-2',
    'YES': 'af-south-1 ap-east-1 ap-east-2 ap-south-2 ap-southeast-3 ap-southeast-4 ap-southeast-5 ap-southeast-6 ap-southeast-7 ca-west-1 eu-central-2 eu-south-1 eu-south-2 il-central-1 me-central-1 me-south-1 me-west-1 mx-central-1',
  },
  'cdk:metadata-resource:available': {
    'NO': 'ap-east-2 ap-southeast-5 ap-southeast-6 ap-southeast-7 eu-isoe-west-1 eusc-de-east-1 me-west-1 mx-central-1 us-gov-east-1 us-gov-west-1 us-iso-east-1 us-iso-west-1 us-isob-east-1 us-isob-west-1 us-isof-east-1 us-isof-south-1',
    'YES': 'af-south-1 ap-east-1 ap-northeast-1 ap-northeast-2 ap-northeast-3 ap-south-1 ap-south-2 ap-southeast-1 ap-southeast-2 ap-southeast-3 ap-southeast-4 ca-central-1 ca-west-1 cn-north-1 cn-northwest-1 eu-central-1 eu-central-2 eu-north-1 eu-south-1 eu-south-2 eu-west-1 eu-west-2 eu-west-3 il-central-1 me-central-1 me-south-1 sa-east-1 us-east-1 us-east-2 us-west-1 us-west-2',
  },
};
// END GENERATED REGION FACTS
