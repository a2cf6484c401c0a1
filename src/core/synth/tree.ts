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

/** Where a public class records the fully qualified name aws-cdk-lib gives it (`aws-cdk-lib.aws_lambda.Function`). */
export const FQN_KEY = Symbol.for('lambda-cdk.fqn');

/**
 * Record the aws-cdk-lib name of each public class a compiled file exports: the build appends a call to every file
 * a module index exports from (scripts/lazy-index.js), with the names that index exports.
 */
export function tagPublicClasses(exported: Record<string, unknown>, prefix: string, names: readonly string[]): void {
  for (const name of names) {
    const value = exported[name];
    if (typeof value === 'function' && !Object.prototype.hasOwnProperty.call(value, FQN_KEY)) {
      Object.defineProperty(value, FQN_KEY, { value: `${prefix}.${name}` });
    }
  }
}

/**
 * The `constructInfo.fqn` of a construct in tree.json: that of its class or of the nearest public class it extends
 * (static members are inherited), else `constructs.Construct`, as aws-cdk-lib reports it.
 */
export function fqnOf(c: IConstruct): string {
  const fqn = (c.constructor as unknown as Record<symbol, unknown> | undefined)?.[FQN_KEY];
  return typeof fqn === 'string' ? fqn : 'constructs.Construct';
}
