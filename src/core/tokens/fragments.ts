import type { IFragmentConcatenator, IResolvable } from './resolvable';

type Fragment = { readonly type: 'literal'; readonly lit: any } | { readonly type: 'token'; readonly token: IResolvable };

/** Visitor that maps a token to a value. */
export interface ITokenMapper {
  mapToken(t: IResolvable): any;
}

/** Fragments of a string with markers. */
export class TokenizedStringFragments {
  private readonly fragments: Fragment[] = [];
  private tokenCount = 0;

  /** Whether any fragment is a token. */
  public get hasTokens(): boolean {
    return this.tokenCount > 0;
  }

  public get firstToken(): IResolvable | undefined {
    const first = this.fragments[0];
    return first && first.type === 'token' ? first.token : undefined;
  }

  public get firstValue(): any {
    const first = this.fragments[0];
    return first.type === 'literal' ? first.lit : first.token;
  }

  public get length(): number {
    return this.fragments.length;
  }

  public addLiteral(lit: any): void {
    this.fragments.push({ type: 'literal', lit });
  }

  public addToken(token: IResolvable): void {
    this.tokenCount++;
    this.fragments.push({ type: 'token', token });
  }

  /** All tokens in this string. */
  public get tokens(): IResolvable[] {
    const out: IResolvable[] = [];
    for (const f of this.fragments) { if (f.type === 'token') { out.push(f.token); } }
    return out;
  }

  /** Apply a transformation function to all tokens in the string. */
  public mapTokens(mapper: ITokenMapper): TokenizedStringFragments {
    const ret = new TokenizedStringFragments();
    for (const f of this.fragments) {
      if (f.type === 'token') {
        const mapped = mapper.mapToken(f.token);
        ret.addLiteral(mapped);
      } else {
        ret.addLiteral(f.lit);
      }
    }
    return ret;
  }

  /** The (resolved) values of the fragments, in order. */
  public values(): any[] {
    const fragments = this.fragments;
    const out = new Array(fragments.length);
    for (let i = 0; i < fragments.length; i++) {
      const f = fragments[i];
      out[i] = f.type === 'literal' ? f.lit : f.token;
    }
    return out;
  }

  /** Combine the string fragments using the given joiner. */
  public join(concat: IFragmentConcatenator): any {
    if (this.fragments.length === 0) { return concat.join(undefined, undefined); }
    if (this.fragments.length === 1) { return concat.join(this.firstValue, undefined); }
    const values = this.values();
    let ret = values[0];
    for (let i = 1; i < values.length; i++) { ret = concat.join(ret, values[i]); }
    return ret;
  }
}
