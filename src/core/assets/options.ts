/** How symbolic links are treated when copying or fingerprinting a directory. */
export enum SymlinkFollowMode {
  /** Never follow symlinks: the link itself is copied or fingerprinted. */
  NEVER = 'never',
  /** Always follow symlinks: the target is copied or fingerprinted in place of the link. */
  ALWAYS = 'always',
  /** Follow only symlinks whose target lies outside the source directory. */
  EXTERNAL = 'external',
  /**
   * Follow only symlinks whose target lies inside the source directory; links pointing outside are
   * kept as links.
   */
  BLOCK_EXTERNAL = 'internal-only',
}

/** Which syntax the `exclude` patterns are written in. */
export enum IgnoreMode {
  /** Simple glob patterns, matched against the relative path (or the base name for patterns without a slash). */
  GLOB = 'glob',
  /** The `.gitignore` syntax. */
  GIT = 'git',
  /** The `.dockerignore` syntax. */
  DOCKER = 'docker',
}

/** Options for copying a directory (and for choosing which files belong to an asset). */
export interface CopyOptions {
  /**
   * How symbolic links are treated.
   * @default SymlinkFollowMode.NEVER
   */
  readonly follow?: SymlinkFollowMode;

  /**
   * Paths matching these patterns are left out. See `ignoreMode` for the syntax.
   * Has no effect on assets produced by bundling.
   * @default - nothing is excluded
   */
  readonly exclude?: string[];

  /**
   * The syntax of the `exclude` patterns.
   * @default IgnoreMode.GLOB
   */
  readonly ignoreMode?: IgnoreMode;
}

/** Options for fingerprinting a file or a directory. */
export interface FingerprintOptions extends CopyOptions {
  /**
   * Extra information mixed into the fingerprint (build instructions and other inputs).
   * @default - the fingerprint depends on the source content only
   */
  readonly extraHash?: string;
}

/** Copy options whose symlink setting is named `followSymlinks` (used by container image assets). */
export interface FileCopyOptions {
  /**
   * How symbolic links are treated.
   * @default SymlinkFollowMode.NEVER
   */
  readonly followSymlinks?: SymlinkFollowMode;

  /**
   * Paths matching these patterns are left out. See `ignoreMode` for the syntax.
   * @default - nothing is excluded
   */
  readonly exclude?: string[];

  /**
   * The syntax of the `exclude` patterns.
   * @default IgnoreMode.GLOB
   */
  readonly ignoreMode?: IgnoreMode;
}

/** Fingerprint options whose symlink setting is named `followSymlinks` (used by container image assets). */
export interface FileFingerprintOptions extends FileCopyOptions {
  /**
   * Extra information mixed into the fingerprint (build instructions and other inputs).
   * @default - the fingerprint depends on the source content only
   */
  readonly extraHash?: string;
}
