import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { copyDirectory } from './copy';
import { CopyOptions } from './options';

/**
 * Writing staged assets into the final output directory so that each one appears whole or not at
 * all: the copy is made under a temporary name next to its final place (same file system) and
 * renamed into place. An interrupted synthesis leaves at worst a `*.tmp-*` entry behind, never a
 * half-written `asset.<hash>`; two processes staging the same asset at once both succeed, the
 * second discarding its copy.
 */

/**
 * Whether `target` holds a staged asset already. An empty directory does not count: it can only be
 * the leftover of a failed run (an asset directory named by its content always has content, except
 * for an empty source, which is as cheap to stage again).
 */
export function isStaged(target: string): boolean {
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(target, { throwIfNoEntry: false });
  } catch {
    return false;
  }
  if (stat === undefined) { return false; }
  return !stat.isDirectory() || fs.readdirSync(target).length > 0;
}

/** Copies the directory `source` to `target` (honouring exclusions and symlink rules) atomically. */
export function stageDirectory(source: string, target: string, options: CopyOptions): void {
  const temporary = temporaryNameFor(target);
  try {
    copyDirectory(source, temporary, options);
    // A source with nothing to copy still stages as an (empty) directory.
    fs.mkdirSync(temporary, { recursive: true });
    moveIntoPlace(temporary, target);
  } finally {
    fs.rmSync(temporary, { recursive: true, force: true });
  }
}

/** Copies the file `source` to `target` atomically (a copy-on-write clone where the file system offers one). */
export function stageFile(source: string, target: string): void {
  const temporary = temporaryNameFor(target);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  try {
    fs.copyFileSync(source, temporary, fs.constants.COPYFILE_FICLONE);
    fs.renameSync(temporary, target);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

/**
 * Makes `target` show the file `source` (inside the same output directory): a hard link costs no
 * copy; where links are not allowed, a copy.
 */
export function stageFileBeside(source: string, target: string): void {
  const temporary = temporaryNameFor(target);
  try {
    try {
      fs.linkSync(source, temporary);
    } catch {
      fs.copyFileSync(source, temporary, fs.constants.COPYFILE_FICLONE);
    }
    fs.renameSync(temporary, target);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

/**
 * Renames the finished directory `finished` to `target`. When `target` appeared meanwhile (another
 * process staged the same asset, which has the same content by its name), `finished` is left for
 * the caller to delete. An empty leftover directory at `target` is replaced.
 */
export function moveIntoPlace(finished: string, target: string): void {
  try {
    fs.renameSync(finished, target);
  } catch (e: any) {
    if (e?.code !== 'ENOTEMPTY' && e?.code !== 'EEXIST' && e?.code !== 'EPERM') { throw e; }
    if (!isStaged(target)) {
      fs.rmSync(target, { recursive: true, force: true });
      fs.renameSync(finished, target);
    }
  }
}

/** A name beside `target`, unique to this process and call. */
export function temporaryNameFor(target: string): string {
  return path.join(path.dirname(target), `${path.basename(target)}.tmp-${process.pid}-${crypto.randomBytes(4).toString('hex')}`);
}
