/**
 * The order aws-cdk-lib lists DependsOn targets in: their construct paths compared as text for people (the `en`
 * collation of ICU), so letters compare case-insensitively first and lower case wins a tie.
 *
 * Creating an `Intl.Collator` loads ICU's collation data, which costs several milliseconds of every synthesis. Paths
 * made only of ASCII letters, digits and `/` (nearly all of them) are compared here by the same rules ICU applies to
 * those characters (`/` before digits before letters; primary strength ignores case; then, at the first position
 * where only case differs, lower case first). Anything else goes to the real collator.
 */
export function compareConstructPaths(a: string, b: string): number {
  if (!isPlain(a) || !isPlain(b)) { return collator().compare(a, b); }
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = primaryWeight(a.charCodeAt(i)) - primaryWeight(b.charCodeAt(i));
    if (d !== 0) { return d < 0 ? -1 : 1; }
  }
  if (a.length !== b.length) { return a.length < b.length ? -1 : 1; }
  for (let i = 0; i < n; i++) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(i);
    if (ca !== cb) { return isUpper(ca) ? 1 : -1; }
  }
  return 0;
}

let cachedCollator: Intl.Collator | undefined;
function collator(): Intl.Collator {
  return cachedCollator ??= new Intl.Collator('en');
}

const PLAIN = /^[A-Za-z0-9/]*$/;
function isPlain(s: string): boolean {
  return PLAIN.test(s);
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** `/` < `0`..`9` < `a`/`A`..`z`/`Z`. */
function primaryWeight(c: number): number {
  if (c === 47) { return 0; }
  if (c <= 57) { return c - 47; }
  return (c | 32) - 86;
}
