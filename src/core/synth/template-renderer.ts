import * as crypto from 'crypto';
import type { IConstruct } from 'constructs';
import { CfnElement, setElementCreationListener } from '../cfn/cfn-element';
import { setCrossStackReferenceHandler } from '../cfn/cfn-reference';
import { CfnResource } from '../cfn/cfn-resource';
import { Annotations } from '../annotations';
import { ValidationError } from '../errors';
import { CLOUDFORMATION_TOKEN_RESOLVER } from '../tokens/cloudformation-lang';
import { resolve } from '../tokens/resolve';
import type { Stack } from '../stack';
import type { NestedStack } from '../nested-stack';
import { isNestedStackLike, isStackLike, isStageLike } from '../cfn/stack-lookup';
import { resolveCrossStackReference } from './cross-stack';
import { isTemplatePreparing } from './stack-synthesizer';

/** The rendered fragment of each CloudFormation element (`{ Resources: { <id>: ... } }`, `{ Outputs: ... }`, ...). */
export type RenderedFragments = Map<CfnElement, any>;

/**
 * Render the CloudFormation elements of the given stacks: every element is resolved exactly once. Rendering a
 * cross-stack reference adds an export to the producing stack, so new elements are rendered until none appear.
 * A resource's resolved properties (before they take CloudFormation's shape) go to `resolvedProperties`.
 */
export function renderFragments(
  stacks: Stack[], elements: Map<Stack, CfnElement[]>, resolvedProperties?: Map<CfnElement, any>, finishedTemplates?: Map<Stack, any>,
): RenderedFragments {
  const fragments: RenderedFragments = new Map();
  activeRun = { fragments, resolvedProperties };
  const created: CfnElement[] = [];
  setElementCreationListener((element, rerender) => {
    if (rerender) { fragments.delete(element); }
    created.push(element);
  });
  setCrossStackReferenceHandler(resolveCrossStackReference);
  const renderOnce = (element: CfnElement) => {
    if (!fragments.has(element)) { fragments.set(element, renderElement(element, resolvedProperties)); }
  };
  // Elements created while rendering (exports, bootstrap checks, nested stack parameters): render them too, until none appear.
  const renderCreated = () => {
    while (created.length > 0) { created.splice(0).forEach(renderOnce); }
  };
  try {
    const nestedStacks = stacks.filter(s => s.nested);
    if (nestedStacks.length === 0) {
      for (const stack of stacks) { (elements.get(stack) ?? []).forEach(renderOnce); }
    } else {
      renderWithNestedStacks(stacks, nestedStacks, renderOnce);
    }
    for (const stack of stacks) {
      if (isTemplatePreparing(stack.synthesizer)) { stack.synthesizer._prepareTemplate(); }
    }
    renderCreated();
    if (nestedStacks.length > 0) {
      finishNestedStacks(nestedStacks, fragments, renderOnce, renderCreated, finishedTemplates ?? new Map());
    }
  } finally {
    activeRun = undefined;
    setCrossStackReferenceHandler(undefined);
    setElementCreationListener(undefined);
  }
  return fragments;
}

/**
 * Render every element but the nested stacks' resources, in the order of the whole tree (nested stacks where they
 * are in their parent), so the outputs and parameters references create come in aws-cdk-lib's order. A nested
 * stack's resource waits: its TemplateURL holds the hash of the nested template, final only once all else is.
 */
function renderWithNestedStacks(stacks: Stack[], nestedStacks: Stack[], renderOnce: (e: CfnElement) => void) {
  const deferred = new Set<CfnElement>(nestedStacks.map(s => s.nestedStackResource!));
  for (const stack of stacks) {
    if (stack.nested) { continue; }
    for (const element of elementsBelow(stack, true)) {
      if (!deferred.has(element)) { renderOnce(element); }
    }
  }
}

/**
 * Finish nested templates, deepest first: settle references among user parameters, then per nested stack put its
 * template together, register its file (by hash) as an asset of the parent, and render its resource in the parent.
 */
