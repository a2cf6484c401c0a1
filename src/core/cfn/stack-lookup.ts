import type { IConstruct } from 'constructs';

/** Marks Stack instances without importing the Stack class (keeps the module graph acyclic). */
export const STACK_SYMBOL = Symbol.for('lambda-cdk.Stack');
/** Marks NestedStack instances. */
export const NESTED_STACK_SYMBOL = Symbol.for('lambda-cdk.NestedStack');
/** Marks Stage instances. */
export const STAGE_SYMBOL = Symbol.for('lambda-cdk.Stage');
/** Marks CfnElement instances (for code that must not load the element classes and the token machinery with them). */
export const CFN_ELEMENT_SYMBOL = Symbol.for('lambda-cdk.CfnElement');

export function isStackLike(x: any): boolean {
  return x !== null && typeof x === 'object' && STACK_SYMBOL in x;
}

/** Whether `x` is a nested stack (its template is deployed by a resource of its parent stack). */
export function isNestedStackLike(x: any): boolean {
  return x !== null && typeof x === 'object' && NESTED_STACK_SYMBOL in x;
}

export function isStageLike(x: any): boolean {
  return x !== null && typeof x === 'object' && STAGE_SYMBOL in x;
}

/** Whether `x` is a CloudFormation element (resource, output, parameter...), without loading its class. */
export function isCfnElementLike(x: any): boolean {
  return x !== null && typeof x === 'object' && CFN_ELEMENT_SYMBOL in x;
}

/** Marks Resource instances (their `stack` field holds their stack once they are constructed). */
export const RESOURCE_SYMBOL = Symbol.for('lambda-cdk.Resource');

/** Where a construct remembers its stack (a hidden property: cheaper than a WeakMap of every construct). */
const STACK_OF = Symbol('lambda-cdk.stackOf');

/** The closest Stack that contains this construct (the construct itself if it is one). */
export function findStack(construct: IConstruct): any {
  const c = construct as any;
  let cached = c[STACK_OF];
  if (cached !== undefined) { return cached; }
  if (STACK_SYMBOL in c) { return c; }
  // Elements and resources keep their stack in a field of their own: no hidden property (and new hidden class) needed.
  const owns = CFN_ELEMENT_SYMBOL in c || RESOURCE_SYMBOL in c;
  if (owns && c.stack !== undefined) { return c.stack; }
  const parent = construct.node.scope;
  if (!parent) {
    throw new Error(`${construct.constructor?.name ?? 'Construct'} at '${construct.node.path}' should be created in the scope of a Stack, but no Stack found`);
  }
  cached = findStack(parent);
  if (!owns && Object.isExtensible(c)) { Object.defineProperty(c, STACK_OF, { value: cached }); }
  return cached;
}

/** The closest Stage that contains this construct (not the construct itself), or undefined. */
export function findStage(construct: IConstruct): any {
  let scope = construct.node.scope;
  while (scope) {
    if (isStageLike(scope)) { return scope; }
    scope = scope.node.scope;
  }
  return undefined;
}
