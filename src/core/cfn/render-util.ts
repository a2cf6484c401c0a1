/**
 * Where an L1 records the CloudFormation order of its known properties when it renders them: raw overrides of
 * known properties then take their place in that order instead of going to the end (as in aws-cdk-lib).
 */
export const PROPERTY_ORDER = Symbol.for('lambda-cdk.PropertyOrder');

/** Put the known keys of `props` in `order`, other keys after them as they were. */
export function orderKeys(props: { [key: string]: any }, order: readonly string[]): { [key: string]: any } {
  const out: { [key: string]: any } = {};
  for (const k of order) { if (k in props) { out[k] = props[k]; } }
  for (const k of Object.keys(props)) { if (!(k in out)) { out[k] = props[k]; } }
  return out;
}

/** Upper-case the first letter of every key, recursively (for policy attributes given in camelCase). */
export function capitalizeKeys(x: any): any {
  if (typeof x !== 'object' || x === null) { return x; }
  if (Array.isArray(x)) { return x.map(capitalizeKeys); }
  if (typeof x.resolve === 'function') { return x; }
  const out: any = {};
  for (const key of Object.keys(x)) {
    out[key.charAt(0).toUpperCase() + key.slice(1)] = capitalizeKeys(x[key]);
  }
  return out;
}

/** Split `a.b\.c.d` into `['a', 'b.c', 'd']`. */
export function splitOverridePath(path: string): string[] {
  return path.replace(/([^\\])\./g, '$1\n').replace(/\\\./g, '.').split('\n');
}

/**
 * Merge `source` into `target`: objects merge key by key, an `undefined` value deletes the key, and objects left
 * empty by deletions are removed. `target` itself is changed, but nested objects and arrays on the way are copied
 * before they are changed (resolved templates may share them with the program's own values).
 */
export function deepMerge(target: any, source: any): any {
  if (source === undefined || source === null) { return target; }
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (Array.isArray(target[key]) && isPlainObject(value) && Object.keys(value).every(k => /^\d+$/.test(k))) {
      // An override path through an array index (`Tags.0.Value`) edits that element of the array.
      const array = target[key] = [...target[key]];
      for (const index of Object.keys(value)) {
        const i = Number(index);
        if (isPlainObject(value[index]) && isMergeable(array[i])) {
          array[i] = deepMerge({ ...array[i] }, value[index]);
        } else {
          array[i] = value[index];
        }
      }
      continue;
    }
    if (isPlainObject(value)) {
      target[key] = isMergeable(target[key]) ? { ...target[key] } : {};
      deepMerge(target[key], value);
      // An object left empty (by deletions, or an empty override) is dropped, as aws-cdk-lib does.
      if (Object.keys(target[key]).length === 0) { delete target[key]; }
    } else if (value === undefined) {
      delete target[key];
    } else {
      target[key] = value;
    }
  }
  return target;
}

/**
 * An override merges into an object, except into a CloudFormation intrinsic (`{ "Ref": ... }`, `{ "Fn::Join": ... }`,
 * ...): that value is replaced by the override, as aws-cdk-lib does (observed: other `Fn::` keys, and objects with
 * more keys, are merged into).
 */
function isMergeable(x: any): boolean {
  if (!isPlainObject(x)) { return false; }
  const keys = Object.keys(x);
  return !(keys.length === 1 && INTRINSIC_NAMES.has(keys[0]));
}

const INTRINSIC_NAMES: ReadonlySet<string> = new Set([
  'Ref', 'Fn::Base64', 'Fn::Cidr', 'Fn::FindInMap', 'Fn::GetAtt', 'Fn::GetAZs', 'Fn::ImportValue', 'Fn::Join',
  'Fn::Select', 'Fn::Split', 'Fn::Sub', 'Fn::Transform', 'Fn::And', 'Fn::Equals', 'Fn::If', 'Fn::Not', 'Fn::Or',
]);

function isPlainObject(x: any): boolean {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