function finishNestedStacks(
  nestedStacks: Stack[], fragments: RenderedFragments, renderOnce: (e: CfnElement) => void, renderCreated: () => void,
  finishedTemplates: Map<Stack, any>,
) {
  const resolveIn = (scope: IConstruct, value: any) => resolve(value, { scope, resolver: CLOUDFORMATION_TOKEN_RESOLVER, preparing: false, removeEmpty: true });
  for (const stack of nestedStacks) { (stack as NestedStack)._resolveParametersInParent(resolveIn); }
  renderCreated();
  for (const stack of childrenFirst(nestedStacks)) {
    const template = assembleTemplate(stack, elementsBelow(stack, false), fragments);
    checkResourceLimit(stack, template);
    // aws-cdk-lib hashes the template as compact JSON, whatever indentation the file gets (observed).
    (stack as NestedStack)._setTemplateHash(crypto.createHash('sha256').update(JSON.stringify(template)).digest('hex'));
    finishedTemplates.set(stack, template);
    renderOnce(stack.nestedStackResource!);
    renderCreated();
  }
}

/** Nested stacks (given in preorder) in postorder: each after its own nested stacks, siblings in order (as aws-cdk-lib adds their assets). */
function childrenFirst(preorder: Stack[]): Stack[] {
  const children = new Map<Stack | undefined, Stack[]>();
  for (const stack of preorder) {
    const parent = stack.nestedStackParent!.nested ? stack.nestedStackParent : undefined;
    let list = children.get(parent);
    if (!list) { list = []; children.set(parent, list); }
    list.push(stack);
  }
  const out: Stack[] = [];
  const visit = (stack: Stack) => {
    for (const child of children.get(stack) ?? []) { visit(child); }
    out.push(stack);
  };
  for (const top of children.get(undefined) ?? []) { visit(top); }
  return out;
}

/** The CloudFormation elements of a stack in preorder; with `intoNested`, those of its nested stacks where they are. */
function elementsBelow(stack: Stack, intoNested: boolean): CfnElement[] {
  const out: CfnElement[] = [];
  const visit = (c: IConstruct) => {
    for (const child of c.node.children) {
      if (isStageLike(child) || (isStackLike(child) && !(intoNested && isNestedStackLike(child)))) { continue; }
      if (CfnElement.isCfnElement(child)) { out.push(child); }
      visit(child);
    }
  };
  visit(stack);
  return out;
}

/** Put each stack's rendered elements together into its template (in preorder), checking the resource limit. */
export function assembleTemplates(
  stacks: Stack[], elements: Map<Stack, CfnElement[]>, fragments: RenderedFragments, finishedTemplates?: Map<Stack, any>,
): Map<Stack, any> {
  const templates = new Map<Stack, any>();
  for (const stack of stacks) {
    // A nested template was finished (and hashed) before its parent's: that very template is written.
    const finished = finishedTemplates?.get(stack);
    if (finished !== undefined) { templates.set(stack, finished); continue; }
    const template = assembleTemplate(stack, elements.get(stack) ?? [], fragments);
    checkResourceLimit(stack, template);
    templates.set(stack, template);
  }
  return templates;
}

/** The fragments rendered so far by the renderTemplates() call in progress. */
let activeRun: { readonly fragments: Map<CfnElement, any>; readonly resolvedProperties?: Map<CfnElement, any> } | undefined;

/**
 * A resource as its template shows it: resolved, in CloudFormation shape, overrides merged. During synthesis this is
 * the template's own rendering, made once (a function's currentVersion hashes its function's rendering); the caller
 * must not modify it.
 */
export function renderedResource(resource: CfnResource): any {
  if (activeRun === undefined) { return renderElement(resource, undefined)?.Resources[resource.resolvedLogicalId]; }
  let fragment = activeRun.fragments.get(resource);
  if (fragment === undefined && !activeRun.fragments.has(resource)) {
    fragment = renderElement(resource, activeRun.resolvedProperties);
    activeRun.fragments.set(resource, fragment);
  }
  return fragment?.Resources[resource.resolvedLogicalId];
}

/**
 * Render one element. A resource's resolved properties, before they take CloudFormation's shape, are what tree.json
 * shows for it: they are handed to `resolvedProperties` so tree.json need not resolve them a second time.
 */
