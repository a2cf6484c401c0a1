import {
  BEGIN_LIST_TOKEN_MARKER, BEGIN_STRING_TOKEN_MARKER, END_TOKEN_MARKER, STRING_TOKEN_REGEX, STRINGIFIED_NUMBER_TOKEN_REGEX,
  containsNumberToken, createTokenDouble, extractTokenDouble, listTokenKey, sanitizeHint,
} from './encoding';
import { TokenizedStringFragments } from './fragments';
import type { IResolvable } from './resolvable';

/**
 * The registry of every token that was ever turned into a string, list or number marker.
 *
 * Markers are looked up by key; the same resolvable always gets the same marker.
 */
export class TokenMap {
  /** The token registered under number n (the `.<n>` that ends its key), with its hint. */
  private readonly tokens: IResolvable[] = [undefined as unknown as IResolvable];
  private readonly hints: string[] = [''];
  private readonly byNumber: IResolvable[] = [];
  /** Markers of tokens that cannot carry their own (frozen objects). */
  private readonly frozenMarkers = new WeakMap<IResolvable, { [kind: symbol]: any }>();

  public registerString(token: IResolvable, displayHint?: string): string {
    // markerOf() inlined for the common case (a token that carries its marker): strings are asked for most.
    const own = (token as any)[STRING_MARKER];
    if (own !== undefined && Object.prototype.hasOwnProperty.call(token, STRING_MARKER)) { return own; }
    if (Object.isExtensible(token)) {
      // A new token (an extensible one never had its marker kept elsewhere).
      const marker = this.newMarker(BEGIN_STRING_TOKEN_MARKER, token, displayHint);
      Object.defineProperty(token, STRING_MARKER, { value: marker });
      return marker;
    }
    let s = this.markerOf(token, STRING_MARKER);
    if (s === undefined) {
      s = this.newMarker(BEGIN_STRING_TOKEN_MARKER, token, displayHint);
      this.remember(token, STRING_MARKER, s);
    }
    return s;
  }

  public registerList(token: IResolvable, displayHint?: string): string[] {
    let s = this.markerOf(token, LIST_MARKER);
    if (s === undefined) {
      s = this.newMarker(BEGIN_LIST_TOKEN_MARKER, token, displayHint);
      this.remember(token, LIST_MARKER, s);
    }
    return [s];
  }

  public registerNumber(token: IResolvable): number {
    let n = this.markerOf(token, NUMBER_MARKER);
    if (n === undefined) {
      n = createTokenDouble(this.byNumber.length);
      this.byNumber.push(token);
      this.remember(token, NUMBER_MARKER, n);
    }
    return n;
  }

  /**
   * A token keeps its markers itself, in hidden (non-enumerable, symbol-keyed) properties: tens of thousands of
   * tokens in a WeakMap cost several times as much to register, and the garbage collector more on every pass.
   */
  private markerOf(token: IResolvable, kind: symbol): any {
    const own = (token as any)[kind];
    if (own !== undefined && Object.prototype.hasOwnProperty.call(token, kind)) { return own; }
    return this.frozenMarkers.get(token)?.[kind];
  }

  private remember(token: IResolvable, kind: symbol, marker: any): void {
    if (Object.isExtensible(token)) {
      Object.defineProperty(token, kind, { value: marker });
      return;
    }
    let markers = this.frozenMarkers.get(token);
    if (markers === undefined) { markers = {}; this.frozenMarkers.set(token, markers); }
    markers[kind] = marker;
  }

  /** The token behind a string that is exactly one string marker, or undefined. */
  public lookupString(s: string): IResolvable | undefined {
    const whole = this.wholeMarkerToken(s);
    if (whole !== undefined) { return whole; }
    const fragments = this.splitString(s);
    return fragments.length === 1 ? fragments.firstToken : undefined;
  }

  /**
   * The token when `s` is exactly one string marker (the commonest case by far: an attribute, a Ref), found without
   * splitting; undefined otherwise.
   */
  public wholeMarkerToken(s: string): IResolvable | undefined {
    const end = s.length - END_TOKEN_MARKER.length;
    if (!s.startsWith(BEGIN_STRING_TOKEN_MARKER) || !s.endsWith(END_TOKEN_MARKER)
      || s.indexOf(END_TOKEN_MARKER, BEGIN_STRING_TOKEN_MARKER.length) !== end) {
      return undefined;
    }
    return this.tokenOfKeyAt(s, BEGIN_STRING_TOKEN_MARKER.length, end);
  }

  public lookupList(xs: string[]): IResolvable | undefined {
    if (xs.length !== 1 || typeof xs[0] !== 'string') { return undefined; }
    const key = listTokenKey(xs[0]);
    return key !== undefined ? this.tokenOfKey(key) : undefined;
  }

  public lookupNumber(x: number): IResolvable | undefined {
    const index = extractTokenDouble(x);
    return index !== undefined ? this.byNumber[index] : undefined;
  }

  public lookupKey(key: string): IResolvable {
    const token = this.tokenOfKey(key);
    if (!token) { throw new Error(`Unrecognized token key: ${key}`); }
    return token;
  }

