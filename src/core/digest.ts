import * as crypto from 'crypto';

type Encoding = 'hex' | 'base64';

// `crypto.hash` (Node 20.12+) hashes a string in one call, several times faster than createHash() for the short
// strings hashed once per construct (logical IDs, grant ids); older Node 20 releases fall back to createHash.
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: Encoding) => string }).hash;

/** The digest of a UTF-8 string. */
export function digestOf(algorithm: 'md5' | 'sha256', data: string, encoding: Encoding = 'hex'): string {
  return oneShot !== undefined
    ? oneShot(algorithm, data, encoding)
    : crypto.createHash(algorithm).update(data).digest(encoding);
}