function renderElement(element: CfnElement, resolvedProperties: Map<CfnElement, any> | undefined): any {
  const options = { scope: element, resolver: CLOUDFORMATION_TOKEN_RESOLVER, preparing: false, removeEmpty: true };
  if (CfnResource.isCfnResource(element)) {
    if (!element._shouldSynthesize()) { return undefined; }
    const definition = resolve(element._toCloudFormation(), options);
    resolvedProperties?.set(element, definition.Properties ?? {});
    const raw = element._rawOverrides;
    const overrides = Object.keys(raw).length > 0 ? resolve(raw, { ...options, removeEmpty: false }) : raw;
    return { Resources: { [element.resolvedLogicalId]: element._finishRendering(definition, overrides) } };
  }
  return resolve(element._toCloudFormation(), options);
}

const RESOURCE_LIMIT_CONTEXT = '@aws-cdk/core:stackResourceLimit';
const DEFAULT_RESOURCE_LIMIT = 500;

function resourceLimitOf(stack: Stack): number {
  return Number(stack.node.tryGetContext(RESOURCE_LIMIT_CONTEXT) ?? DEFAULT_RESOURCE_LIMIT);
}

/**
 * Tell stacks with at least 80% of the resources CloudFormation allows (as an info message on the stack, as
 * aws-cdk-lib does). Called after rendering, before the messages are collected.
 */
export function noteResourceCounts(stacks: Stack[], elements: Map<Stack, CfnElement[]>, fragments: RenderedFragments): void {
  for (const stack of stacks) {
    const limit = resourceLimitOf(stack);
    if (limit === 0) { continue; }
    let count = 0;
    for (const element of elements.get(stack) ?? []) {
      if (CfnResource.isCfnResource(element) && fragments.get(element) !== undefined) { count++; }
    }
    if (count >= limit * 0.8 && count <= limit) {
      Annotations.of(stack).addInfo(`Number of resources: ${count} is approaching allowed maximum of ${limit}`);
    }
  }
}

/** CloudFormation rejects a template with more resources than its limit; say so at synthesis, counted by type. */
function checkResourceLimit(stack: Stack, template: any) {
  const limit = resourceLimitOf(stack);
  const resources = template.Resources ?? {};
  const count = Object.keys(resources).length;
  if (limit === 0 || count <= limit) { return; }
  const byType = new Map<string, number>();
  for (const id of Object.keys(resources)) {
    const type = resources[id].Type;
    byType.set(type, (byType.get(type) ?? 0) + 1);
  }
  const counts = [...byType].map(([type, n]) => `${type} (${n})`).join(', ');
  throw new ValidationError(`Number of resources in stack '${stack.node.path}': ${count} is greater than allowed maximum of ${limit}: ${counts}. `
    + `Split the stack (for example into nested stages or more stacks), or set the context value '${RESOURCE_LIMIT_CONTEXT}' (0 turns the check off)`, stack);
}

function assembleTemplate(stack: Stack, elements: CfnElement[], fragments: Map<CfnElement, any>): any {
  const template: any = {};
  const opts = stack.templateOptions;
  if (opts.description !== undefined) { template.Description = opts.description; }
  if (opts.transforms && opts.transforms.length > 0) {
    template.Transform = opts.transforms.length === 1 ? opts.transforms[0] : [...new Set(opts.transforms)];
  }
  if (opts.templateFormatVersion !== undefined) { template.AWSTemplateFormatVersion = opts.templateFormatVersion; }
  if (opts.metadata !== undefined) { template.Metadata = stack.resolve(opts.metadata); }

  const owners = new Map<string, CfnElement>();
  for (const element of elements) {
    const fragment = fragments.get(element);
    if (!fragment) { continue; }
    for (const section of Object.keys(fragment)) {
      const entries = fragment[section];
      if (typeof entries !== 'object' || entries === null) { template[section] = entries; continue; }
      const target = template[section] ?? (template[section] = {});
      for (const logicalId of Object.keys(entries)) {
        const key = `${section}.${logicalId}`;
        const previous = owners.get(key);
        if (previous) {
          throw new ValidationError(`Duplicate logical ID '${logicalId}' in section ${section} of stack '${stack.node.path}': used by '${previous.node.path}' and '${element.node.path}'; use overrideLogicalId or different construct ids`, element);
        }
        owners.set(key, element);
        target[logicalId] = entries[logicalId];
      }
    }
  }
  return template;
}
