/**
 * Renders a tested value as indented JSON with each failure message written
 * on a `!!` line just above the key or element it concerns. Branches without
 * failures are shown on one line, abbreviated, so a large resource stays
 * readable in a terminal.
 */

interface RenderableFailure {
  readonly path: readonly string[];
  readonly message: string;
}

interface FailureNode {
  readonly messages: string[];
  readonly children: Map<string, FailureNode>;
}

const INDENT = '  ';
const ONE_LINE_LIMIT = 100;

/** Stands for a key or element the failure refers to but the value lacks. */
const MISSING = Symbol('missing');

export function renderMismatch(target: unknown, failures: readonly RenderableFailure[]): string {
  const root = newNode();
  for (const failure of failures) {
    attachFailure(root, target, failure);
  }
  const lines: string[] = [];
  renderEntry(lines, '', '', target, root, '');
  return lines.join('\n');
}

function newNode(): FailureNode {
  return { messages: [], children: new Map() };
}

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null;
}

/**
 * Descends the failure's path as far as the value has containers; a path that
 * runs into a scalar (e.g. inside a JSON string) keeps its tail in the message.
 */
function attachFailure(root: FailureNode, target: unknown, failure: RenderableFailure): void {
  let node = root;
  let value: unknown = target;
  let i = 0;
  for (; i < failure.path.length && isContainer(value); i++) {
    const segment = failure.path[i];
    let child = node.children.get(segment);
    if (child === undefined) {
      child = newNode();
      node.children.set(segment, child);
    }
    node = child;
    value = Object.prototype.hasOwnProperty.call(value, segment) ? (value as Record<string, unknown>)[segment] : MISSING;
  }
  const rest = failure.path.slice(i);
  node.messages.push(rest.length > 0 ? `${failure.message} (at /${rest.join('/')})` : failure.message);
}

function renderEntry(lines: string[], indent: string, label: string, value: unknown, node: FailureNode | undefined, comma: string): void {
  if (node !== undefined) {
    for (const message of node.messages) {
      lines.push(`${indent}!! ${message}`);
    }
  }
  if (node === undefined || node.children.size === 0 || !isContainer(value)) {
    lines.push(`${indent}${label}${oneLine(value)}${comma}`);
    return;
  }
  const inner = indent + INDENT;
  if (Array.isArray(value)) {
    lines.push(`${indent}${label}[`);
    let extra = 0;
    for (const key of node.children.keys()) {
      if (Number(key) >= value.length) { extra++; }
    }
    const total = value.length + extra;
    let n = 0;
    for (let i = 0; i < value.length; i++) {
      renderEntry(lines, inner, '', value[i], node.children.get(String(i)), ++n < total ? ',' : '');
    }
    for (const [key, child] of node.children) {
      if (Number(key) >= value.length) {
        renderEntry(lines, inner, '', MISSING, child, ++n < total ? ',' : '');
      }
    }
    lines.push(`${indent}]${comma}`);
    return;
  }
  lines.push(`${indent}${label}{`);
  const keys = Object.keys(value);
  for (const key of node.children.keys()) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) { keys.push(key); }
  }
  keys.forEach((key, index) => {
    const child = node.children.get(key);
    const childValue = Object.prototype.hasOwnProperty.call(value, key) ? value[key] : MISSING;
    renderEntry(lines, inner, `${JSON.stringify(key)}: `, childValue, child, index < keys.length - 1 ? ',' : '');
  });
  lines.push(`${indent}}${comma}`);
}

/** Full JSON when short; otherwise nested containers abbreviated level by level. */
function oneLine(value: unknown): string {
  for (const depth of [Infinity, 2, 1]) {
    const text = compact(value, depth);
    if (text.length <= ONE_LINE_LIMIT) { return text; }
  }
  return compact(value, 0);
}

function compact(value: unknown, depth: number): string {
  if (value === MISSING) { return '<missing>'; }
  if (value === undefined) { return 'undefined'; }
  if (!isContainer(value)) { return JSON.stringify(value) ?? String(value); }
  if (Array.isArray(value)) {
    if (value.length === 0) { return '[]'; }
    if (depth <= 0) { return `[ ...${value.length} item${value.length === 1 ? '' : 's'} ]`; }
    return `[ ${value.map((v) => compact(v, depth - 1)).join(', ')} ]`;
  }
  const keys = Object.keys(value);
  if (keys.length === 0) { return '{}'; }
  if (depth <= 0) { return '{ ... }'; }
  return `{ ${keys.map((k) => `${JSON.stringify(k)}: ${compact(value[k], depth - 1)}`).join(', ')} }`;
}
