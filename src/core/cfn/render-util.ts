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
        if (isPlainObject(value[index]) && isPlainObject(array[i])) {
          array[i] = deepMerge({ ...array[i] }, value[index]);
        } else {
          array[i] = value[index];
        }
      }
      continue;
    }
    if (isPlainObject(value)) {
      target[key] = isPlainObject(target[key]) ? { ...target[key] } : {};
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

function isPlainObject(x: any): boolean {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
