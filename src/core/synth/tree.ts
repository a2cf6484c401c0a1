import { IConstruct } from 'constructs';

/** The version tag of the tree.json format. */
export const TREE_VERSION = 'tree-0.1';

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
 * The tree.json attributes of a construct: what an inspectable construct (an L1) reports, resolved in its stack by
 * `resolveIn`; undefined for other constructs.
 */
export function treeAttributes(c: IConstruct, resolveIn: (scope: IConstruct, value: any) => any): any {
  if (typeof (c as any).inspect !== 'function') { return undefined; }
  const inspector = new TreeInspector();
  (c as unknown as IInspectable).inspect(inspector);
  try {
    return resolveIn(c, inspector.attributes);
  } catch {
    // tree.json is informational: a value that cannot be resolved outside synthesis is left out.
    return undefined;
  }
}

/** The `constructInfo.fqn` of a construct in tree.json. */
export function fqnOf(c: IConstruct): string {
  const name = c.constructor?.name ?? 'Construct';
  return name === 'Construct' ? 'constructs.Construct' : `lambda-cdk.${name}`;
}
