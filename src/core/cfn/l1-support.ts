/**
 * Runtime support for the generated L1 (`Cfn*`) classes.
 *
 * The generator (`scripts/gen-cfn.ts`) describes every resource and property type as a small table;
 * the functions here interpret those tables, so each generated class stays a thin, explicitly typed
 * shell: one shared renderer instead of a renderer per property type keeps the generated modules
 * small and fast to load.
 */
import type { IConstruct } from 'constructs';
import { Construct } from 'constructs';
import { describeValue, ValidationError } from '../errors';
import { Token } from '../tokens/token';
import { PROPERTY_ORDER } from './render-util';

/**
 * The type of a property value, as a table entry:
 * `'s'` string, `'n'` number, `'b'` boolean, `'j'` JSON (passed through untouched), `'d'` timestamp (a Date),
 * `'t'` a tag (`{ key, value }` rendered as `{ Key, Value }`), an {@link L1Struct} for a property type,
 * `['a', T]` a list of T, `['m', T]` a map of T, `['u', T1, T2, ...]` the first of several types that fits.
 */
export type L1Type = L1Primitive | L1Struct | L1Composite;

/** A primitive type code of {@link L1Type}. */
export type L1Primitive = 's' | 'n' | 'b' | 'j' | 'd' | 't';

/** A list, map or union type of {@link L1Type}. */
export type L1Composite = readonly ['a' | 'm', L1Type] | readonly ['u', ...L1Type[]];

/**
 * One property: camelCase name, CloudFormation name, type, and 1 when it is required.
 */
export type L1Prop = readonly [camelName: string, cfnName: string, type: L1Type, required?: 1];

/** A CloudFormation property type (rendered from a `Cfn<Resource>.<Name>Property` interface). */
export interface L1Struct {
  /** The interface name, for error messages. */
  readonly name: string;
  /** The properties, in the order CloudFormation output lists them (by CloudFormation name). */
  props: readonly L1Prop[];
}

/**
 * How a resource-reference property accepts `I<Resource>Ref` objects besides strings:
 * the getter on the object, the field of the reference to use, and the type name for errors.
 */
export type L1RefOption = readonly [refGetter: string, field: string, typeName: string];

/** The table of a resource type. */
export interface L1Resource {
  /** The CloudFormation type, e.g. `AWS::Lambda::Function`. */
  readonly type: string;
  /** The props interface name, for error messages. */
  readonly propsName: string;
  /** The properties, in camelCase order (the order of `cfnProperties`). */
  readonly props: readonly L1Prop[];
  /** The camelCase name of the tags property, when the resource is taggable. */
  readonly tagProp?: string;
  /** The public field that holds the raw tags when it is not named like the property (`tagsRaw`). */
  readonly rawTagField?: string;
  /** Properties that also accept resource references (`role: IRoleRef | string`). */
  readonly refs?: { readonly [camelName: string]: readonly L1RefOption[] };
  /** Whether the property given by name holds a list (for reference conversion). */
  readonly listRefs?: readonly string[];
}

/** Create an empty property type table; its properties are set afterwards so types may refer to each other. */
export function l1Struct(name: string): L1Struct {
  return { name, props: [] };
}

/** Whether x is a CfnResource of the given CloudFormation type. */
export function isL1(x: any, type: string): boolean {
  return typeof x === 'object' && x !== null && typeof x.cfnResourceType === 'string' && x.cfnResourceType === type
    && typeof x.node === 'object';
}

/**
 * Check the required properties, turn resource references into strings and copy the props onto the resource's
 * public fields (called from the generated constructor, after `super`).
 */
export function initL1(resource: IConstruct, spec: L1Resource, props: { [key: string]: any } | undefined): void {
  const given: { [key: string]: any } = props ?? {};
  const target = resource as any;
  for (const p of spec.props) {
    if (p[3] === 1 && given[p[0]] == null) {
      throw new ValidationError(`${spec.type} is missing required property: ${p[0]}`, resource);
    }
  }
  for (const p of spec.props) {
    const name = p[0];
    let value = given[name];
    const refs = spec.refs?.[name];
    if (refs !== undefined && value !== undefined) {
      value = spec.listRefs?.includes(name) ? convertRefList(value, refs, name) : convertRef(value, refs, name);
    }
    // Only properties with a value become fields (most are not given): smaller objects, and reading an absent
    // field gives undefined just the same.
    if (value !== undefined) { target[name === spec.tagProp && spec.rawTagField ? spec.rawTagField : name] = value; }
  }
}

function convertRefList(value: any, refs: readonly L1RefOption[], name: string): any {
  if (!Array.isArray(value)) { throw refTypeError(refs, name); }
  return value.map(v => convertRef(v, refs, name));
}

function convertRef(value: any, refs: readonly L1RefOption[], name: string): string {
  if (typeof value === 'string') { return value; }
  if (typeof value === 'object' && value !== null) {
    for (const [getter, field] of refs) {
      const reference = value[getter];
      if (reference !== undefined) { return reference[field]; }
    }
  }
  throw refTypeError(refs, name);
}

