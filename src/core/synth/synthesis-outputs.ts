import { Construct, IConstruct } from 'constructs';
import type { CfnElement } from '../cfn/cfn-element';
import { isNestedStackLike, isStackLike, isStageLike, isCfnElementLike } from '../cfn/stack-lookup';
import type { Stack } from '../stack';
import { SynthesisMessage, metadataEntries } from './metadata';
import { TREE_VERSION, fqnOf } from './tree';

const CONSTRUCTS_PREFIX = 'constructs.';
let constructsVersionRead: string | undefined;

const JSII_RTTI = Symbol.for('jsii.rtti');

/**
 * The version of the `constructs` package in use (read once): its classes carry it in their jsii type information,
 * which costs nothing to read; its package.json (a module resolution and a file read) only if they do not.
 */
function constructsVersion(): string {
  if (constructsVersionRead === undefined) {
    const rtti = (Construct as unknown as Record<symbol, { version?: unknown } | undefined>)[JSII_RTTI];
    constructsVersionRead = typeof rtti?.version === 'string'
      ? rtti.version
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      : (require('constructs/package.json') as { version: string }).version;
  }
  return constructsVersionRead;
}

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
  /** The tree.json document. */
  readonly tree: any;
}

/**
 * One walk of the rendered tree for everything the assembly needs besides templates: each stack's elements and
 * metadata, and tree.json. Paths are built on the way down instead of being asked of every construct.
 */
export function collectOutputs(root: IConstruct, version: string, attributesOf: (c: IConstruct) => any): SynthesisOutputs {
  const elements = new Map<Stack, CfnElement[]>();
  const metadata = new Map<Stack, StackMetadata>();
  const visit = (c: IConstruct, path: string, stack: { elements: CfnElement[]; metadata: StackMetadata } | undefined): any => {
    let owner = stack;
    // Elements first: they are most of the tree, and an element is never a stack or a stage.
    const isElement = isCfnElementLike(c);
    if (isElement) {
      if (owner !== undefined) { owner.elements.push(c as CfnElement); }
    } else if (isStackLike(c)) {
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
    }
    if (owner !== undefined) {
      const id = `/${path}`;
      const entries = metadataEntries(c, id, owner.metadata.messages, isElement);
      if (entries.length > 0) { owner.metadata.metadata[id] = entries; }
    }

    const node: any = { id: c.node.id || 'App', path };
    const children = c.node.children;
    if (children.length > 0) {
      node.children = {};
      for (const child of children) {
        const childId = child.node.id;
        node.children[childId] = visit(child, path === '' ? childId : `${path}/${childId}`, owner);
      }
    }
    const attributes = attributesOf(c);
    if (attributes !== undefined) { node.attributes = attributes; }
    const fqn = fqnOf(c);
    // Classes of the constructs package carry that package's version, as aws-cdk-lib writes them (observed).
    node.constructInfo = { fqn, version: fqn.startsWith(CONSTRUCTS_PREFIX) ? constructsVersion() : version };
    return node;
  };
  const tree = { version: TREE_VERSION, tree: visit(root, root.node.path, undefined) };
  return { elements, metadata, tree };
}
