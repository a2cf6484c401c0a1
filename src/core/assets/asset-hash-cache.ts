import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { IConstruct } from 'constructs';
import { AssetHashInput, AssetHashType, calculateAssetHash, resolveAssetHashType } from './asset-hash';

/**
 * Remembers source asset hashes between syntheses into the same output directory, so that synthesizing
 * again an app whose assets did not change reads no file contents.
 *
 * An entry is keyed by everything the hash depends on: the hash inputs and a *signature* of the source
 * tree made from file metadata only (names, types, sizes, inode numbers, modification and change times
 * in nanoseconds). Any change to a file changes its change time, which the user cannot set back, so a
 * changed tree never matches an old signature. Two cases are not trusted and simply not cached: trees
 * with links to directories (their targets would have to be walked too), and trees with a file
 * changed so recently that a further change could still land on the same timestamp.
 *
 * The cache lives in `<outdir>/.cache/asset-hashes.json`; deleting it only costs time.
 */
export function cachedAssetHash(input: AssetHashInput, outdir: string | undefined, scope?: IConstruct): string {
  const cache = SourceHashCache.lookup(input, outdir, scope);
  const known = cache?.known();
  if (known !== undefined) { return known; }
  const hash = calculateAssetHash(input, scope);
  cache?.remember(hash);
  return hash;
}

/** The cache entry of one source asset: what it holds, and the size of the tree. */
export class SourceHashCache {
  /**
   * The cache entry for `input` in `outdir`; undefined when the hash is not of a kind that is cached
   * (custom, or from a bundle) or the tree cannot be trusted to its signature.
   */
  public static lookup(input: AssetHashInput, outdir: string | undefined, scope?: IConstruct): SourceHashCache | undefined {
    const cacheable = outdir !== undefined
      && input.bundleOutputPath === undefined
      && resolveAssetHashType(input, scope) === AssetHashType.SOURCE;
    if (!cacheable) { return undefined; }
    const signature = treeSignature(input.sourcePath);
    if (signature === undefined) { return undefined; }
    if (signature.digest === undefined) { return new SourceHashCache(undefined, '', signature.files, signature.bytes); }
    const key = crypto.createHash('sha256').update(JSON.stringify({
      version: CACHE_FORMAT,
      sourcePath: input.sourcePath,
      exclude: input.exclude,
      follow: input.follow,
      ignoreMode: input.ignoreMode,
      extraHash: input.extraHash,
      bundling: input.bundling !== undefined ? JSON.stringify(input.bundling) : undefined,
      signature: signature.digest,
    })).digest('hex');
    return new SourceHashCache(HashCacheFile.of(outdir!), key, signature.files, signature.bytes);
  }

  private constructor(
    /** Undefined when the tree changed too recently to be cached: nothing is looked up or remembered. */
    private readonly file: HashCacheFile | undefined,
    private readonly key: string,
    /** How many files the tree holds. */
    public readonly files: number,
    /** How many bytes its files hold. */
    public readonly bytes: number,
  ) { }

  /** The hash remembered for this source, if any. */
  public known(): string | undefined {
    return this.file?.get(this.key);
  }

  /** Remembers the hash of this source. */
  public remember(hash: string): void {
    this.file?.set(this.key, hash);
  }
}

/** Forgets the cache files loaded by this process: they are read again from disk when next needed. */
export function forgetLoadedHashCaches(): void {
  HashCacheFile.forgetAll();
}

const CACHE_FORMAT = 1;
const MAX_ENTRIES = 2000;

/** One cache file, loaded once per process and written after each new entry (small, and atomic). */
class HashCacheFile {
  public static of(outdir: string): HashCacheFile {
    const file = path.join(outdir, '.cache', 'asset-hashes.json');
    let cache = HashCacheFile.open.get(file);
    if (cache === undefined) {
      cache = new HashCacheFile(file);
      HashCacheFile.open.set(file, cache);
    }
    return cache;
  }

  public static forgetAll(): void {
    HashCacheFile.open.clear();
  }

  private static readonly open = new Map<string, HashCacheFile>();
  private readonly entries = new Map<string, string>();

  private constructor(private readonly file: string) {
    try {
      const parsed = JSON.parse(fs.readFileSync(file, 'utf-8'));
      if (parsed?.version === CACHE_FORMAT && typeof parsed.entries === 'object') {
        for (const [key, value] of Object.entries(parsed.entries)) {
          if (typeof value === 'string') { this.entries.set(key, value); }
        }
      }
    } catch {
      // No cache yet, or an unreadable one: start afresh.
    }
  }

