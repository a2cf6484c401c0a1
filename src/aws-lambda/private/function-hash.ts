import { digestOf } from '../../core/digest';
import { renderedResource } from '../../core/synth/template-renderer';
import { CfnResource, FeatureFlags, Stack, Token, ValidationError } from '../../core';
import type { ILayerVersion } from '../layers';
import type { Runtime } from '../runtime';

/*
 * The logical ID of `fn.currentVersion` ends with an MD5 of the function's version-relevant configuration, so that
 * CloudFormation creates a new AWS::Lambda::Version exactly when aws-cdk-lib would. Everything here was learned from
 * aws-cdk-lib's outputs (see the golden table in test/aws-lambda/current-version-hash.test.ts):
 *
 *   hash = md5hex(config + layerPart + mixins.join(''))
 *
 * config, with `@aws-cdk/aws-lambda:recognizeVersionProps` (the v2 default): JSON of the rendered function
 *   Properties (resolved, overrides merged) keeping only version-locked ones, keys in VERSION_PROPERTY_ORDER then
 *   the rest sorted; a property nobody classified fails synthesis unless its value is null.
 * config without it: JSON of `{"Resources":{"<fnLogicalId>":<whole rendered resource>}}`, Properties ordered the
 *   same way but none dropped (so Tags, DependsOn, Metadata... all count).
 * layerPart, only with `@aws-cdk/aws-lambda:recognizeLayerVersion`: md5hex of the JSON of one entry per layer in
 *   construct-path order (see layerFingerprint); '' without the flag.
 * mixins: the strings given to `fn.invalidateVersionBasedOn()`, in call order.
 */

const RECOGNIZE_VERSION_PROPS_FLAG = '@aws-cdk/aws-lambda:recognizeVersionProps';
const RECOGNIZE_LAYER_VERSION_FLAG = '@aws-cdk/aws-lambda:recognizeLayerVersion';

/**
 * Whether changing each AWS::Lambda::Function property needs a new version (true), or applies to published versions
 * in place (false). `Function.classifyVersionProperty` adds to it, for the whole process.
 */
const VERSION_LOCKED: Record<string, boolean> = {
  Architectures: true,
  CapacityProviderConfig: true,
  Code: true,
  DeadLetterConfig: true,
  Description: true,
  DurableConfig: true,
  Environment: true,
  EphemeralStorage: true,
  FileSystemConfigs: true,
  FunctionName: true,
  FunctionScalingConfig: true,
  Handler: true,
  ImageConfig: true,
  KmsKeyArn: true,
  Layers: true,
  LoggingConfig: true,
  MemorySize: true,
  PackageType: true,
  PublishToLatestPublished: true,
  RecursiveLoop: true,
  Role: true,
  Runtime: true,
  RuntimeManagementConfig: true,
  SnapStart: true,
  Timeout: true,
  TracingConfig: true,
  VpcConfig: true,

  CodeSigningConfigArn: false,
  ReservedConcurrentExecutions: false,
  Tags: false,
  TenancyConfig: false,
};

/** The fixed key order of the hashed function properties; keys not listed follow, sorted. */
const VERSION_PROPERTY_ORDER = [
  'Code', 'Handler', 'Role', 'Runtime', 'Architectures', 'CodeSigningConfigArn', 'DeadLetterConfig', 'Description',
  'Environment', 'EphemeralStorage', 'FileSystemConfigs', 'FunctionName', 'ImageConfig', 'KmsKeyArn', 'Layers',
  'MemorySize', 'PackageType', 'ReservedConcurrentExecutions', 'RuntimeManagementConfig', 'SnapStart', 'Tags',
  'Timeout', 'TracingConfig', 'VpcConfig',
];

/** The fixed key order of a hashed layer's properties; keys not listed follow, sorted. */
const LAYER_PROPERTY_ORDER = [
  'Content', 'CompatibleArchitectures', 'CompatibleRuntimes', 'Description', 'LayerName', 'LicenseInfo',
];

/** Record whether a (new or overridden) function property is version-locked, for every function of the process. */
export function classifyVersionProperty(propertyName: string, locked: boolean): void {
  VERSION_LOCKED[propertyName] = locked;
}

/** What the hash of a function is computed from. */
export interface FunctionHashInputs {
  /** The AWS::Lambda::Function resource. */
  readonly resource: CfnResource;
  /** The function's layers, in the order they are rendered. */
  readonly layers: readonly ILayerVersion[];
  /** The strings given to `invalidateVersionBasedOn`, joined. */
  readonly mixins: string;
}

