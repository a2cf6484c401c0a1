import * as fs from 'fs';
import * as path from 'path';
import { Construct, IConstruct } from 'constructs';
import { invokeAspects } from '../aspects';
import type { CfnElement } from '../cfn/cfn-element';
import type { CfnResource } from '../cfn/cfn-resource';
import { findStage } from '../cfn/stack-lookup';
import { ValidationError } from '../errors';
import { featureFlagReport } from '../feature-flags';
import { applyContextPermissionsBoundaries, permissionsBoundariesInUse } from '../permissions-boundary';
import type { Stack } from '../stack';
import type { Stage, StageSynthesisOptions } from '../stage';
import { AssemblyBuilder } from './assembly-builder';
import { CloudAssembly, CloudFormationStackArtifact } from './cloud-assembly';
import { assemblySchemaVersion } from './schema-version';
import { indexConstructs } from './construct-index';
import { StackMetadata, collectOutputs } from './synthesis-outputs';
import { treeAttributes } from './tree';
import { lazyModule } from '../lazy-module';

// Loaded when there is something to render: an app without stacks (or one that only reads its context) never
// needs the template machinery and the tokens under it.
/* eslint-disable @typescript-eslint/no-require-imports */
const rendererModule = lazyModule(() => require('./template-renderer') as typeof import('./template-renderer'));
const cfnResourceModule = lazyModule(() => require('../cfn/cfn-resource') as typeof import('../cfn/cfn-resource'));
const resolveModule = lazyModule(() => ({
  ...require('../tokens/resolve') as typeof import('../tokens/resolve'),
  ...require('../tokens/cloudformation-lang') as typeof import('../tokens/cloudformation-lang'),
}));
/* eslint-enable @typescript-eslint/no-require-imports */

const LIBRARY_VERSION = '2.276.0';
const TREE_CONSTRUCT_ID = 'Tree';
const FEATURE_FLAG_REPORT_ID = 'aws-cdk-lib/feature-flag-report';

/**
 * Synthesize a stage into a cloud assembly: aspects, construct dependencies, validation, one resolve of every
 * template, then write everything into a staging folder and move it into `outdir` (manifest.json last), so a
 * synthesis that fails leaves the previous assembly as it was.
 */
