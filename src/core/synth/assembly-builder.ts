import type { Stack } from '../stack';
import { IAssemblyBuilder } from './stack-synthesizer';

/** Collects the artifacts of one cloud assembly (one Stage) while it is written. */
export class AssemblyBuilder implements IAssemblyBuilder {
  public readonly artifacts: Record<string, any> = {};
  public readonly missing: any[] = [];
  /** Artifact IDs of the stacks written, with their stack. */
  public readonly stackArtifacts = new Map<string, Stack>();

  constructor(public readonly outdir: string, private readonly metadataFiles: Map<Stack, string>) { }

  public addArtifact(id: string, manifest: any): void {
    this.artifacts[id] = manifest;
  }

  public addMissing(missing: any): void {
    if (!this.missing.some(m => m.key === missing.key)) { this.missing.push(missing); }
  }

  /** Add the stack artifact for a stack whose template is in `outdir` (called by the stack's synthesizer). */
  public addStackArtifact(stack: Stack, deployProperties: Record<string, any>): void {
    const properties: any = {
      templateFile: stack.templateFile,
      terminationProtection: stack.terminationProtection,
    };
    const tags = stack.tags.tagValues();
    if (Object.keys(tags).length > 0) { properties.tags = tags; }
    properties.validateOnSynth = false;
    Object.assign(properties, JSON.parse(JSON.stringify(deployProperties)));
    if (stack.stackName !== stack.artifactId) { properties.stackName = stack.stackName; }
    const additional: string[] = deployProperties.additionalDependencies ?? [];
    const dependencies = [
      ...stack.dependencies.filter(d => d.synthesizer && sameAssembly(d, stack)).map(d => d.artifactId),
      ...additional,
    ];
    const artifact: any = {
      type: 'aws:cloudformation:stack',
      environment: stack.environment,
      properties,
      dependencies: dependencies.length > 0 ? dependencies : undefined,
    };
    const metadataFile = this.metadataFiles.get(stack);
    if (metadataFile) { artifact.additionalMetadataFile = metadataFile; }
    artifact.displayName = stack.node.path;
    this.artifacts[stack.artifactId] = artifact;
    this.stackArtifacts.set(stack.artifactId, stack);
  }
}

function sameAssembly(a: Stack, b: Stack): boolean {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { findStage } = require('../cfn/stack-lookup') as typeof import('../cfn/stack-lookup');
  return findStage(a) === findStage(b);
}
