import * as path from 'path';
import type { SynthesisMessage } from './metadata';

/** A stack in a synthesized cloud assembly. */
export class CloudFormationStackArtifact {
  /** The artifact ID. */
  public readonly id: string;
  /** The physical name of this stack. */
  public readonly stackName: string;
  /** A string that represents this stack: its construct path. */
  public readonly displayName: string;
  /** The construct path of the stack. */
  public readonly hierarchicalId: string;
  /** The name of the template file, relative to the assembly directory. */
  public readonly templateFile: string;
  /** Full path to the template file. */
  public readonly templateFullPath: string;
  /** The CloudFormation template (parsed). */
  public readonly template: any;
  /** The environment, as `aws://account/region`. */
  public readonly environment: { account: string; region: string; name: string };
  /** Messages (info, warning, error) reported by constructs in this stack. */
  public readonly messages: SynthesisMessage[];
  /** The artifact as written to manifest.json. */
  public readonly manifest: any;
  /** Stack tags. */
  public readonly tags: { [key: string]: string };
  /** The IDs of the artifacts this one depends on. */
  public readonly dependencyIds: string[];

  constructor(directory: string, id: string, manifest: any, template: any, messages: SynthesisMessage[], hierarchicalId: string) {
    this.id = id;
    this.manifest = manifest;
    this.template = template;
    this.messages = messages;
    this.hierarchicalId = hierarchicalId;
    this.templateFile = manifest.properties.templateFile;
    this.templateFullPath = path.join(directory, this.templateFile);
    this.stackName = manifest.properties.stackName ?? id;
    this.displayName = manifest.displayName ?? id;
    this.tags = manifest.properties.tags ?? {};
    this.dependencyIds = manifest.dependencies ?? [];
    const m = /^aws:\/\/([^/]+)\/(.+)$/.exec(manifest.environment) ?? [];
    this.environment = { account: m[1], region: m[2], name: manifest.environment };
  }

  /** The artifact ID (same as `id`). */
  public get artifactId(): string {
    return this.id;
  }
}

/** A synthesized cloud assembly: the directory, its manifest and its stacks. */
export class CloudAssembly {
  /** The root directory of the cloud assembly. */
  public readonly directory: string;
  /** The raw assembly manifest. */
  public readonly manifest: any;
  /** The stacks of this assembly (not of nested assemblies). */
  public readonly stacks: CloudFormationStackArtifact[];
  /** Nested assemblies, by artifact ID. */
  public readonly nestedAssemblies: { [id: string]: CloudAssembly };
  /** The schema version of the manifest. */
  public readonly version: string;

  constructor(directory: string, manifest: any, stacks: CloudFormationStackArtifact[], nested: { [id: string]: CloudAssembly }) {
    this.directory = directory;
    this.manifest = manifest;
    this.version = manifest.version;
    this.stacks = stacks;
    this.nestedAssemblies = nested;
  }

  /** All stacks of this assembly and of its nested assemblies. */
  public get stacksRecursively(): CloudFormationStackArtifact[] {
    return [...this.stacks, ...Object.values(this.nestedAssemblies).flatMap(a => a.stacksRecursively)];
  }

  /** Returns a CloudFormation stack artifact by its artifact ID (searching nested assemblies too). */
  public getStackArtifact(artifactId: string): CloudFormationStackArtifact {
    const found = this.stacksRecursively.find(s => s.id === artifactId);
    if (!found) {
      throw new Error(`Unable to find artifact with id "${artifactId}"; the assembly has: ${this.stacksRecursively.map(s => s.id).join(', ') || 'no stacks'}`);
    }
    return found;
  }

  /** Returns a CloudFormation stack artifact from this assembly by its physical name. */
  public getStackByName(stackName: string): CloudFormationStackArtifact {
    const found = this.stacks.filter(s => s.stackName === stackName);
    if (found.length === 0) { throw new Error(`Unable to find stack with stack name "${stackName}"`); }
    if (found.length > 1) { throw new Error(`There are multiple stacks with the stack name "${stackName}" (${found.map(s => s.id).join(', ')}); use getStackArtifact(artifactId) instead`); }
    return found[0];
  }

  /** Returns a nested assembly by its artifact ID. */
  public getNestedAssembly(artifactId: string): CloudAssembly {
    const found = this.nestedAssemblies[artifactId];
    if (!found) { throw new Error(`Unable to find nested assembly '${artifactId}'`); }
    return found;
  }

  /** Attempts to find an artifact with a specific identity. */
  public tryGetArtifact(id: string): CloudFormationStackArtifact | undefined {
    return this.stacks.find(s => s.id === id);
  }
}