export function synthesize(root: Stage, options: StageSynthesisOptions): CloudAssembly {
  if (permissionsBoundariesInUse(root)) { applyContextPermissionsBoundaries(root.node.findAll()); }
  invokeAspects(root);
  const treeMetadata = (root as { _treeMetadata?: boolean })._treeMetadata;
  const writeTree = treeMetadata !== false;
  // aws-cdk-lib adds this construct to an App when it writes tree.json; tree.json lists it too.
  if (treeMetadata === true && root.node.tryFindChild(TREE_CONSTRUCT_ID) === undefined) { new Construct(root, TREE_CONSTRUCT_ID); }
  const index = indexConstructs(root);
  applyConstructDependencies(index.all);
  if (!options.skipValidation) { validateTree(index.all); }

  const stacks = index.stacks;
  const resolvedProperties = new Map<CfnElement, any>();
  const finishedTemplates = new Map<Stack, any>();
  const renderer = stacks.length > 0 ? rendererModule() : undefined;
  const fragments = renderer?.renderFragments(stacks, index.elements, resolvedProperties, finishedTemplates) ?? new Map();
  renderer?.noteResourceCounts(stacks, index.elements, fragments);
  // Rendering may add elements (exports, bootstrap checks): the outputs walk sees the final tree.
  const outputs = collectOutputs(root, LIBRARY_VERSION, treeAttributesWith(resolvedProperties));
  const templates = renderer?.assembleTemplates(stacks, outputs.elements, fragments, finishedTemplates) ?? new Map<Stack, any>();
  if (options.failOnErrorAnnotations !== false) { failOnErrors(outputs.metadata); }

  const outdir = root.outdir;
  fs.mkdirSync(outdir, { recursive: true });
  const staging = fs.mkdtempSync(path.join(outdir, '.synth-'));
  try {
    const stages = index.stages as unknown as Stage[];
    const assembly = writeAssembly(root, staging, outdir, { stacks, stages, templates, metadata: outputs.metadata, writeTree }, true);
    if (writeTree) { fs.writeFileSync(path.join(staging, 'tree.json'), JSON.stringify(outputs.tree)); }
    moveIntoPlace(staging, outdir);
    return assembly;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** What writeAssembly writes: the stacks and stages of the whole app, rendered. */
interface RenderedApp {
  readonly stacks: Stack[];
  readonly stages: Stage[];
  readonly templates: Map<Stack, any>;
  readonly metadata: Map<Stack, StackMetadata>;
  readonly writeTree: boolean;
}

function writeAssembly(stage: Stage, dir: string, finalDir: string, app: RenderedApp, isRoot: boolean): CloudAssembly {
  const metadataFiles = new Map<Stack, string>();
  const builder = new AssemblyBuilder(dir, metadataFiles);
  const nested: Record<string, CloudAssembly> = {};
  const stageStacks = app.stacks.filter(s => findStage(s) === stage);

  for (const childStage of app.stages) {
    if (childStage === stage || childStage.parentStage !== stage) { continue; }
    const childDir = path.join(dir, childStage.artifactId);
    fs.mkdirSync(childDir, { recursive: true });
    nested[childStage.artifactId] = writeAssembly(childStage, childDir, path.join(finalDir, childStage.artifactId), app, false);
    builder.addArtifact(childStage.artifactId, {
      type: 'cdk:cloud-assembly',
      properties: { directoryName: childStage.artifactId, displayName: childStage.node.path },
    });
  }

  for (const stack of stageStacks) {
    const indent = stack._suppressIndentation ? undefined : 1;
    fs.writeFileSync(path.join(dir, stack.templateFile), JSON.stringify(app.templates.get(stack), undefined, indent));
    // A nested stack's metadata is part of its top-level stack's.
    const metadata = app.metadata.get(stack)?.metadata ?? {};
    if (Object.keys(metadata).length > 0) {
      const file = `${stack.artifactId}.metadata.json`;
      fs.writeFileSync(path.join(dir, file), JSON.stringify(metadata, undefined, 2));
      metadataFiles.set(stack, file);
    }
    stack.synthesizer.synthesize({ outdir: dir, assembly: builder });
  }

  if (isRoot && app.writeTree) { builder.addArtifact('Tree', { type: 'cdk:tree', properties: { file: 'tree.json' } }); }
  if (isRoot) {
    // What `cdk flags` reads: every flag this library knows and how the app sets it.
    builder.addArtifact(FEATURE_FLAG_REPORT_ID, { type: 'cdk:feature-flag-report', properties: featureFlagReport(stage) });
  }
  const manifest: any = { version: assemblySchemaVersion(), artifacts: builder.artifacts };
  if (builder.missing.length > 0) { manifest.missing = builder.missing; }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, undefined, 2));
  // The marker file the CDK writes into every assembly folder.
  fs.writeFileSync(path.join(dir, 'cdk.out'), JSON.stringify({ version: manifest.version }));

  const artifacts = [...builder.stackArtifacts].map(([id, stack]) => new CloudFormationStackArtifact(
    finalDir, id, builder.artifacts[id], app.templates.get(stack), app.metadata.get(stack)!.messages, stack.node.path,
  ));
  return new CloudAssembly(finalDir, manifest, artifacts, nested);
}

/**
 * The tree.json attributes of a construct. A generated L1 reports its type, logical ID and properties; the properties
 * were already resolved for its template (the same value, before it took CloudFormation's shape), so for an L1 whose
 * `inspect` is the generated one they are reused and `inspect` is not called. Anything else is inspected and resolved.
 */
