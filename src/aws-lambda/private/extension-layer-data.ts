/**
 * The ARN tables of the AWS-published extension layers (Lambda Insights, ADOT, Parameters and Secrets), read from
 * `aws-lambda/data/*.json` on first use so that loading aws-lambda costs nothing for apps that do not use them.
 *
 * A table maps an ARN template (the region written `{region}`) to the space-separated regions that have it, the
 * shape `regionTableLookup` reads.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** ARN templates per region, for one version and architecture. */
export type RegionTable = { readonly [arnTemplate: string]: string };

/** Tables per version, then per architecture name (`x86_64`, `arm64`). */
export type VersionTables = { readonly [version: string]: { readonly [architecture: string]: RegionTable } };

interface VersionedLayerFile {
  readonly versions: VersionTables;
}

interface AdotLayerFile {
  /** Tables per ADOT layer type (`JAVA_SDK`, `GENERIC`, ...). */
  readonly types: { readonly [layerType: string]: VersionTables };
}

const loaded = new Map<string, unknown>();

function readDataFile<T>(name: string): T {
  let data = loaded.get(name);
  if (data === undefined) {
    data = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'data', name), 'utf8'));
    loaded.set(name, data);
  }
  return data as T;
}

/** The region table of a Lambda Insights extension version for an architecture, if that pair was ever published. */
export function insightsLayerTable(version: string, architecture: string): RegionTable | undefined {
  return readDataFile<VersionedLayerFile>('insights-layers.json').versions[version]?.[architecture];
}

/** The region table of a Parameters and Secrets extension version for an architecture, if published. */
export function paramsAndSecretsLayerTable(version: string, architecture: string): RegionTable | undefined {
  return readDataFile<VersionedLayerFile>('params-and-secrets-layers.json').versions[version]?.[architecture];
}

/** The region table of an ADOT layer of a type and version for an architecture, if published. */
export function adotLayerTable(layerType: string, version: string, architecture: string): RegionTable | undefined {
  return readDataFile<AdotLayerFile>('adot-layers.json').types[layerType]?.[version]?.[architecture];
}
