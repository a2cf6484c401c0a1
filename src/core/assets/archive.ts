import * as path from 'path';

/** File name endings that mark an archive, longest first so `.tar.gz` wins over `.gz`-less `.tar`. */
const ARCHIVE_EXTENSIONS = ['.tar.gz', '.zip', '.jar', '.tar', '.tgz'];

/**
 * The archive extension of a file name, lower-cased (`.zip`, `.jar`, `.tar`, `.tgz`, `.tar.gz`),
 * or undefined when the file is not an archive. These files are uploaded as they are.
 */
export function archiveExtension(fileName: string): string | undefined {
  const lower = fileName.toLowerCase();
  return ARCHIVE_EXTENSIONS.find(ext => lower.endsWith(ext));
}

/**
 * The extension a staged file keeps (`asset.<hash><extension>`): the archive extension, lower-cased,
 * else the last extension as written (`.TXT` stays `.TXT`; `x.d.ts` gives `.ts`; none gives '').
 */
export function stagedFileExtension(fileName: string): string {
  return archiveExtension(fileName) ?? path.extname(fileName);
}
