import * as fs from 'node:fs';
import * as path from 'node:path';
import type { StackManifest, SynthesizedAssembly } from './golden-file';

const STACK_ARTIFACT = 'aws:cloudformation:stack';
const NESTED_ASSEMBLY_ARTIFACT = 'cdk:cloud-assembly';

/**
 * Reads every stack of a cloud assembly on disk, descending into the nested assemblies that
 * stages produce. Keys are artifact ids, prefixed by the nested assembly's artifact id
 * (`Stage/StageStackXYZ`) so stacks of different stages cannot collide.
 */
export function collectAssembly(assemblyDir: string): SynthesizedAssembly {
  const collected = { templates: {} as { [id: string]: any }, stacks: {} as { [id: string]: StackManifest } };
  collectInto(assemblyDir, '', collected);
  return { templates: sortKeys(collected.templates), stacks: sortKeys(collected.stacks) };
}

function collectInto(assemblyDir: string, prefix: string, into: { templates: any; stacks: any }): void {
  const manifestFile = path.join(assemblyDir, 'manifest.json');
  if (!fs.existsSync(manifestFile)) {
    throw new Error(`no manifest.json in cloud assembly ${assemblyDir}`);
  }
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  for (const [artifactId, artifact] of Object.entries<any>(manifest.artifacts ?? {})) {
    if (artifact.type === STACK_ARTIFACT) {
      const templateFile = artifact.properties?.templateFile;
      if (typeof templateFile !== 'string') {
        throw new Error(`stack artifact ${prefix}${artifactId} in ${manifestFile} has no properties.templateFile`);
      }
      const template = JSON.parse(fs.readFileSync(path.join(assemblyDir, templateFile), 'utf8'));
      into.templates[prefix + artifactId] = dropCdkMetadata(template);
      into.stacks[prefix + artifactId] = stackManifestOf(artifact);
    } else if (artifact.type === NESTED_ASSEMBLY_ARTIFACT) {
      const directoryName = artifact.properties?.directoryName;
      if (typeof directoryName !== 'string') {
        throw new Error(`nested assembly ${prefix}${artifactId} in ${manifestFile} has no properties.directoryName`);
      }
      collectInto(path.join(assemblyDir, directoryName), `${prefix}${artifactId}/`, into);
    }
  }
}

/**
 * Only the facts that change a deployment; role ARNs and the template's asset URL are
 * the synthesizer's business and are covered by its own tests.
 */
function stackManifestOf(artifact: any): StackManifest {
  const properties = artifact.properties ?? {};
  const facts: { [key: string]: unknown } = {
    displayName: artifact.displayName,
    environment: artifact.environment,
    stackName: properties.stackName,
    terminationProtection: properties.terminationProtection,
    tags: properties.tags,
    dependencies: Array.isArray(artifact.dependencies) ? [...artifact.dependencies].sort() : undefined,
  };
  for (const key of Object.keys(facts)) {
    if (facts[key] === undefined) { delete facts[key]; }
  }
  return facts;
}

/**
 * aws-cdk-lib adds an analytics resource (and a region condition for it) that lambda-cdk does
 * not promise to reproduce; both sides are normalized the same way, so emptied sections go too.
 */
function dropCdkMetadata(template: any): any {
  if (template?.Resources) {
    delete template.Resources.CDKMetadata;
    if (Object.keys(template.Resources).length === 0) { delete template.Resources; }
  }
  if (template?.Conditions) {
    delete template.Conditions.CDKMetadataAvailable;
    if (Object.keys(template.Conditions).length === 0) { delete template.Conditions; }
  }
  return template;
}

function sortKeys<T>(record: { [key: string]: T }): { [key: string]: T } {
  const sorted: { [key: string]: T } = {};
  for (const key of Object.keys(record).sort()) { sorted[key] = record[key]; }
  return sorted;
}
