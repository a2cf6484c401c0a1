import { digestOf } from './digest';

const PATH_SEP = '/';
const HASH_LEN = 8;
const MAX_HUMAN_LEN = 240;
const MAX_ID_LEN = 255;
const HIDDEN_ID = 'Default';
const HIDDEN_FROM_HUMAN_ID = 'Resource';

/**
 * The logical ID of a construct from its path components below the stack: a readable part (components without
 * `Default`/`Resource`, consecutive duplicates dropped, non-alphanumerics removed, at most 240 characters) plus
 * the first 8 hex digits (upper case) of the MD5 of the components joined by `/` (without `Default`).
 * A single component (after dropping `Default`) is used as it is, minus non-alphanumerics.
 */
export function makeUniqueId(components: string[]): string {
  if (components.includes(HIDDEN_ID)) { components = components.filter(c => c !== HIDDEN_ID); }
  if (components.length === 0) {
    throw new Error('Unable to calculate a unique id for an empty set of components');
  }
  if (components.length === 1) {
    const candidate = removeNonAlphanumeric(components[0]);
    if (candidate.length <= MAX_ID_LEN) { return candidate; }
  }
  // One pass for the readable part: consecutive duplicates (a component the previous one ends with) and
  // `Resource` dropped, the rest without non-alphanumerics.
  let human = '';
  let previous: string | undefined;
  for (const component of components) {
    if (previous !== undefined && previous.endsWith(component)) { continue; }
    previous = component;
    if (component !== HIDDEN_FROM_HUMAN_ID) { human += removeNonAlphanumeric(component); }
  }
  return human.slice(0, MAX_HUMAN_LEN) + pathHash(components);
}

/** Like makeUniqueId, with a separator between the readable parts and no length limit on them. */
export function makeUniqueIdWithSeparator(components: string[], separator: string, maxLength = 256): string {
  components = components.filter(c => c !== HIDDEN_ID);
  if (components.length === 0) {
    throw new Error('Unable to calculate a unique id for an empty set of components');
  }
  const hash = pathHash(components);
  const human = removeDupes(components)
    .filter(c => c !== HIDDEN_FROM_HUMAN_ID)
    .map(c => c.replace(/[^A-Za-z0-9_-]/g, ''))
    .join(separator);
  const room = maxLength - hash.length - separator.length;
  return `${human.slice(0, Math.max(0, room))}${separator}${hash}`;
}

function pathHash(path: string[]): string {
  return digestOf('md5', path.join(PATH_SEP)).slice(0, HASH_LEN).toUpperCase();
}

const NON_ALPHANUMERIC = /[^A-Za-z0-9]/;

function removeNonAlphanumeric(s: string): string {
  return NON_ALPHANUMERIC.test(s) ? s.replace(/[^A-Za-z0-9]/g, '') : s;
}

function removeDupes(path: string[]): string[] {
  const ret: string[] = [];
  for (const component of path) {
    if (ret.length === 0 || !ret[ret.length - 1].endsWith(component)) {
      ret.push(component);
    }
  }
  return ret;
}