  public get(key: string): string | undefined {
    return this.entries.get(key);
  }

  public set(key: string, hash: string): void {
    this.entries.delete(key);
    this.entries.set(key, hash);
    while (this.entries.size > MAX_ENTRIES) { this.entries.delete(this.entries.keys().next().value!); }
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      const temporary = `${this.file}.tmp-${process.pid}`;
      fs.writeFileSync(temporary, JSON.stringify({ version: CACHE_FORMAT, entries: Object.fromEntries(this.entries) }));
      fs.renameSync(temporary, this.file);
    } catch {
      // A read-only output directory: the cache is an optimization only.
    }
  }
}

/**
 * Changes closer to now than this may share a timestamp with a change still to come, on file systems
 * that keep fractions of a second (their clock ticks every few milliseconds).
 */
const FINE_TIMESTAMP_MARGIN_NS = 100_000_000n;
/** The same for file systems that keep whole seconds (or two: FAT). */
const COARSE_TIMESTAMP_MARGIN_NS = 3_000_000_000n;

/** The signature of a tree, and its size. */
export interface TreeSignature {
  /** The digest; undefined when a file changed too recently for the digest to be trusted. */
  readonly digest?: string;
  readonly files: number;
  readonly bytes: number;
}

/**
 * A digest of the metadata of every file below `root` (or of `root` itself when it is a file): its
 * path, mode, size, inode, and modification and change times; and the size of the tree. Directories
 * count by the names they hold. Undefined when the tree has links to directories (see `cachedAssetHash`).
 */
export function treeSignature(root: string): TreeSignature | undefined {
  const walkStart = BigInt(Date.now()) * 1_000_000n;
  const lines: string[] = [];
  let newest = 0n;
  let subSecondTimes = false;
  let files = 0;
  let bytes = 0;

  // BigInt stats: nanosecond times, and (on Node 20) cheaper to make than Stats with their Dates.
  const addFile = (relative: string, stat: fs.BigIntStats, extra = '') => {
    lines.push(`${relative}\0${stat.mode}\0${stat.size}\0${stat.ino}\0${stat.mtimeNs}\0${stat.ctimeNs}\0${extra}`);
    if (stat.mtimeNs > newest) { newest = stat.mtimeNs; }
    if (stat.ctimeNs > newest) { newest = stat.ctimeNs; }
    if (stat.mtimeNs % 1_000_000_000n !== 0n) { subSecondTimes = true; }
    if (stat.isFile()) {
      files++;
      bytes += Number(stat.size);
    }
  };

  // Directories are not stat'ed: a change to a file shows in the file's own times, and an entry
  // added or removed shows in the names listed.
  const walk = (dir: string, relativeDir: string): boolean => {
    const entries = fs.readdirSync(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = `${dir}${path.sep}${entry.name}`;
      const relative = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
      if (entry.isDirectory()) {
        lines.push(`${relative}/`);
        if (!walk(full, relative)) { return false; }
      } else if (entry.isSymbolicLink()) {
        const target = fs.readlinkSync(full);
        const targetStat = fs.statSync(full, { bigint: true, throwIfNoEntry: false });
        if (targetStat?.isDirectory()) { return false; }
        addFile(relative, fs.lstatSync(full, { bigint: true }), target);
        if (targetStat !== undefined) { addFile(`${relative}->`, targetStat); }
      } else {
        addFile(relative, fs.lstatSync(full, { bigint: true }));
      }
    }
    return true;
  };

  let real: string;
  try {
    real = fs.realpathSync.native(root);
  } catch {
    return undefined;
  }
  lines.push(real);
  const rootStat = fs.statSync(real, { bigint: true });
  if (rootStat.isDirectory()) {
    if (!walk(real, '')) { return undefined; }
  } else {
    addFile('', rootStat);
  }

  const margin = subSecondTimes ? FINE_TIMESTAMP_MARGIN_NS : COARSE_TIMESTAMP_MARGIN_NS;
  const trusted = newest <= walkStart - margin;
  const digest = trusted ? crypto.createHash('sha256').update(lines.join('\n')).digest('hex') : undefined;
  return { digest, files, bytes };
}
