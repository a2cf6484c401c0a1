import type { IConstruct } from 'constructs';
import { extractTokenDouble, listTokenKey } from './encoding';
import { IPostProcessor, IResolvable, IResolveContext, ITokenResolver, ResolveChangeContextOptions } from './resolvable';
import { tokenMap } from './token-map';
import { CLOUDFORMATION_TOKEN_RESOLVER } from './cloudformation-lang';

/** The process's token registry (the same one every copy of this package uses). */
const TOKENS = tokenMap();

/** What one resolve() walk needs to know. */
export interface ResolveWalkOptions {
  readonly scope: IConstruct;
  readonly resolver: ITokenResolver;
  readonly preparing: boolean;
  readonly removeEmpty: boolean;
  readonly allowIntrinsicKeys?: boolean;
}

const INTRINSIC_KEY_PREFIX = '$IntrinsicKey$';

/**
 * Resolve every token in a structure, in one walk: string markers, list markers, number markers and
 * resolvable objects are replaced by what they produce (recursively), undefined values are dropped.
 */
export function resolve(obj: any, options: ResolveWalkOptions, path: string[] = []): any {
  return resolveAt(obj, options, path);
}

/**
 * `path` is a stack the walk pushes onto and pops from; contexts copy it only when asked. A string can only hold a
 * token if it contains `${Token[` (a string marker) or `e+289` (a number token turned into text).
 */
function resolveAt(obj: any, options: ResolveWalkOptions, path: string[]): any {
  if (obj === undefined || obj === null) { return obj; }
  switch (typeof obj) {
    case 'function':
      throw new Error(`Trying to resolve a non-data object (a function) at ${pathString(path)}; only data can be rendered into a template`);
    case 'string':
      // mayHoldToken, inlined: this runs for every string of every template.
      if (!(obj.includes('${Token[') || obj.includes('e+289'))) { return obj; }
      return resolveMarkedString(obj, options, path);
    case 'number': {
      if (extractTokenDouble(obj) === undefined) { return obj; }
      const token = TOKENS.lookupNumber(obj);
      if (!token) { throw new Error(`Unrecognized number token at ${pathString(path)}`); }
      return resolveToken(token, options, path);
    }
    case 'boolean':
    case 'bigint':
    case 'symbol':
      return obj;
  }

  if (Array.isArray(obj)) {
    if (obj.length === 1 && typeof obj[0] === 'string' && listTokenKey(obj[0]) !== undefined) {
      return options.resolver.resolveList(obj, makeContext(options, path));
    }
    // Copy on write: an array whose elements all resolve to themselves is returned as it is.
    let out: any[] | undefined;
    for (let i = 0; i < obj.length; i++) {
      const element = obj[i];
      if (typeof element === 'string' && element.charCodeAt(0) === 35 /* # */ && listTokenKey(element) !== undefined) {
        throw new Error(`A list token cannot be an element of a longer list (at ${pathString(path)}); use Fn.join or concatenate the lists instead`);
      }
      let r: any;
      const type = typeof element;
      // Leaves inlined (most values are): a string is tested for markers once, other plain leaves resolve to themselves.
      if (type === 'string') {
        if (element.includes('${Token[') || element.includes('e+289')) {
          path.push(String(i));
          r = resolveMarkedString(element, options, path);
          path.pop();
        } else {
          r = element;
        }
      } else if (type === 'boolean' || (type === 'number' && element >= 0)) {
        r = element;
      } else {
        path.push(String(i));
        r = resolveAt(element, options, path);
        path.pop();
      }
      const drop = r === undefined && options.removeEmpty;
      if (out === undefined) {
        if (r === element && !drop) { continue; }
        out = obj.slice(0, i);
      }
      if (!drop) { out.push(r); }
    }
    return out ?? obj;
  }

  if (typeof obj.resolve === 'function') {
    return resolveToken(obj as IResolvable, options, path);
  }
  // Plain objects (nearly all) cannot be constructs or dates.
  if (Object.getPrototypeOf(obj) !== Object.prototype && isConstruct(obj)) {
    throw new Error(`Trying to resolve() a Construct at ${pathString(path)}: construct ${obj.node.path} cannot be rendered into a template`);
  }
  if (obj instanceof Date) { return obj.toISOString(); }

  // Copy on write: an object whose keys and values all resolve to themselves is returned as it is.
  const keys = Object.keys(obj);
  let out: any;
  let intrinsicKeyCounter = 0;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    const value = obj[key];
    let resolvedKey: any = key;
    let resolvedValue: any;
    if (value === undefined && options.removeEmpty) {
      resolvedValue = undefined;
    } else {
      const keyMayHoldToken = key.includes('${Token[') || key.includes('e+289');
      const type = typeof value;
      // Leaves inlined (most values are): a string is tested for markers once, other plain leaves resolve to themselves.
      const markedString = type === 'string' && (value.includes('${Token[') || value.includes('e+289'));
      if (!keyMayHoldToken && !markedString && (type === 'string' || type === 'boolean' || (type === 'number' && value >= 0))) {
        if (out !== undefined) { out[key] = value; }
        continue;
      }
      if (keyMayHoldToken) {
        path.push(key);
        resolvedKey = resolveAt(key, options, path);
        path.pop();
        if (typeof resolvedKey !== 'string') {
          if (!options.allowIntrinsicKeys) {
            throw new Error(`A token used as an object key must resolve to a string, got ${JSON.stringify(resolvedKey)} at ${pathString(path)}`);
          }
          resolvedKey = `${INTRINSIC_KEY_PREFIX}${intrinsicKeyCounter++}:${JSON.stringify(resolvedKey)}`;
        }
      }
      path.push(resolvedKey);
      resolvedValue = markedString ? resolveMarkedString(value, options, path) : resolveAt(value, options, path);
      path.pop();
    }
    const drop = resolvedValue === undefined && options.removeEmpty;
    if (out === undefined) {
      if (!drop && resolvedKey === key && resolvedValue === value) { continue; }
      out = {};
      for (let j = 0; j < k; j++) { out[keys[j]] = obj[keys[j]]; }
    }
    if (!drop) { out[resolvedKey] = resolvedValue; }
  }
  return out ?? obj;
}

