import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { UnscopedValidationError } from '../errors';
import { fingerprintFileContent } from './content-fingerprint';
import { FILES_WORTH_HELPERS, hashFileContents, warmUpHelpers } from './parallel-content-hash';
import { IgnoreStrategy } from './ignore';
import { FingerprintOptions, IgnoreMode, SymlinkFollowMode } from './options';
import { resolveSymlink, ResolvedSymlink } from './symlinks';

/**
 * The fingerprint of a file or a directory tree, equal to aws-cdk-lib's `FileSystem.fingerprint`.
 *
 * It is the SHA-256 of a sequence of fields, each `\x01<key>\x02<value>\x03`:
 * - `options.extra` = `extraHash` (or empty), `options.follow` = the follow mode (default EXTERNAL),
 *   and `options.ignoreMode` when an ignore mode other than GLOB is given;
 * - one field per file, `file:<relative path>` = `<size>:<sha256>` of its content (see
 *   `fingerprintFileContent`), and one per symlink that is not followed, `link:<relative path>` =
 *   the link's target (made relative to the root when it is absolute and points inside the root).
 *
 * Entries come in a depth-first walk with the names of each directory sorted by UTF-16 code units;
 * directories themselves add nothing (so empty directories do not count), nor do sockets and FIFOs.
 * The given path is resolved to its real path first and is always followed, even when it is a link.
 * A followed link is hashed as what it finally points to, and the walk goes on through the link
 * (a relative link below it resolves against that path, textually); a directory whose real path is
 * already being walked (a cycle through links) is skipped.
 */
export function fingerprint(fileOrDirectory: string, options: FingerprintOptions = {}): string {
  const root = realRoot(fileOrDirectory);
  const follow = options.follow ?? SymlinkFollowMode.EXTERNAL;
  const hash = crypto.createHash('sha256');
  const addField = (key: string, value: string) => { hash.update('\x01' + key + '\x02' + value + '\x03'); };

  addField('options.extra', options.extraHash ?? '');
  addField('options.follow', follow);
  if (options.ignoreMode !== undefined && options.ignoreMode !== IgnoreMode.GLOB) {
    addField('options.ignoreMode', options.ignoreMode);
  }

  const rootStat = fs.statSync(root);
  if (!rootStat.isDirectory()) {
    if (rootStat.isFile()) { addField('file:', fingerprintFileContent(root)); }
    return hash.digest('hex');
  }

  // Walk first, hash contents after: the files can then be hashed on several threads at once.
  const walk = new FingerprintWalk(root, follow, options);
  walk.directory(root, '');
  const contents = hashFileContents(walk.files);
  let nextFile = 0;
  for (let i = 0; i < walk.keys.length; i++) {
    addField(walk.keys[i], walk.linkValues[i] ?? contents[nextFile++]);
  }
  return hash.digest('hex');
}

function realRoot(fileOrDirectory: string): string {
  try {
    return fs.realpathSync.native(fileOrDirectory);
  } catch (e: any) {
    if (e?.code === 'ENOENT') {
      throw new UnscopedValidationError(`Cannot fingerprint ${JSON.stringify(fileOrDirectory)}: no such file or directory`);
    }
    throw e;
  }
}

/** One depth-first walk of a directory tree, listing the fields of the fingerprint in order. */
class FingerprintWalk {
  /** The keys of the fields, in order. */
  public readonly keys: string[] = [];
  /** Per field: a link's recorded target, or undefined for a file (its value comes from `files`). */
  public readonly linkValues: Array<string | undefined> = [];
  /** The paths of the files whose content makes the value of a field, in field order. */
  public readonly files: string[] = [];
  private readonly ignoreStrategy?: IgnoreStrategy;
  /** Real paths of the directories being walked, to cut cycles made by followed links. */
  private readonly walking = new Set<string>();

  constructor(
    private readonly root: string,
    private readonly follow: SymlinkFollowMode,
    options: FingerprintOptions,
  ) {
    // Without patterns nothing can be ignored, so the matching libraries need not even load.
    if (options.exclude && options.exclude.length > 0) {
      this.ignoreStrategy = IgnoreStrategy.fromCopyOptions(options, root);
    }
  }

  /**
   * @param dirPath the directory's path as walked: its real path for the root and below, a path
   *   through the followed link below a followed link
   * @param relativeDir where it appears, relative to the root ('' for the root)
   * @param viaLink whether `dirPath` goes through a followed link (so is not a real path)
   */
  public directory(dirPath: string, relativeDir: string, viaLink = false): void {
    const realDir = viaLink ? fs.realpathSync.native(dirPath) : dirPath;
    if (this.walking.has(realDir)) { return; }
    this.walking.add(realDir);
    const entries = fs.readdirSync(dirPath, { withFileTypes: true });
    entries.sort(byName);
    for (const entry of entries) {
      const name = entry.name;
      const entryPath = joinPath(dirPath, name);
      // The OS separator, as aws-cdk-lib's keys come from path.relative.
      const relativePath = relativeDir === '' ? name : relativeDir + path.sep + name;
      if (entry.isFile()) {
        if (!this.ignores(relativePath, false)) { this.addFile(relativePath, entryPath); }
      } else if (entry.isDirectory()) {
        if (!this.ignores(relativePath, true)) { this.directory(entryPath, relativePath, viaLink); }
      } else if (entry.isSymbolicLink()) {
        this.symlink(entryPath, relativePath);
      }
    }
    this.walking.delete(realDir);
  }

  private symlink(linkPath: string, relativePath: string): void {
    const link: ResolvedSymlink = resolveSymlink(linkPath, this.root, this.follow);
    if (link.followedTo === undefined || link.followedStat === undefined) {
      if (!this.ignores(relativePath, false)) {
        this.keys.push('link:' + relativePath);
        this.linkValues.push(link.recordedTarget);
      }
      return;
    }
    if (link.followedStat.isFile()) {
      if (!this.ignores(relativePath, false)) { this.addFile(relativePath, link.followedTo); }
    } else if (link.followedStat.isDirectory()) {
      if (!this.ignores(relativePath, true)) { this.directory(link.followedTo, relativePath, true); }
    }
  }

  private addFile(relativePath: string, filePath: string): void {
    this.keys.push('file:' + relativePath);
    this.linkValues.push(undefined);
    // A big tree: let the helper threads load while the walk goes on.
    if (this.files.push(filePath) === FILES_WORTH_HELPERS) { warmUpHelpers(); }
  }

  private ignores(relativePath: string, isDirectory: boolean): boolean {
    const strategy = this.ignoreStrategy;
    if (strategy === undefined) { return false; }
    const absolutePath = joinPath(this.root, relativePath);
    return isDirectory ? strategy.completelyIgnores(absolutePath) : strategy.ignores(absolutePath);
  }
}

/** The order of aws-cdk-lib's walk: plain `Array.prototype.sort` on the names (UTF-16 code units). */
function byName(a: fs.Dirent, b: fs.Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** `path.join` for a name known to be plain, without its normalization cost. */
function joinPath(dir: string, name: string): string {
  return dir.endsWith(path.sep) ? dir + name : dir + path.sep + name;
}
