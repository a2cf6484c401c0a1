import { isUtf8 } from 'buffer';
import * as crypto from 'crypto';
import * as fs from 'fs';

/**
 * The content part of a file's fingerprint, as aws-cdk-lib computes it: `<size>:<sha256 hex>`.
 *
 * The file is read in windows of 8 KiB. When the first window holds a NUL byte the file counts as
 * binary and its bytes are hashed as they are. Otherwise each window is decoded as UTF-8 on its own
 * (so a character split between two windows becomes two U+FFFD), CRLF becomes LF, and the UTF-8
 * encoding of the result is hashed. A window whose text ends in CR waits for the next one, so a
 * CRLF across a window edge is still converted; text still waiting at the end of the file is hashed
 * unconverted and not counted in `<size>`. `<size>` is the number of bytes hashed (otherwise).
 *
 * The emulation is exact, yet almost every file takes the fast road: a read block whose windows are
 * each valid UTF-8 and which holds no CR decodes to exactly its own bytes, so it is hashed directly.
 */
export function fingerprintFileContent(file: string): string {
  const { size, digest } = hashFileContent(file);
  return formatContentFingerprint(size, digest);
}

/** The number of bytes hashed and the SHA-256 digest of a file's normalized content. */
export interface ContentHash {
  readonly size: number;
  readonly digest: Buffer;
}

/** The parts of `fingerprintFileContent`, for callers that carry them in binary form. */
export function hashFileContent(file: string): ContentHash {
  const fd = fs.openSync(file, 'r');
  try {
    return hashOpenFile(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** `<size>:<sha256 hex>`, the value of a file's field in a fingerprint. */
export function formatContentFingerprint(size: number, digest: Uint8Array): string {
  return `${size}:${Buffer.from(digest.buffer, digest.byteOffset, digest.byteLength).toString('hex')}`;
}

/** The window size of aws-cdk-lib's reader; it decides where characters split and what "first" means. */
const WINDOW = 8192;
/** How much is read at once: a whole number of windows, so windows never straddle two reads. */
const BLOCK = 128 * WINDOW;
const CR = 0x0d;
const CRLF = /\r\n/g;

// One read buffer per thread: fingerprinting is synchronous, so nothing else can be using it.
let sharedBlock: Buffer | undefined;

/** `crypto.hash` (Node 20.12 and later) hashes a buffer in one call, cheaper than a Hash object for small files. */
const oneShotSha256 = (crypto as { hash?: (algorithm: string, data: Buffer, encoding: 'buffer') => Buffer }).hash;

function hashOpenFile(fd: number): ContentHash {
  const block = sharedBlock ??= Buffer.allocUnsafe(BLOCK);
  const first = readFull(fd, block);
  const firstData = first === BLOCK ? block : block.subarray(0, first);
  const binary = firstData.subarray(0, WINDOW).includes(0);
  if (first < BLOCK && oneShotSha256 !== undefined && (binary || decodesToItself(firstData))) {
    // Most files: read whole in one go and hashed as they are, without a Hash object.
    return { size: first, digest: oneShotSha256('sha256', firstData, 'buffer') };
  }

  const hash = crypto.createHash('sha256');
  let size = 0;
  /** Decoded text that ended in CR and waits for the next window. */
  let pending: string | undefined;

  for (let length = first; length > 0; length = readFull(fd, block)) {
    const data = length === BLOCK ? block : block.subarray(0, length);

    if (binary || (pending === undefined && decodesToItself(data))) {
      hash.update(data);
      size += length;
    } else {
      for (let start = 0; start < length; start += WINDOW) {
        const window = data.subarray(start, Math.min(start + WINDOW, length));
        if (pending === undefined && decodesToItself(window)) {
          hash.update(window);
          size += window.length;
          continue;
        }
        const text = (pending ?? '') + window.toString('utf8');
        if (text.charCodeAt(text.length - 1) === CR) {
          pending = text;
          continue;
        }
        pending = undefined;
        const converted = Buffer.from(text.replace(CRLF, '\n'), 'utf8');
        hash.update(converted);
        size += converted.length;
      }
    }
    if (length < BLOCK) { break; }
  }

  if (pending !== undefined) { hash.update(pending, 'utf8'); }
  return { size, digest: hash.digest() };
}

/**
 * Whether decoding each 8 KiB window of `data` as UTF-8 and applying the CRLF rule gives back
 * exactly `data`: true when there is no CR, the bytes are valid UTF-8 and no window starts inside
 * a character (so each window is valid UTF-8 on its own).
 */
function decodesToItself(data: Buffer): boolean {
  if (data.indexOf(CR) !== -1 || !isUtf8(data)) { return false; }
  for (let edge = WINDOW; edge < data.length; edge += WINDOW) {
    if ((data[edge] & 0xc0) === 0x80) { return false; }
  }
  return true;
}

/** Reads until the buffer is full or the file ends (a short read before the end would shift the windows). */
function readFull(fd: number, buffer: Buffer): number {
  let filled = 0;
  while (filled < buffer.length) {
    const n = fs.readSync(fd, buffer, filled, buffer.length - filled, null);
    if (n === 0) { break; }
    filled += n;
  }
  return filled;
}
