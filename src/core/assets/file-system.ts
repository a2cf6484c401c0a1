import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { copyDirectory } from './copy';
import { fingerprint } from './fingerprint';
import { CopyOptions, FingerprintOptions } from './options';

/** File system utilities used to stage assets. */
export class FileSystem {
  /**
   * Copies a directory tree, honouring `exclude`, `ignoreMode` and `follow`.
   * @param srcDir the directory to copy
   * @param destDir where to copy it (created when missing; existing files are overwritten)
   * @param options what to leave out and how to treat symlinks
   * @param rootDir the directory `exclude` patterns are relative to (default: `srcDir`)
   */
  public static copyDirectory(srcDir: string, destDir: string, options: CopyOptions = {}, rootDir?: string): void {
    copyDirectory(srcDir, destDir, options, rootDir);
  }

  /**
   * A fingerprint (SHA-256, hex) of a file or a whole directory tree, equal to aws-cdk-lib's.
   *
   * Text files count with CRLF line endings turned into LF. The fingerprint also covers
   * `options.extraHash`, the symlink follow mode and a non-default ignore mode. It does not depend
   * on where the tree is, on file times, nor on the order the directory listing comes in.
   * @param fileOrDirectory the file or directory to fingerprint
   * @param options what to leave out, how to treat symlinks, extra data to mix in
   */
  public static fingerprint(fileOrDirectory: string, options: FingerprintOptions = {}): string {
    return fingerprint(fileOrDirectory, options);
  }

  /**
   * Whether a directory has no entries.
   * @param dir the directory to check
   */
  public static isEmpty(dir: string): boolean {
    return fs.readdirSync(dir).length === 0;
  }

  /** The real path of the system temporary directory (resolved once: on macOS it is behind a link). */
  public static get tmpdir(): string {
    return FileSystem.realTmpdir ??= fs.realpathSync(os.tmpdir());
  }

  /**
   * Creates a new, uniquely named directory in the system temporary directory.
   * @param prefix the start of the directory's name; six random characters follow it
   */
  public static mkdtemp(prefix: string): string {
    return fs.mkdtempSync(path.join(FileSystem.tmpdir, prefix));
  }

  /**
   * Deletes a file or a directory tree; nothing happens when it does not exist.
   * @param dirOrFile the path to delete
   */
  public static rmrf(dirOrFile: string): void {
    fs.rmSync(dirOrFile, { recursive: true, force: true });
  }

  private static realTmpdir?: string;
}
