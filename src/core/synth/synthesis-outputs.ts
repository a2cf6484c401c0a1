import type { IConstruct } from 'constructs';
import type { CfnElement } from '../cfn/cfn-element';
import { isNestedStackLike, isStackLike, isStageLike, isCfnElementLike } from '../cfn/stack-lookup';
import type { Stack } from '../stack';
import { SynthesisMessage, metadataEntries } from './metadata';
import { TREE_VERSION, fqnOf } from './tree';

/** The metadata of one stack's constructs, keyed by `/<path>`, and the messages among it. */
export interface StackMetadata {
  readonly metadata: Record<string, any[]>;
  readonly messages: SynthesisMessage[];
}

/** What the assembly is written from, once every template is rendered. */
export interface SynthesisOutputs {
  /** The CloudFormation elements of each stack, in preorder (elements made while rendering included). */
  readonly elements: Map<Stack, CfnElement[]>;
  /** Each stack's metadata. */
  readonly metadata: Map<Stack, StackMetadata>;
  /** The text of tree.json, when asked for. */
  readonly treeJson?: string;
}

/**
 * One walk of the rendered tree for everything the assembly needs besides templates: each stack's elements and
 * metadata, and tree.json. Paths are built on the way down instead of being asked of every construct, and tree.json
 * is written as text on the way (the same text `JSON.stringify` gives for its document) instead of as a second tree
 * of objects to stringify.
 */
export function collectOutputs(
  root: IConstruct, version: string, attributesOf: (c: IConstruct) => any, writeTree: boolean,
): SynthesisOutputs {
  const elements = new Map<Stack, CfnElement[]>();
  const metadata = new Map<Stack, StackMetadata>();
  const out: string[] = [];
  const versionJson = JSON.stringify(version);
  const visit = (c: IConstruct, path: string, stack: { elements: CfnElement[]; metadata: StackMetadata } | undefined): void => {
    let owner = stack;
    if (isStackLike(c)) {
      if (owner !== undefined && isNestedStackLike(c)) {
        // A nested stack has its own template but no artifact: its metadata goes to its parent's.
        owner = { elements: [], metadata: owner.metadata };
      } else {
        owner = { elements: [], metadata: { metadata: {}, messages: [] } };
        metadata.set(c as unknown as Stack, owner.metadata);
      }
      elements.set(c as unknown as Stack, owner.elements);
    } else if (isStageLike(c) && c !== root) {
      owner = undefined;
    } else if (owner !== undefined && isCfnElementLike(c)) {
      owner.elements.push(c as CfnElement);
    }
    if (owner !== undefined) {
      const id = `/${path}`;
      const entries = metadataEntries(c, id, owner.metadata.messages);
      if (entries.length > 0) { owner.metadata.metadata[id] = entries; }
    }

    if (writeTree) { out.push('{"id":', JSON.stringify(c.node.id || 'App'), ',"path":', JSON.stringify(path)); }
    const children = c.node.children;
    if (children.length > 0) {
      if (writeTree) { out.push(',"children":{'); }
      let first = true;
      for (const child of inJsonKeyOrder(children)) {
        const childId = child.node.id;
        if (writeTree) { out.push(first ? '' : ',', JSON.stringify(childId), ':'); }
        first = false;
        visit(child, path === '' ? childId : `${path}/${childId}`, owner);
      }
      if (writeTree) { out.push('}'); }
    }
    if (!writeTree) { return; }
    const attributes = attributesOf(c);
    if (attributes !== undefined) { out.push(',"attributes":', JSON.stringify(attributes)); }
    out.push(',"constructInfo":{"fqn":', JSON.stringify(fqnOf(c)), ',"version":', versionJson, '}}');
  };
  if (writeTree) { out.push('{"version":', JSON.stringify(TREE_VERSION), ',"tree":'); }
  visit(root, root.node.path, undefined);
  if (writeTree) { out.push('}'); }
  return { elements, metadata, treeJson: writeTree ? out.join('') : undefined };
}

const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;

/**
 * Children in the order a JavaScript object keyed by their ids lists them (the order tree.json has always had):
 * ids that are array indexes first, in numeric order, then the others as they were added.
 */
function inJsonKeyOrder(children: IConstruct[]): IConstruct[] {
  let indexed: IConstruct[] | undefined;
  for (const child of children) {
    if (ARRAY_INDEX.test(child.node.id) && Number(child.node.id) < 4294967295) { (indexed ??= []).push(child); }
  }
  if (indexed === undefined) { return children; }
  indexed.sort((a, b) => Number(a.node.id) - Number(b.node.id));
  return [...indexed, ...children.filter(c => !indexed!.includes(c))];
}