/** A string that contains a token marker (or looks like it might): its tokens resolved. */
function resolveMarkedString(obj: string, options: ResolveWalkOptions, path: string[]): any {
  if (obj.startsWith(INTRINSIC_KEY_PREFIX)) { return obj; }
  const whole = TOKENS.wholeMarkerToken(obj);
  if (whole !== undefined) { return resolveToken(whole, options, path); }
  const fragments = TOKENS.splitString(obj);
  if (!fragments.hasTokens) { return obj; }
  if (fragments.length === 1) { return resolveToken(fragments.firstToken!, options, path); }
  return options.resolver.resolveString(fragments, makeContext(options, path));
}

function resolveToken(token: IResolvable, options: ResolveWalkOptions, path: string[]): any {
  const context = new ResolveContext(options, path, true);
  if (options.resolver === CLOUDFORMATION_TOKEN_RESOLVER) {
    // What that resolver does (resolve the token, resolve what it gave, post-process), without the three calls:
    // this runs for every token of every template.
    const resolved = resolveAt(token.resolve(context), options, path);
    return context._postProcessors === undefined ? resolved : context.postProcess(resolved, context);
  }
  return options.resolver.resolveToken(token, context, context);
}

function makeContext(options: ResolveWalkOptions, walkPath: string[]): IResolveContext {
  return new ResolveContext(options, walkPath, false);
}

/** The context a token sees while it resolves; it is also the post processor that runs what the token registered. */
class ResolveContext implements IResolveContext, IPostProcessor {
  /** What the token registered to run on its value (read directly by resolveToken). @internal */
  public _postProcessors?: IPostProcessor[];
  private readonly depth: number;

  /**
   * `walkPath` is the walk's shared path stack: nested resolves push and pop above `depth`, so the prefix that is
   * this token's document path stays intact while the token resolves; it is copied only when asked for.
   */
  constructor(private readonly options: ResolveWalkOptions, private readonly walkPath: string[], private readonly acceptsPostProcessors: boolean) {
    this.depth = walkPath.length;
  }

  public get documentPath(): string[] {
    return this.walkPath.slice(0, this.depth);
  }

  public get scope() { return this.options.scope; }
  public get preparing() { return this.options.preparing; }

  public registerPostProcessor(pp: IPostProcessor): void {
    if (!this.acceptsPostProcessors) { throw new Error('Post processors can only be registered while resolving a token'); }
    (this._postProcessors ??= []).push(pp);
  }

  public resolve(x: any, changeOptions?: ResolveChangeContextOptions): any {
    const options = this.options;
    const next = changeOptions
      ? { ...options, removeEmpty: changeOptions.removeEmpty ?? options.removeEmpty, allowIntrinsicKeys: changeOptions.allowIntrinsicKeys ?? options.allowIntrinsicKeys }
      : options;
    return resolveAt(x, next, this.walkPath);
  }

  public postProcess(x: any, context: IResolveContext): any {
    if (!this._postProcessors) { return x; }
    let v = x;
    for (const pp of this._postProcessors) { v = pp.postProcess(v, context); }
    return v;
  }
}

function isConstruct(x: any): boolean {
  return x.node !== undefined && typeof x.node === 'object' && typeof x.node.path === 'string' && typeof x.node.addChild === 'function';
}

function pathString(path: string[]): string {
  return path.length === 0 ? 'the top level' : `'${path.join('.')}'`;
}
