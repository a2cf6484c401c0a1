import { Aws, CfnMapping, Stack, Token } from '../../core';

// Facts about regions the bucket URLs need: the DNS suffix of each region and the style of its static website
// endpoint. The region list is the one aws-cdk-lib 2.276 knows; the S3staticwebsiteMap mapping it renders for
// an environment-agnostic stack lists exactly these regions.

/** DNS suffixes other than amazonaws.com, with the regions that use them. */
const OTHER_SUFFIXES: Record<string, string[]> = {
  'amazonaws.com.cn': ['cn-north-1', 'cn-northwest-1'],
  'amazonaws.eu': ['eusc-de-east-1'],
  'c2s.ic.gov': ['us-iso-east-1', 'us-iso-west-1'],
  'cloud.adc-e.uk': ['eu-isoe-west-1'],
  'csp.hci.ic.gov': ['us-isof-east-1', 'us-isof-south-1'],
  'sc2s.sgov.gov': ['us-isob-east-1', 'us-isob-west-1'],
};

/** Regions whose website endpoint is `s3-website-<region>` (the older, dash style). */
const DASH_STYLE_WEBSITE_REGIONS: ReadonlySet<string> = new Set([
  'ap-northeast-1',
  'ap-southeast-1',
  'ap-southeast-2',
  'eu-west-1',
  'sa-east-1',
  'us-east-1',
  'us-gov-west-1',
  'us-west-1',
  'us-west-2',
]);

/** Every region known, sorted. */
const KNOWN_REGIONS: readonly string[] = [
  'af-south-1', 'ap-east-1', 'ap-east-2', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-south-1',
  'ap-south-2', 'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-4', 'ap-southeast-5',
  'ap-southeast-6', 'ap-southeast-7', 'ca-central-1', 'ca-west-1', 'cn-north-1', 'cn-northwest-1', 'eu-central-1',
  'eu-central-2', 'eu-isoe-west-1', 'eu-north-1', 'eu-south-1', 'eu-south-2', 'eu-west-1', 'eu-west-2', 'eu-west-3',
  'eusc-de-east-1', 'il-central-1', 'me-central-1', 'me-south-1', 'me-west-1', 'mx-central-1', 'sa-east-1',
  'us-east-1', 'us-east-2', 'us-gov-east-1', 'us-gov-west-1', 'us-iso-east-1', 'us-iso-west-1', 'us-isob-east-1',
  'us-isob-west-1', 'us-isof-east-1', 'us-isof-south-1', 'us-west-1', 'us-west-2',
];

const REGION_SUFFIX = new Map<string, string>();
for (const region of KNOWN_REGIONS) { REGION_SUFFIX.set(region, 'amazonaws.com'); }
for (const [suffix, regions] of Object.entries(OTHER_SUFFIXES)) {
  for (const region of regions) { REGION_SUFFIX.set(region, suffix); }
}

const WEBSITE_MAPPING_ID = 'S3staticwebsiteMap';

/** The DNS suffix of a region (`amazonaws.com`, ...): a literal for a known region, else the AWS::URLSuffix token. */
export function urlSuffixOf(region: string): string {
  return (!Token.isUnresolved(region) && REGION_SUFFIX.get(region)) || Aws.URL_SUFFIX;
}

/**
 * The S3 static website endpoint of a region. A known region gets its literal endpoint, an unknown literal region
 * the current style; a token region looks it up in the `S3staticwebsiteMap` mapping added to the stack.
 */
export function staticWebsiteEndpointOf(stack: Stack, region: string): string {
  if (Token.isUnresolved(region)) {
    return websiteMapping(stack).findInMap(region, 'endpoint');
  }
  return websiteEndpointOfKnown(region) ?? `s3-website.${region}.${Aws.URL_SUFFIX}`;
}

function websiteEndpointOfKnown(region: string): string | undefined {
  const suffix = REGION_SUFFIX.get(region);
  if (!suffix) { return undefined; }
  return DASH_STYLE_WEBSITE_REGIONS.has(region) ? `s3-website-${region}.${suffix}` : `s3-website.${region}.${suffix}`;
}

function websiteMapping(stack: Stack): CfnMapping {
  const existing = stack.node.tryFindChild(WEBSITE_MAPPING_ID);
  if (existing) { return existing as CfnMapping; }
  const mapping: { [region: string]: { [key: string]: string } } = {};
  for (const region of KNOWN_REGIONS) {
    mapping[region] = { endpoint: websiteEndpointOfKnown(region)! };
  }
  return new CfnMapping(stack, WEBSITE_MAPPING_ID, { mapping });
}
