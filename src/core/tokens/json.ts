import { minimalJoin } from './cloudformation-lang';
import { extractTokenDouble, listTokenKey } from './encoding';
import { Lazy } from './lazy';
import { IResolveContext, ResolutionTypeHint, isResolvableObject } from './resolvable';
import { tokenMap } from './token-map';

/** The process's token registry (the same one every copy of this package uses). */
const TOKENS = tokenMap();

/**
 * A JSON string of a structure that may hold tokens: the JSON text around the tokens, joined with them by an
 * `Fn::Join`. String tokens are quoted as JSON strings; number tokens are not.
 */
export function tokenAwareJsonify(obj: any, space?: number): string {
  return Lazy.uncachedString({
    produce: (context: IResolveContext) => {
      const parts: any[] = [];
      new JsonWriter(context, space ?? 0, parts).write(obj, 0);
      return minimalJoin('', parts);
    },
  }, { displayHint: 'JSON' });
}

class JsonWriter {
  constructor(private readonly context: IResolveContext, private readonly space: number, private readonly parts: any[]) { }

  public write(x: any, depth: number): void {
    const parts = this.parts;
    if (x === undefined || x === null) { parts.push('null'); return; }
    switch (typeof x) {
      case 'string': this.writeString(x); return;
      case 'number':
        if (extractTokenDouble(x) !== undefined) { this.writeResolved(this.context.resolve(x), false, depth); } else { parts.push(JSON.stringify(x)); }
        return;
      case 'boolean': parts.push(JSON.stringify(x)); return;
    }
    if (Array.isArray(x)) {
      if (x.length === 1 && typeof x[0] === 'string' && listTokenKey(x[0]) !== undefined) {
        this.writeResolved(this.context.resolve(x), false, depth);
        return;
      }
      this.writeArray(x, depth);
      return;
    }
    if (isResolvableObject(x)) {
      this.writeResolved(this.context.resolve(x), x.typeHint !== ResolutionTypeHint.NUMBER, depth);
      return;
    }
    if (isIntrinsic(x)) {
      // Already resolved (a resolvable produced data holding intrinsics): splice it in as a string.
      this.writeResolved(x, true, depth);
      return;
    }
    this.writeObject(x, depth);
  }

  /** A resolved token value: data is written as JSON, an intrinsic is spliced in (quoted when it stands for a string). */
  private writeResolved(value: any, quote: boolean, depth: number) {
    if (isIntrinsic(value)) {
      if (quote) { this.parts.push('"'); }
      this.spliceIntrinsic(value, quote);
      if (quote) { this.parts.push('"'); }
      return;
    }
    if (typeof value === 'string' && !quote) { this.parts.push(value); return; }
    this.write(value, depth);
  }

  private writeString(s: string) {
    const fragments = TOKENS.splitString(s);
    if (fragments.tokens.length === 0) { this.parts.push(JSON.stringify(s)); return; }
    this.parts.push('"');
    for (const v of fragments.values()) {
      if (typeof v === 'string') { this.parts.push(escapeJsonString(v)); continue; }
      const resolved = this.context.resolve(v);
      if (typeof resolved === 'string') { this.parts.push(escapeJsonString(resolved)); } else if (typeof resolved === 'number') { this.parts.push(`${resolved}`); } else { this.spliceIntrinsic(resolved, true); }
    }
    this.parts.push('"');
  }

  /** Inside a JSON string, a string-valued `Fn::Join` contributes its parts (literals escaped). */
  private spliceIntrinsic(value: any, inString: boolean) {
    const join = value['Fn::Join'];
    if (inString && join && join[0] === '' && Array.isArray(join[1])) {
      for (const p of join[1]) { this.parts.push(typeof p === 'string' ? escapeJsonString(p) : p); }
    } else {
      this.parts.push(value);
    }
  }

  private writeArray(x: any[], depth: number) {
    if (x.length === 0) { this.parts.push('[]'); return; }
    const { nl, end } = this.breaks(depth);
    this.parts.push('[');
    x.forEach((v, i) => {
      this.parts.push(i > 0 ? `,${nl}` : nl);
      this.write(v, depth + 1);
    });
    this.parts.push(`${end}]`);
  }

  private writeObject(x: any, depth: number) {
    const keys = Object.keys(x).filter(k => x[k] !== undefined);
    if (keys.length === 0) { this.parts.push('{}'); return; }
    const { nl, end } = this.breaks(depth);
    const colon = this.space > 0 ? ': ' : ':';
    this.parts.push('{');
    keys.forEach((k, i) => {
      this.parts.push(`${i > 0 ? ',' : ''}${nl}`);
      this.writeString(k);
      this.parts.push(colon);
      this.write(x[k], depth + 1);
    });
    this.parts.push(`${end}}`);
  }

  private breaks(depth: number) {
    if (this.space === 0) { return { nl: '', end: '' }; }
    return { nl: `\n${' '.repeat(this.space * (depth + 1))}`, end: `\n${' '.repeat(this.space * depth)}` };
  }
}

function isIntrinsic(x: any): boolean {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) { return false; }
  const keys = Object.keys(x);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'));
}

function escapeJsonString(s: string): string {
  const quoted = JSON.stringify(s);
  return quoted.slice(1, quoted.length - 1);
}
