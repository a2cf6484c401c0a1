import type { SynthesizedAssembly } from './golden-file';

const MAX_VALUE_CHARS = 160;

/**
 * Lists the differences between two synthesized assemblies, one readable line each:
 *   `[MyStack] Resources.Fn9A2D.Properties.Runtime: expected "nodejs20.x", got "nodejs18.x"`
 *   `[MyStack] manifest.terminationProtection: expected true, got false`
 * Object key order is ignored (CloudFormation ignores it); array order is not. Empty means equal.
 */
export function diffAssemblies(expected: SynthesizedAssembly, actual: SynthesizedAssembly): string[] {
  const lines: string[] = [];
  for (const id of unionOfKeys(expected.templates, actual.templates)) {
    if (!(id in actual.templates)) {
      lines.push(`[${id}] stack missing (aws-cdk-lib synthesizes it)`);
    } else if (!(id in expected.templates)) {
      lines.push(`[${id}] unexpected stack (aws-cdk-lib does not synthesize it)`);
    } else {
      for (const line of diffValues(expected.templates[id], actual.templates[id], '')) { lines.push(`[${id}] ${line}`); }
      for (const line of diffValues(expected.stacks[id], actual.stacks[id], 'manifest')) { lines.push(`[${id}] ${line}`); }
    }
  }
  return lines;
}

/** The differences between two JSON values, with paths relative to the values given. */
export function diffValues(expected: unknown, actual: unknown, at: string): string[] {
  if (isPlainObject(expected) && isPlainObject(actual)) {
    const lines: string[] = [];
    for (const key of unionOfKeys(expected, actual)) {
      const keyPath = joinKey(at, key);
      if (!(key in actual)) {
        lines.push(`${keyPath}: missing, expected ${show(expected[key])}`);
      } else if (!(key in expected)) {
        lines.push(`${keyPath}: unexpected, got ${show(actual[key])}`);
      } else {
        lines.push(...diffValues(expected[key], actual[key], keyPath));
      }
    }
    return lines;
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const lines: string[] = [];
    if (expected.length !== actual.length) {
      lines.push(`${at || '(root)'}: expected ${expected.length} elements, got ${actual.length}`);
    }
    for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
      const itemPath = `${at}[${i}]`;
      if (i >= actual.length) {
        lines.push(`${itemPath}: missing, expected ${show(expected[i])}`);
      } else if (i >= expected.length) {
        lines.push(`${itemPath}: unexpected, got ${show(actual[i])}`);
      } else {
        lines.push(...diffValues(expected[i], actual[i], itemPath));
      }
    }
    return lines;
  }
  if (Object.is(expected, actual)) { return []; }
  return [`${at || '(root)'}: expected ${show(expected)}, got ${show(actual)}`];
}

/**
 * Where two templates that are otherwise equal order their keys differently. CloudFormation does
 * not care, but the template's bytes (and so its asset hash) do; this backs the opt-in strict mode.
 */
export function diffKeyOrder(expected: SynthesizedAssembly, actual: SynthesizedAssembly): string[] {
  const lines: string[] = [];
  for (const id of Object.keys(expected.templates)) {
    if (id in actual.templates) {
      for (const line of keyOrderDifferences(expected.templates[id], actual.templates[id], '')) { lines.push(`[${id}] ${line}`); }
    }
  }
  return lines;
}

function keyOrderDifferences(expected: unknown, actual: unknown, at: string): string[] {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    return expected.flatMap((item, i) => (i < actual.length ? keyOrderDifferences(item, actual[i], `${at}[${i}]`) : []));
  }
  if (!isPlainObject(expected) || !isPlainObject(actual)) { return []; }
  const lines: string[] = [];
  const expectedKeys = Object.keys(expected).filter((k) => k in actual);
  const actualKeys = Object.keys(actual).filter((k) => k in expected);
  if (expectedKeys.join('\0') !== actualKeys.join('\0')) {
    lines.push(`${at || '(root)'}: key order expected ${expectedKeys.join(', ')}; got ${actualKeys.join(', ')}`);
  }
  for (const key of expectedKeys) {
    lines.push(...keyOrderDifferences(expected[key], actual[key], joinKey(at, key)));
  }
  return lines;
}

function isPlainObject(x: unknown): x is { [key: string]: unknown } {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Sorted so that diff output does not depend on either side's key order. */
function unionOfKeys(a: object | undefined, b: object | undefined): string[] {
  return [...new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])].sort();
}

function joinKey(at: string, key: string): string {
  const segment = /^[A-Za-z0-9_:-]+$/.test(key) ? key : JSON.stringify(key);
  return at ? `${at}.${segment}` : segment;
}

function show(value: unknown): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS)}…` : text;
}
