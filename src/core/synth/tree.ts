import { IConstruct } from 'constructs';

const TREE_VERSION = 'tree-0.1';

/** A construct that can add attributes to its node in tree.json (L1s add their type and properties). */
export interface IInspectable {
  /** Examines construct. */
  inspect(inspector: TreeInspector): void;
}

/** Inspector that maintains an attribute bag. */
export class TreeInspector {
  /** Represents the bag of attributes as key-value pairs. */
  public readonly attributes: { [key: string]: any } = {};

  /** Adds attribute to bag. Keys should be added by convention to prevent conflicts. */
  public addAttribute(key: string, value: any): void {
    this.attributes[key] = value;
  }
}

/**
 * Build the tree.json document for a construct tree. Inspectable constructs (the L1s) add their CloudFormation
 * type and properties, resolved in their own stack.
 */
export function renderTree(root: IConstruct, version: string, resolveIn: (scope: IConstruct, value: any) => any): any {
  const visit = (c: IConstruct): any => {
    const node: any = { id: c.node.id || 'App', path: c.node.path };
    const children = c.node.children;
    if (children.length > 0) {
      node.children = {};
      for (const child of children) { node.children[child.node.id] = visit(child); }
    }
    if (typeof (c as any).inspect === 'function') {
      const inspector = new TreeInspector();
      (c as unknown as IInspectable).inspect(inspector);
      try {
        node.attributes = resolveIn(c, inspector.attributes);
      } catch {
        // tree.json is informational: a value that cannot be resolved outside synthesis is left out.
      }
    }
    node.constructInfo = { fqn: fqnOf(c), version };
    return node;
  };
  return { version: TREE_VERSION, tree: visit(root) };
}

function fqnOf(c: IConstruct): string {
  const name = c.constructor?.name ?? 'Construct';
  return name === 'Construct' ? 'constructs.Construct' : `lambda-cdk.${name}`;
}