function treeAttributesWith(resolvedProperties: Map<CfnElement, any>): (c: IConstruct) => any {
  return (c) => {
    const known = resolvedProperties.get(c as CfnElement);
    if (known !== undefined && inspectsAsGenerated(c as CfnResource)) {
      return {
        'aws:cdk:cloudformation:type': (c as CfnResource).cfnResourceType,
        'aws:cdk:cloudformation:logicalId': (c as CfnResource).resolvedLogicalId,
        'aws:cdk:cloudformation:props': known,
      };
    }
    return treeAttributes(c, (scope, value) => {
      const { resolve, CLOUDFORMATION_TOKEN_RESOLVER } = resolveModule();
      return resolve(value, { scope, resolver: CLOUDFORMATION_TOKEN_RESOLVER, preparing: false, removeEmpty: true });
    });
  };
}

const generatedInspect = new WeakMap<object, boolean>();

/** Whether `inspect` comes from a generated L1 class (the class that declares the resource type), not a subclass. */
function inspectsAsGenerated(resource: CfnResource): boolean {
  const prototype = Object.getPrototypeOf(resource);
  let answer = generatedInspect.get(prototype);
  if (answer === undefined) {
    let owner = prototype;
    while (owner !== null && !Object.prototype.hasOwnProperty.call(owner, 'inspect')) { owner = Object.getPrototypeOf(owner); }
    const declaring = owner?.constructor;
    answer = declaring !== undefined && Object.prototype.hasOwnProperty.call(declaring, 'CFN_RESOURCE_TYPE_NAME')
      && declaring.CFN_RESOURCE_TYPE_NAME === resource.cfnResourceType;
    generatedInspect.set(prototype, answer);
  }
  return answer;
}

/** Dependencies between constructs become DependsOn between their resources (or stack dependencies). */
function applyConstructDependencies(all: IConstruct[]) {
  for (const source of all) {
    const deps = source.node.dependencies;
    if (deps.length === 0) { continue; }
    const { resourcesAtOrBelow } = cfnResourceModule();
    const sourceResources = resourcesAtOrBelow(source);
    for (const dep of deps) {
      for (const target of resourcesAtOrBelow(dep)) {
        for (const resource of sourceResources) {
          if (resource === target) { continue; }
          resource.addDependency(target);
        }
      }
    }
  }
}


function validateTree(all: IConstruct[]) {
  const errors: string[] = [];
  for (const c of all) {
    for (const message of c.node.validate()) { errors.push(`  [${c.node.path}] ${message}`); }
  }
  if (errors.length > 0) {
    throw new ValidationError(`Validation failed with the following errors:\n${errors.join('\n')}`);
  }
}

function failOnErrors(stackMetadata: Map<Stack, StackMetadata>) {
  const errors: string[] = [];
  for (const { messages } of stackMetadata.values()) {
    for (const m of messages) {
      if (m.level === 'error') { errors.push(`  [${m.id.slice(1)}] ${m.entry.data}`); }
    }
  }
  if (errors.length > 0) {
    throw new ValidationError(`Synthesis failed: ${errors.length} construct${errors.length === 1 ? '' : 's'} reported errors:\n${errors.join('\n')}`);
  }
}

/** Move everything from the staging folder into outdir; manifest.json goes last so readers never see a half assembly. */
function moveIntoPlace(staging: string, outdir: string) {
  const entries = fs.readdirSync(staging).filter(e => e !== 'manifest.json');
  for (const entry of entries) {
    const target = path.join(outdir, entry);
    if (fs.existsSync(target) && fs.statSync(target).isDirectory()) {
      fs.rmSync(target, { recursive: true, force: true });
    }
    fs.renameSync(path.join(staging, entry), target);
  }
  fs.renameSync(path.join(staging, 'manifest.json'), path.join(outdir, 'manifest.json'));
}