function refTypeError(refs: readonly L1RefOption[], name: string): TypeError {
  return new TypeError(`Property ${name} should be one of ${[...refs.map(r => r[2]), 'string'].join(' | ')}`);
}

/**
 * The camelCase properties of a resource, read from its public fields (`cfnProperties`).
 * `tags` is the rendered value of the resource's tag manager.
 */
export function l1Properties(resource: IConstruct, spec: L1Resource, tags?: any): { [key: string]: any } {
  const source = resource as any;
  const out: { [key: string]: any } = {};
  // Properties without a value are left out (most are): resolving then walks, and copies, less.
  for (const p of spec.props) {
    const value = p[0] === spec.tagProp ? tags : source[p[0]];
    if (value !== undefined) { out[p[0]] = value; }
  }
  return out;
}

const renderOrders = new WeakMap<L1Resource, readonly L1Prop[]>();

/**
 * Problems found while rendering, and where the renderer is: the path to a value is only spelled out when
 * there is a problem to report, so rendering valid properties allocates no path strings.
 */
interface RenderRun {
  readonly errors: string[];
  /** Property names, map keys and list indexes from the resource's properties down to the current value. */
  readonly trail: Array<string | number>;
}

/**
 * Render resolved camelCase properties to CloudFormation: PascalCase names in CloudFormation's order, nested
 * property types converted recursively, intrinsic functions and JSON values left untouched, undefined omitted.
 * Checks required properties and primitive types, and throws one ValidationError listing every problem.
 */
export function renderL1(resource: IConstruct, spec: L1Resource, props: { [key: string]: any }): { [key: string]: any } {
  let order = renderOrders.get(spec);
  if (order === undefined) {
    order = [...spec.props].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    renderOrders.set(spec, order);
  }
  const run: RenderRun = { errors: [], trail: [] };
  const out = renderProps(props, order, run);
  if (run.errors.length > 0) {
    throw new ValidationError(`Invalid properties for ${spec.type} (${spec.propsName}): ${run.errors.join('; ')}`, resource);
  }
  (resource as any)[PROPERTY_ORDER] = propertyNames(spec, order);
  return out;
}

const propertyNameLists = new WeakMap<L1Resource, readonly string[]>();

function propertyNames(spec: L1Resource, order: readonly L1Prop[]): readonly string[] {
  let names = propertyNameLists.get(spec);
  if (!names) { names = order.map(p => p[1]); propertyNameLists.set(spec, names); }
  return names;
}

function renderProps(value: { [key: string]: any }, props: readonly L1Prop[], run: RenderRun): any {
  const out: { [key: string]: any } = {};
  for (const p of props) {
    const v = value[p[0]];
    if (v == null) {
      if (p[3] === 1) { report(run, p[0], 'is required but missing'); }
      if (v === null) { out[p[1]] = null; }
      continue;
    }
    run.trail.push(p[0]);
    out[p[1]] = renderValue(v, p[2], run);
    run.trail.pop();
  }
  return out;
}

function renderValue(v: any, type: L1Type, run: RenderRun): any {
  if (v == null || (typeof v === 'object' && isIntrinsic(v))) { return v; }
  // Strings, the commonest property type, without the call.
  if (type === 's' && typeof v === 'string') { return v; }
  if (typeof type === 'string') { return renderPrimitive(v, type, run); }
  if (!Array.isArray(type)) { return renderStruct(v, type as L1Struct, run); }
  switch (type[0]) {
    case 'a': return renderList(v, type[1], run);
    case 'm': return renderMap(v, type[1], run);
    default: return renderUnion(v, type.slice(1) as L1Type[], run);
  }
}

function renderPrimitive(v: any, type: L1Primitive, run: RenderRun): any {
  switch (type) {
    case 's':
      if (typeof v !== 'string') { mismatch(v, 'a string', run); }
      return v;
    case 'd':
      return renderTimestamp(v, run);
    case 'n':
      if (typeof v !== 'number') { mismatch(v, 'a number', run); }
      return v;
    case 'b':
      if (typeof v !== 'boolean') { mismatch(v, 'a boolean', run); }
      return v;
    case 'j':
      if (typeof v !== 'object') { mismatch(v, 'an object', run); }
      return v;
    default:
      return renderTag(v, run);
  }
}

/** Timestamps render as ISO 8601 without milliseconds, as aws-cdk-lib renders a Date. */
function renderTimestamp(v: any, run: RenderRun): any {
  // Resolution may already have turned the Date into an ISO string.
  const iso = v instanceof Date ? v.toISOString() : v;
  if (typeof iso === 'string') {
    const m = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d+)?Z$/.exec(iso);
    if (m) { return `${m[1]}Z`; }
  }
  mismatch(v, 'a Date', run);
  return v;
}

function renderTag(v: any, run: RenderRun): any {
  if (typeof v === 'object' && !Array.isArray(v)) {
    if (v.key !== undefined && v.value !== undefined) { return { Key: v.key, Value: v.value }; }
    // Tag managers of other resource kinds may hand over tags already in CloudFormation shape.
    if (v.Key !== undefined && v.Value !== undefined) { return v; }
  }
  if (!Token.isUnresolved(v)) { report(run, undefined, `must have a 'key' and a 'value', got ${describeValue(v)}`); }
  return v;
}

