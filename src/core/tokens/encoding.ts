/**
 * How tokens are embedded in strings, lists and numbers.
 *
 * A string token is the marker `${Token[<hint>.<n>]}`; a list token is a one-element list holding `#{Token[<hint>.<n>]}`;
 * a number token is a double whose bit pattern carries the token's index in a range no real value uses.
 */

export const BEGIN_STRING_TOKEN_MARKER = '${Token[';
export const BEGIN_LIST_TOKEN_MARKER = '#{Token[';
export const END_TOKEN_MARKER = ']}';

// No ':' in keys, so an ARN with tokens in it can still be split at its colons.
const VALID_KEY_CHARS = 'a-zA-Z0-9._-';
const QUOTED_BEGIN_STRING = regexQuote(BEGIN_STRING_TOKEN_MARKER);
const QUOTED_BEGIN_LIST = regexQuote(BEGIN_LIST_TOKEN_MARKER);
const QUOTED_END = regexQuote(END_TOKEN_MARKER);

/** Matches every string token marker; use with `lastIndex` reset (global regex). */
export const STRING_TOKEN_REGEX = new RegExp(`${QUOTED_BEGIN_STRING}([${VALID_KEY_CHARS}]+)${QUOTED_END}`, 'g');
export const LIST_TOKEN_REGEX = new RegExp(`${QUOTED_BEGIN_LIST}([${VALID_KEY_CHARS}]+)${QUOTED_END}`, 'g');
const ANY_STRING_TOKEN = new RegExp(`${QUOTED_BEGIN_STRING}[${VALID_KEY_CHARS}]+${QUOTED_END}`);
const WHOLE_LIST_TOKEN = new RegExp(`^${QUOTED_BEGIN_LIST}([${VALID_KEY_CHARS}]+)${QUOTED_END}$`);

function regexQuote(s: string) {
  return s.replace(/[.?*+^$[\]\\(){}|-]/g, '\\$&');
}

/**
 * How a number token looks once JavaScript has turned it into a string (`${n}`): every token double shares
 * the high word, so its decimal form starts with the same digits and has the same exponent.
 */
export const STRINGIFIED_NUMBER_TOKEN_REGEX = /-1\.8886\d*e\+289/g;
const NUMBER_TOKEN_EXPONENT = 'e+289';

/** Does the string contain a string token marker (or a stringified number token)? Cheap pre-checks first. */
export function containsStringToken(s: string): boolean {
  return (s.includes(BEGIN_STRING_TOKEN_MARKER) && ANY_STRING_TOKEN.test(s)) || containsNumberToken(s);
}

/** Does the string contain a number token turned into text? */
export function containsNumberToken(s: string): boolean {
  if (!s.includes(NUMBER_TOKEN_EXPONENT)) { return false; }
  STRINGIFIED_NUMBER_TOKEN_REGEX.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STRINGIFIED_NUMBER_TOKEN_REGEX.exec(s)) !== null) {
    if (extractTokenDouble(Number(m[0])) !== undefined) { return true; }
  }
  return false;
}

/** The key of a list token, if the string is exactly a list token marker. */
export function listTokenKey(s: string): string | undefined {
  if (!s.startsWith(BEGIN_LIST_TOKEN_MARKER)) { return undefined; }
  const m = WHOLE_LIST_TOKEN.exec(s);
  return m ? m[1] : undefined;
}

export function containsListTokenElement(xs: any[]): boolean {
  return xs.some(x => typeof x === 'string' && listTokenKey(x) !== undefined);
}

// Number tokens: a negative double with a fixed high word; the low word is the token index.
const DOUBLE_TOKEN_HIGH_WORD = 0xFBFF01FF;
const scratch = new DataView(new ArrayBuffer(8));

export function createTokenDouble(index: number): number {
  scratch.setUint32(0, DOUBLE_TOKEN_HIGH_WORD);
  scratch.setUint32(4, index);
  return scratch.getFloat64(0);
}

/** The index carried by a number token, or undefined for an ordinary number. */
export function extractTokenDouble(x: number): number | undefined {
  if (x >= 0 || !Number.isFinite(x)) { return undefined; }
  scratch.setFloat64(0, x);
  if (scratch.getUint32(0) !== DOUBLE_TOKEN_HIGH_WORD) { return undefined; }
  return scratch.getUint32(4);
}

/** Remove characters that are not allowed in a token's display hint. */
const SAFE_HINT = /^[a-zA-Z0-9._-]{1,60}$/;

export function sanitizeHint(hint: string): string {
  if (SAFE_HINT.test(hint)) { return hint; }
  return hint.replace(/:+/g, '.').replace(/[^a-zA-Z0-9._-]/g, '').slice(0, 60) || 'TOKEN';
}
