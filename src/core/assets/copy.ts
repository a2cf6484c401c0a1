import * as fs from 'fs';
import * as path from 'path';
import { UnscopedValidationError } from '../errors';
import { IgnoreStrategy } from './ignore';
import { CopyOptions, SymlinkFollowMode } from './options';
import { isInside, resolveSymlink } from './symlinks';

/**
 * Copies a directory tree the way aws-cdk-lib's `FileSystem.copyDirectory` does.
 *
 * - Files keep their permission bits (not their times); directories get default permissions.
 * - `exclude` is matched against paths relative to `rootDir`. An excluded directory is skipped
 *   when nothing below it can be brought back by a negated pattern; otherwise it is only created
 *   if something below it is copied. Directories that are not excluded are created even when empty.
 * - Symlinks are followed per `follow` (default EXTERNAL): a followed link is copied as what it
 *   points to, one that is not is recreated; a target inside `srcDir` is rewritten as the
 *   relative path from the link's new place to where the target really is.
 *   With BLOCK_EXTERNAL a link pointing outside `rootDir` is an error; dangling links are kept.
 * - A directory reached again through links while it is being copied (a cycle) is created empty.
 * - `destDir` and its missing parents are created with the first entry copied; when there is
 *   nothing to copy, `destDir` is not created.
 */
export function copyDirectory(srcDir: string, destDir: string, options: CopyOptions = {}, rootDir?: string): void {
  const source = path.resolve(srcDir);
  let sourceStat: fs.Stats;
  try {
    sourceStat = fs.statSync(source);
  } catch (e: any) {
    if (e?.code === 'ENOENT') { throw new UnscopedValidationError(`copyDirectory: source directory ${JSON.stringify(srcDir)} does not exist`); }
    throw e;
  }
  if (!sourceStat.isDirectory()) {
    throw new UnscopedValidationError(`copyDirectory: ${JSON.stringify(srcDir)} is not a directory`);
  }
  const root = rootDir === undefined ? source : path.resolve(rootDir);
  const copier = new TreeCopier(source, root, options);
  // The destination (and its parents) appear with the first entry copied: nothing to copy, no directory.
  copier.directory(fs.realpathSync.native(source), source, path.resolve(destDir), false);
}

class TreeCopier {
  private readonly follow: SymlinkFollowMode;
  private readonly ignoreStrategy?: IgnoreStrategy;
  private readonly realSource: string;
  private readonly realRoot: string;
  /** Real paths of the directories being copied, to cut cycles made by followed links. */
  private readonly copying = new Set<string>();

  constructor(private readonly source: string, root: string, options: CopyOptions) {
    this.follow = options.follow ?? SymlinkFollowMode.EXTERNAL;
    if (options.exclude && options.exclude.length > 0) {
      this.ignoreStrategy = IgnoreStrategy.fromCopyOptions(options, root);
    }
    this.realSource = fs.realpathSync.native(source);
    this.realRoot = realPathOrSelf(root);
  }

  /**
   * @param dirPath the directory's path as walked (through followed links, as in the fingerprint)
   * @param symbolicDir where it appears in the source tree (what exclusions are matched against)
   * @param destDir where it is copied to
   * @param exists whether destDir has been created already (else it is made before the first entry)
   * @param viaLink whether `dirPath` goes through a followed link (so is not a real path)
   */
  public directory(dirPath: string, symbolicDir: string, destDir: string, exists: boolean, viaLink = false): void {
    const realDir = viaLink ? fs.realpathSync.native(dirPath) : dirPath;
    if (this.copying.has(realDir)) { return; }
    this.copying.add(realDir);
    let made = exists;
    const makeDestDir = () => {
      if (!made) { fs.mkdirSync(destDir, { recursive: true }); made = true; }
    };

    for (const entry of fs.readdirSync(dirPath, { withFileTypes: true })) {
      const entryPath = path.join(dirPath, entry.name);
      const symbolicPath = path.join(symbolicDir, entry.name);
      const destPath = path.join(destDir, entry.name);
      if (entry.isSymbolicLink()) {
        this.symlink(entryPath, symbolicPath, destPath, makeDestDir);
      } else if (entry.isDirectory()) {
        this.subdirectory(entryPath, symbolicPath, destPath, viaLink);
      } else if (entry.isFile() && !this.ignores(symbolicPath)) {
        makeDestDir();
        copyFile(entryPath, destPath);
      }
    }
    this.copying.delete(realDir);
  }

  private subdirectory(dirPath: string, symbolicPath: string, destPath: string, viaLink: boolean): void {
    const strategy = this.ignoreStrategy;
    if (strategy !== undefined && strategy.completelyIgnores(symbolicPath)) { return; }
    // An excluded directory is still searched for files a negated pattern brings back.
    const excluded = strategy !== undefined && strategy.ignores(symbolicPath);
    if (!excluded) { fs.mkdirSync(destPath, { recursive: true }); }
    this.directory(dirPath, symbolicPath, destPath, !excluded, viaLink);
  }

  private symlink(linkPath: string, symbolicPath: string, destPath: string, makeDestDir: () => void): void {
    const link = resolveSymlink(linkPath, this.realRoot, this.follow);
    if (link.followedTo === undefined || link.followedStat === undefined) {
      if (this.ignores(symbolicPath)) { return; }
      if (this.follow === SymlinkFollowMode.BLOCK_EXTERNAL && link.external) {
        throw new UnscopedValidationError(`copyDirectory: ${symbolicPath} is a symbolic link to ${link.resolvedTarget}, outside ${this.realRoot}, `
          + 'which follow mode BLOCK_EXTERNAL forbids. Use SymlinkFollowMode.ALWAYS or EXTERNAL to copy what it points to, or replace it with a regular file');
      }
      makeDestDir();
      fs.symlinkSync(this.targetInCopy(link.writtenTarget, link.located, symbolicPath), destPath);
      return;
    }
    if (link.followedStat.isDirectory()) {
      this.subdirectory(link.followedTo, symbolicPath, destPath, true);
    } else if (link.followedStat.isFile() && !this.ignores(symbolicPath)) {
      makeDestDir();
      copyFile(link.followedTo, destPath);
    }
  }

  /**
   * A target inside the source is rewritten as the path from the link's new place to where the
   * target really is (so an absolute target no longer points back into the source); a target
   * outside stays as written.
   */
  private targetInCopy(target: string, located: string, symbolicPath: string): string {
    if (!isInside(this.realSource, located)) { return target; }
    const linkDirInSource = path.join(this.realSource, path.relative(this.source, path.dirname(symbolicPath)));
    return path.relative(linkDirInSource, located) || '.';
  }

  private ignores(symbolicPath: string): boolean {
    return this.ignoreStrategy !== undefined && this.ignoreStrategy.ignores(symbolicPath);
  }
}

function copyFile(from: string, to: string): void {
  // A copy-on-write clone where the file system can make one, a plain copy elsewhere.
  fs.copyFileSync(from, to, fs.constants.COPYFILE_FICLONE);
}

function realPathOrSelf(p: string): string {
  try {
    return fs.realpathSync.native(p);
  } catch {
    return p;
  }
}
