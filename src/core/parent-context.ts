import type { IConstruct } from 'constructs';

/** Where a scope remembers the context values looked up through it (a hidden property). */
const CONTEXT_SEEN = Symbol('lambda-cdk.contextSeen');

/**
 * The context value a construct being created in `parent` sees for `key`, remembered on `parent`. A new construct
 * has no context of its own yet, and `parent` and its ancestors have children, so their context can no longer be
 * set (constructs refuses `setContext` once a node has children): the answer cannot change. Saves walking up the
 * tree for lookups made for every resource.
 */
export function contextFromParent(parent: IConstruct, key: string): any {
  let seen: { [key: string]: any } | undefined = (parent as any)[CONTEXT_SEEN];
  if (seen === undefined) {
    seen = Object.create(null) as { [key: string]: any };
    Object.defineProperty(parent, CONTEXT_SEEN, { value: seen });
  }
  if (key in seen) { return seen[key]; }
  return seen[key] = parent.node.tryGetContext(key);
}
