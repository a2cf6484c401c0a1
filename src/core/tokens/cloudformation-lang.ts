import { TokenizedStringFragments } from './fragments';
import { IPostProcessor, IResolvable, IResolveContext, ITokenResolver } from './resolvable';
import { tokenMap } from './token-map';

/** The process's token registry (the same one every copy of this package uses). */
const TOKENS = tokenMap();

/**
 * Resolves tokens the way a CloudFormation template needs them: strings with tokens become minimal `Fn::Join`s.
 */
export class CloudFormationTokenResolver implements ITokenResolver {
  public resolveToken(t: IResolvable, context: IResolveContext, postProcessor: IPostProcessor): any {
    let resolved = t.resolve(context);
    resolved = context.resolve(resolved);
    return postProcessor.postProcess(resolved, context);
  }

  public resolveString(fragments: TokenizedStringFragments, context: IResolveContext): any {
    // One loop (no callbacks): every string with a token in it comes here.
    const values = fragments.values();
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      const part = typeof v === 'object' && v !== null && typeof v.resolve === 'function' ? context.resolve(v) : v;
      values[i] = typeof part === 'number' || typeof part === 'boolean' ? `${part}` : part;
    }
    return minimalJoin('', values);
  }

  public resolveList(xs: string[], context: IResolveContext): any {
    const token = TOKENS.lookupList(xs);
    if (!token) { throw new Error(`Unrecognized list token: ${xs[0]}`); }
    return context.resolve(token);
  }
}

/** The one resolver instance used for templates. */
export const CLOUDFORMATION_TOKEN_RESOLVER = new CloudFormationTokenResolver();

/** Is this a resolved `{ "Fn::Join": [delimiter, [...]] }`? */
export function isFnJoin(x: any): x is { 'Fn::Join': [string, any[]] } {
  if (typeof x !== 'object' || x === null) { return false; }
  const join = x['Fn::Join'];
  if (!Array.isArray(join) || !Array.isArray(join[1])) { return false; }
  let keys = 0;
  for (const _ in x) { if (++keys > 1) { return false; } }
  return true;
}

/**
 * Join already-resolved values with a delimiter as compactly as CloudFormation allows: nested joins with the
 * same delimiter are flattened, adjacent literals are merged, and an all-literal result is a plain string.
 */
export function minimalJoin(delimiter: string, values: any[]): any {
  const flat: any[] = [];
  for (const v of values) {
    if (v === undefined || (v === '' && delimiter === '')) { continue; }
    if (typeof v === 'object' && isFnJoin(v) && v['Fn::Join'][0] === delimiter) {
      flat.push(...v['Fn::Join'][1]);
    } else {
      flat.push(v);
    }
  }
  const merged: any[] = [];
  for (const v of flat) {
    const last = merged.length - 1;
    if (typeof v === 'string' && last >= 0 && typeof merged[last] === 'string') {
      merged[last] = `${merged[last]}${delimiter}${v}`;
    } else {
      merged.push(v);
    }
  }
  if (merged.length === 0) { return ''; }
  if (merged.length === 1) { return merged[0]; }
  return { 'Fn::Join': [delimiter, merged] };
}