function renderStruct(v: any, struct: L1Struct, run: RenderRun): any {
  if (typeof v !== 'object' || Array.isArray(v)) {
    mismatch(v, `an object (${struct.name})`, run);
    return v;
  }
  return renderProps(v, struct.props, run);
}

function renderList(v: any, element: L1Type, run: RenderRun): any {
  if (!Array.isArray(v)) {
    mismatch(v, 'a list', run);
    return v;
  }
  if (element === 'j') { return v; }
  if (element === 's') {
    for (let i = 0; i < v.length; i++) {
      const e = v[i];
      if (typeof e !== 'string' && e != null && !isIntrinsic(e)) {
        run.trail.push(i);
        mismatch(e, 'a string', run);
        run.trail.pop();
      }
    }
    return v;
  }
  const out = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    run.trail.push(i);
    out[i] = renderValue(v[i], element, run);
    run.trail.pop();
  }
  return out;
}

function renderMap(v: any, element: L1Type, run: RenderRun): any {
  if (typeof v !== 'object' || Array.isArray(v)) {
    mismatch(v, 'a map', run);
    return v;
  }
  const out: { [key: string]: any } = {};
  for (const key of Object.keys(v)) {
    run.trail.push(key);
    out[key] = renderValue(v[key], element, run);
    run.trail.pop();
  }
  return out;
}

function renderUnion(v: any, types: readonly L1Type[], run: RenderRun): any {
  for (const type of types) {
    const attempt: RenderRun = { errors: [], trail: run.trail };
    const rendered = renderValue(v, type, attempt);
    if (attempt.errors.length === 0) { return rendered; }
  }
  report(run, undefined, `must be one of ${types.map(describeType).join(' | ')}, got ${describeValue(v)}`);
  return v;
}

function describeType(type: L1Type): string {
  if (typeof type === 'string') {
    return { s: 'string', d: 'timestamp', n: 'number', b: 'boolean', j: 'object', t: 'tag' }[type];
  }
  if (!Array.isArray(type)) { return (type as L1Struct).name; }
  if (type[0] === 'a') { return `list of ${describeType(type[1] as L1Type)}`; }
  if (type[0] === 'm') { return `map of ${describeType(type[1] as L1Type)}`; }
  return type.slice(1).map(t => describeType(t as L1Type)).join(' | ');
}

function mismatch(v: any, expected: string, run: RenderRun): void {
  // Values arrive resolved; an unresolved token can only come from a caller rendering by hand: let it through.
  if (Token.isUnresolved(v)) { return; }
  report(run, undefined, `must be ${expected}, got ${describeValue(v)}`);
}

/** Record a problem at the current path (plus `last`, a property not entered), as `a.b[0].c problem`. */
function report(run: RenderRun, last: string | undefined, problem: string): void {
  let path = '';
  for (const part of last === undefined ? run.trail : [...run.trail, last]) {
    path += typeof part === 'number' ? `[${part}]` : path === '' ? part : `.${part}`;
  }
  run.errors.push(`${path} ${problem}`);
}

/** Whether a resolved value is a CloudFormation intrinsic function call (`{ Ref }`, `{ 'Fn::...' }`). */
function isIntrinsic(v: any): boolean {
  if (typeof v !== 'object' || Array.isArray(v)) { return false; }
  let only: string | undefined;
  for (const key in v) {
    if (only !== undefined) { return false; }
    only = key;
  }
  return only !== undefined && (only === 'Ref' || only.startsWith('Fn::'));
}

/**
 * A reference to a resource defined outside this app (`CfnFunction.fromFunctionArn`): a construct with the
 * reference getter and the environment the resource lives in.
 */
export function importL1(scope: Construct, id: string, refGetter: string, reference: object,
  env: { readonly account: string; readonly region: string }): any {
  const imported = new Construct(scope, id);
  Object.defineProperty(imported, refGetter, { value: reference, enumerable: true });
  Object.defineProperty(imported, 'env', { value: env, enumerable: true });
  return imported;
}

/**
 * Parse an ARN against the resource's ARN template (`arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}`),
 * returning the template's variables; throws when the ARN is a token or does not match.
 */
export function parseArnTemplate(scope: IConstruct, template: string, arn: string): { [name: string]: string } {
  if (Token.isUnresolved(arn)) {
    throw new ValidationError(`Cannot parse an ARN that is a token (${arn}); it must match ${template}`, scope);
  }
  const names: string[] = [];
  const pattern = template.replace(/\$\{([^{}]+)\}|[^$]+|\$/g, (m, name) => {
    if (name !== undefined) {
      names.push(name);
      return '(.*?)';
    }
    return m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  const match = new RegExp(`^${pattern}$`).exec(arn);
  if (match === null) {
    throw new ValidationError(`ARN ${JSON.stringify(arn)} does not match the template ${template}`, scope);
  }
  const result: { [name: string]: string } = {};
  names.forEach((name, i) => { result[name] = match[i + 1]; });
  return result;
}