/** The MD5 (hex) that names the current version of a function: see the algorithm at the top of this file. */
export function calculateFunctionHash(inputs: FunctionHashInputs): string {
  const { resource } = inputs;
  const rendered = renderedResource(resource) ?? {};
  const properties: Record<string, unknown> = rendered.Properties ?? {};

  let config: string;
  if (FeatureFlags.of(resource).isEnabled(RECOGNIZE_VERSION_PROPS_FLAG)) {
    config = JSON.stringify(orderKeys(versionLockedProperties(resource, properties), VERSION_PROPERTY_ORDER));
  } else {
    // Spread then replace: Properties keeps its place among the resource's keys.
    const whole = { ...rendered, Properties: orderKeys(properties, VERSION_PROPERTY_ORDER) };
    config = JSON.stringify({ Resources: { [resource.resolvedLogicalId]: whole } });
  }

  const layerPart = FeatureFlags.of(resource).isEnabled(RECOGNIZE_LAYER_VERSION_FLAG)
    ? md5(JSON.stringify(layerFingerprint(resource, inputs.layers)))
    : '';

  return md5(config + layerPart + inputs.mixins);
}

/** Keep the end of a logical ID so that the hash appended to it fits in CloudFormation's 255 characters. */
export function trimFromStart(s: string, maxLength: number): string {
  return s.length <= maxLength ? s : s.slice(s.length - maxLength);
}

function versionLockedProperties(resource: CfnResource, properties: Record<string, unknown>): Record<string, unknown> {
  const locked: Record<string, unknown> = {};
  const unclassified: string[] = [];
  for (const [key, value] of Object.entries(properties)) {
    const classification = VERSION_LOCKED[key];
    if (classification === true) {
      locked[key] = value;
    } else if (classification === undefined && value !== undefined && value !== null) {
      unclassified.push(key);
    }
  }
  if (unclassified.length > 0) {
    throw new ValidationError(`fn.currentVersion cannot name a version of ${resource.node.scope?.node.path}: the function `
      + `has properties that are not classified as version properties: ${unclassified.join(', ')}. Call `
      + 'Function.classifyVersionProperty(<name>, <locked>) for each, with locked=true when changing it needs a new '
      + 'version (it cannot be changed with UpdateFunctionConfiguration), false otherwise', resource);
  }
  return locked;
}

/**
 * One entry per layer: a layer defined in this app by its construct id, with its rendered properties; an imported
 * layer with a literal ARN by that ARN, with its compatible runtimes described in full; an imported layer with a
 * token ARN by its construct id, with the resolved ARN and the runtime names.
 */
function layerFingerprint(fnResource: CfnResource, layers: readonly ILayerVersion[]): Record<string, unknown> {
  const entries: Record<string, unknown> = {};
  for (const layer of layers) {
    const layerResource = layer.node.defaultChild;
    if (CfnResource.isCfnResource(layerResource) && layerResource.cfnResourceType === 'AWS::Lambda::LayerVersion') {
      const rendered = renderedResource(layerResource) ?? {};
      entries[layer.node.id] = orderKeys(rendered.Properties ?? {}, LAYER_PROPERTY_ORDER);
    } else if (Token.isUnresolved(layer.layerVersionArn)) {
      entries[layer.node.id] = {
        arn: Stack.of(fnResource).resolve(layer.layerVersionArn),
        runtimes: layer.compatibleRuntimes?.map(runtime => runtime.name),
      };
    } else {
      entries[layer.layerVersionArn] = layer.compatibleRuntimes?.map(runtimeFingerprint);
    }
  }
  return entries;
}

/** A runtime as aws-cdk-lib serializes it: every field, in this order (`family` is left out when unknown). */
function runtimeFingerprint(runtime: Runtime): Record<string, unknown> {
  return {
    name: runtime.name,
    supportsInlineCode: runtime.supportsInlineCode,
    supportsCodeGuruProfiling: runtime.supportsCodeGuruProfiling,
    supportsSnapStart: runtime.supportsSnapStart,
    family: runtime.family,
    bundlingDockerImage: runtime._bundlingImageName,
    bundlingImage: runtime._bundlingImageName,
    isVariable: runtime.isVariable,
  };
}

function orderKeys(o: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of order) {
    if (key in o) { out[key] = o[key]; }
  }
  for (const key of Object.keys(o).sort()) {
    if (!(key in out)) { out[key] = o[key]; }
  }
  return out;
}

function md5(s: string): string {
  return digestOf('md5', s);
}