  /** Split a string into literal and token fragments. */
  public splitString(s: string): TokenizedStringFragments {
    const fragments = new TokenizedStringFragments();
    if (!s.includes(BEGIN_STRING_TOKEN_MARKER)) {
      if (s.length > 0) { this.addLiteral(fragments, s); }
      return fragments;
    }
    const re = STRING_TOKEN_REGEX;
    re.lastIndex = 0;
    let last = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) !== null) {
      // The key is read in place: between the marker's begin and end.
      const token = this.tokenOfKeyAt(s, m.index + BEGIN_STRING_TOKEN_MARKER.length, re.lastIndex - END_TOKEN_MARKER.length);
      if (!token) { continue; }
      if (m.index > last) { this.addLiteral(fragments, s.substring(last, m.index)); }
      fragments.addToken(token);
      last = re.lastIndex;
    }
    if (last < s.length) { this.addLiteral(fragments, s.substring(last)); }
    return fragments;
  }

  /** A literal part of a string: searched for number tokens only if it could hold one. */
  private addLiteral(fragments: TokenizedStringFragments, s: string): void {
    if (s.includes('e+289')) { this.addLiteralWithNumberTokens(fragments, s); } else { fragments.addLiteral(s); }
  }

  /** A literal part of a string may still hold number tokens that were turned into text (`${n}`). */
  private addLiteralWithNumberTokens(fragments: TokenizedStringFragments, s: string) {
    if (!containsNumberToken(s)) {
      fragments.addLiteral(s);
      return;
    }
    const re = STRINGIFIED_NUMBER_TOKEN_REGEX;
    re.lastIndex = 0;
    let last = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) !== null) {
      const token = this.lookupNumber(Number(m[0]));
      if (!token) { continue; }
      if (m.index > last) { fragments.addLiteral(s.substring(last, m.index)); }
      fragments.addToken(token);
      last = re.lastIndex;
    }
    if (last < s.length) { fragments.addLiteral(s.substring(last)); }
  }

  /** Keys are `<hint>.<n>`: the number finds the token, the hint must match too (a made-up key finds nothing). */
  private tokenOfKey(key: string): IResolvable | undefined {
    return this.tokenOfKeyAt(key, 0, key.length);
  }

  /** tokenOfKey for the key `s.substring(start, end)`, read in place (no substrings: this runs for every marker). */
  private tokenOfKeyAt(s: string, start: number, end: number): IResolvable | undefined {
    let n = 0;
    let i = end - 1;
    let scale = 1;
    for (; i > start; i--) {
      const c = s.charCodeAt(i);
      if (c === 46 /* . */) { break; }
      if (c < 48 || c > 57 || scale > 1e9) { return undefined; }
      n += (c - 48) * scale;
      scale *= 10;
    }
    if (i <= start || scale === 1) { return undefined; }
    const token = this.tokens[n];
    if (token === undefined || n === 0) { return undefined; }
    const hint = this.hints[n];
    return hint.length === i - start && s.startsWith(hint, start) ? token : undefined;
  }

  /**
   * `<begin><hint>.<n>]}`, registered under its number. Built with join() so that it is one flat string: markers
   * live as long as the app, and a string made by `+` is a tree of pieces that takes about twice the memory.
   */
  private newMarker(begin: string, token: IResolvable, displayHint?: string): string {
    const name = displayHint ?? (token as any).displayName;
    const hint = typeof name === 'string' ? (cleanHints.get(name) ?? cleanHint(name)) : 'TOKEN';
    const n = this.tokens.length;
    this.tokens.push(token);
    this.hints.push(hint);
    return [begin, hint, '.', n, END_TOKEN_MARKER].join('');
  }
}

// Global symbols: a token registered by another copy of this package (which shares the one TokenMap) is found too.
const STRING_MARKER = Symbol.for('lambda-cdk.TokenMap.string');
const LIST_MARKER = Symbol.for('lambda-cdk.TokenMap.list');
const NUMBER_MARKER = Symbol.for('lambda-cdk.TokenMap.number');

const cleanHints = new Map<string, string>();

/** Hints repeat (`Arn`, `Ref`, `TOKEN`...): each distinct one is sanitized once. */
function cleanHint(hint: string): string {
  let clean = cleanHints.get(hint);
  if (clean === undefined) {
    clean = sanitizeHint(hint);
    if (cleanHints.size < 10_000) { cleanHints.set(hint, clean); }
  }
  return clean;
}


const GLOBAL_KEY = Symbol.for('lambda-cdk.TokenMap');

/** One token registry per process, even when two copies of this package are loaded. */
export function tokenMap(): TokenMap {
  return theTokenMap ??= sharedTokenMap();
}

/** Remembered after the first call: the registry is asked for on every token. */
let theTokenMap: TokenMap | undefined;

function sharedTokenMap(): TokenMap {
  const g = globalThis as any;
  if (!g[GLOBAL_KEY]) { g[GLOBAL_KEY] = new TokenMap(); }
  return g[GLOBAL_KEY];
}
