import * as fs from 'node:fs';
import * as path from 'node:path';

/** CloudFormation templates keyed by artifact id (`<nestedAssemblyId>/<artifactId>` inside stages). */
export type TemplateSet = { [artifactId: string]: any };

/**
 * The deployment facts of each stack that live in manifest.json rather than in the template
 * (termination protection, stack tags, stack name, environment, dependencies), keyed like templates.
 */
export type StackManifestSet = { [artifactId: string]: StackManifest };

/** A stack artifact's manifest fields that change what gets deployed; absent fields are omitted. */
export interface StackManifest {
  readonly displayName?: string;
  readonly environment?: string;
  readonly stackName?: string;
  readonly terminationProtection?: boolean;
  readonly tags?: { [key: string]: string };
  /** Artifact ids this stack is deployed after, sorted. */
  readonly dependencies?: string[];
}

/** What one synthesis of a case produced, in the form golden files keep it. */
export interface SynthesizedAssembly {
  /** Stack templates, CDKMetadata removed. */
  readonly templates: TemplateSet;
  /** Stack manifest facts. */
  readonly stacks: StackManifestSet;
}

/** What a golden file holds: the oracle's output and the hash of the source it came from. */
export interface Golden extends SynthesizedAssembly {
  /** sha256 (hex) of the case file the output was recorded from. */
  readonly sourceSha256: string;
}

/** The exact text a golden file is written as; `--check` compares against this text. */
export function serializeGolden(golden: Golden): string {
  return JSON.stringify({ sourceSha256: golden.sourceSha256, templates: golden.templates, stacks: golden.stacks }, null, 2) + '\n';
}

/** Reads a golden file, or returns undefined when it has not been recorded yet. */
export function readGolden(file: string): Golden | undefined {
  if (!fs.existsSync(file)) { return undefined; }
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (typeof parsed?.sourceSha256 !== 'string' || !isObject(parsed.templates) || !isObject(parsed.stacks)) {
    throw new Error(`${file} is not a golden file: expected { sourceSha256: string, templates: object, stacks: object }`);
  }
  return parsed;
}

export function writeGolden(file: string, golden: Golden): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, serializeGolden(golden));
}

function isObject(x: unknown): boolean {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
