import { minimalJoin } from './cloudformation-lang';
import { Lazy } from './lazy';
import { IResolveContext } from './resolvable';

/**
 * A JSON string of a structure that may hold tokens: a plain string when it has none, otherwise a token that
 * renders as an `Fn::Join` of the JSON text around the intrinsics (each intrinsic quoted as a JSON string).
 */
export function tokenAwareJsonify(obj: any, space?: number): string {
  return Lazy.uncachedString({
    produce: (context: IResolveContext) => {
      const resolved = context.resolve(obj);
      const parts: any[] = [];
      writeJson(resolved, parts, space ?? 0, 0);
      return minimalJoin('', parts);
    },
  }, { displayHint: 'JSON' });
}

function isIntrinsic(x: any): boolean {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) { return false; }
  const keys = Object.keys(x);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'));
}

function writeJson(x: any, parts: any[], space: number, depth: number) {
  if (x === undefined) { parts.push('null'); return; }
  if (isIntrinsic(x)) {
    const join = x['Fn::Join'];
    parts.push('"');
    if (join && join[0] === '' && Array.isArray(join[1])) {
      for (const p of join[1]) { parts.push(typeof p === 'string' ? escapeJsonString(p) : p); }
    } else {
      parts.push(x);
    }
    parts.push('"');
    return;
  }
  if (typeof x === 'string') { parts.push(JSON.stringify(x)); return; }
  if (typeof x !== 'object' || x === null) { parts.push(JSON.stringify(x)); return; }
  const nl = space > 0 ? `\n${' '.repeat(space * (depth + 1))}` : '';
  const end = space > 0 ? `\n${' '.repeat(space * depth)}` : '';
  const colon = space > 0 ? ': ' : ':';
  if (Array.isArray(x)) {
    if (x.length === 0) { parts.push('[]'); return; }
    parts.push('[');
    x.forEach((v, i) => { parts.push(i > 0 ? `,${nl}` : nl); writeJson(v, parts, space, depth + 1); });
    parts.push(`${end}]`);
    return;
  }
  const keys = Object.keys(x).filter(k => x[k] !== undefined);
  if (keys.length === 0) { parts.push('{}'); return; }
  parts.push('{');
  keys.forEach((k, i) => {
    parts.push(`${i > 0 ? ',' : ''}${nl}${JSON.stringify(k)}${colon}`);
    writeJson(x[k], parts, space, depth + 1);
  });
  parts.push(`${end}}`);
}

function escapeJsonString(s: string): string {
  const quoted = JSON.stringify(s);
  return quoted.slice(1, quoted.length - 1);
}
