import * as path from 'path';
import type { Minimatch } from 'minimatch';
import { UnscopedValidationError, describeValue } from '../errors';
import { CopyOptions, IgnoreMode } from './options';

// The matching libraries load on first use: `require('lambda-cdk')` must not pay for them.
type IgnoreMatcher = { add(patterns: string | string[]): IgnoreMatcher; ignores(pathname: string): boolean };
type IgnoreFactory = (options?: { ignorecase?: boolean }) => IgnoreMatcher;
let minimatchModule: typeof import('minimatch') | undefined;
let gitIgnoreFactory: IgnoreFactory | undefined;
let dockerIgnoreFactory: IgnoreFactory | undefined;

function loadMinimatch(): typeof import('minimatch') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return minimatchModule ??= require('minimatch');
}
function loadGitIgnore(): IgnoreFactory {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return gitIgnoreFactory ??= require('ignore');
}
function loadDockerIgnore(): IgnoreFactory {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return dockerIgnoreFactory ??= require('@balena/dockerignore');
}

function assertAbsolute(strategy: string, what: string, value: string): void {
  if (!path.isAbsolute(value)) {
    throw new UnscopedValidationError(`${strategy}: ${what} must be an absolute path, got ${describeValue(value)}`);
  }
}

/** Decides which paths under a root directory are left out of a copy or a fingerprint. */
export abstract class IgnoreStrategy {
  /**
   * Ignores paths matching simple glob patterns.
   * @param absoluteRootPath the directory the paths are relative to
   */
  public static glob(absoluteRootPath: string, patterns: string[]): GlobIgnoreStrategy {
    return new GlobIgnoreStrategy(absoluteRootPath, patterns);
  }

  /**
   * Ignores paths the way a `.gitignore` file with these patterns would.
   * @param absoluteRootPath the directory the paths are relative to
   */
  public static git(absoluteRootPath: string, patterns: string[]): GitIgnoreStrategy {
    return new GitIgnoreStrategy(absoluteRootPath, patterns);
  }

  /**
   * Ignores paths the way a `.dockerignore` file with these patterns would.
   * @param absoluteRootPath the directory the paths are relative to
   */
  public static docker(absoluteRootPath: string, patterns: string[]): DockerIgnoreStrategy {
    return new DockerIgnoreStrategy(absoluteRootPath, patterns);
  }

  /**
   * The strategy selected by `options.ignoreMode`, loaded with `options.exclude`.
   * @param absoluteRootPath the directory the paths are relative to
   */
  public static fromCopyOptions(options: CopyOptions, absoluteRootPath: string): IgnoreStrategy {
    const mode = options.ignoreMode ?? IgnoreMode.GLOB;
    const exclude = options.exclude ?? [];
    switch (mode) {
      case IgnoreMode.GLOB: return new GlobIgnoreStrategy(absoluteRootPath, exclude);
      case IgnoreMode.GIT: return new GitIgnoreStrategy(absoluteRootPath, exclude);
      case IgnoreMode.DOCKER: return new DockerIgnoreStrategy(absoluteRootPath, exclude);
      default:
        throw new UnscopedValidationError(`ignoreMode must be one of ${Object.values(IgnoreMode).join(', ')}, got ${describeValue(mode)}`);
    }
  }

  /** Adds another pattern, which takes precedence over the earlier ones where they conflict. */
  public abstract add(pattern: string): void;

  /**
   * Whether the file or directory at this path is left out.
   * @param absoluteFilePath the path to test
   */
  public abstract ignores(absoluteFilePath: string): boolean;

  /**
   * Whether the directory at this path is left out together with everything below it, so a walk
   * need not look inside.
   * @param absoluteDirectoryPath the directory to test
   */
  public completelyIgnores(absoluteDirectoryPath: string): boolean {
    return this.ignores(absoluteDirectoryPath);
  }
}

/**
 * Ignores paths matching glob patterns (minimatch syntax). A pattern without a slash is matched
 * against the base name, so `*.txt` leaves out text files at every depth. A pattern starting with
 * `!` brings back what an earlier pattern left out; the last matching pattern decides.
 */
export class GlobIgnoreStrategy extends IgnoreStrategy {
  private readonly absoluteRootPath: string;
  private readonly rules: Array<{ readonly negated: boolean; readonly matcher: Minimatch }> = [];

  constructor(absoluteRootPath: string, patterns: string[]) {
    super();
    assertAbsolute('GlobIgnoreStrategy', 'absoluteRootPath', absoluteRootPath);
    this.absoluteRootPath = absoluteRootPath;
    for (const pattern of patterns) { this.add(pattern); }
  }

  /** Adds another pattern; `!pattern` brings back what earlier patterns left out. */
  public add(pattern: string): void {
    // Every leading `!` is dropped from the glob itself: `!!a` brings back `a`, like `!a` does.
    const negated = pattern.startsWith('!');
    const { Minimatch: MinimatchClass } = loadMinimatch();
    this.rules.push({ negated, matcher: new MinimatchClass(pattern.replace(/^!+/, ''), { matchBase: true }) });
  }

  /**
   * Whether the path matches the patterns.
   * @param absoluteFilePath the path to test
   */
  public ignores(absoluteFilePath: string): boolean {
    assertAbsolute('GlobIgnoreStrategy.ignores()', 'the path', absoluteFilePath);
    const relativePath = path.relative(this.absoluteRootPath, absoluteFilePath);
    for (let i = this.rules.length - 1; i >= 0; i--) {
      const rule = this.rules[i];
      if (rule.matcher.match(relativePath)) { return !rule.negated; }
    }
    return false;
  }
}

/** Ignores paths the way a `.gitignore` file with these patterns would. */
export class GitIgnoreStrategy extends IgnoreStrategy {
  private readonly absoluteRootPath: string;
  private readonly matcher: IgnoreMatcher;

  constructor(absoluteRootPath: string, patterns: string[]) {
    super();
    assertAbsolute('GitIgnoreStrategy', 'absoluteRootPath', absoluteRootPath);
    this.absoluteRootPath = absoluteRootPath;
    this.matcher = loadGitIgnore()().add(patterns);
  }

  /** Adds another line of `.gitignore` syntax. */
  public add(pattern: string): void {
    this.matcher.add(pattern);
  }

  /**
   * Whether the path is ignored. The path is tested as a file: a pattern that only matches
   * directories (`dir/`) applies to what is below the directory, see `completelyIgnores`.
   * @param absoluteFilePath the path to test; must lie below the root
   */
  public ignores(absoluteFilePath: string): boolean {
    assertAbsolute('GitIgnoreStrategy.ignores()', 'the path', absoluteFilePath);
    return this.matcher.ignores(path.relative(this.absoluteRootPath, absoluteFilePath));
  }

  /**
   * Whether the directory is ignored, with everything below it (git never looks inside an ignored
   * directory, so a negated pattern cannot bring its content back).
   * @param absoluteDirectoryPath the directory to test; must lie below the root
   */
  public override completelyIgnores(absoluteDirectoryPath: string): boolean {
    assertAbsolute('GitIgnoreStrategy.completelyIgnores()', 'the path', absoluteDirectoryPath);
    return this.matcher.ignores(path.relative(this.absoluteRootPath, absoluteDirectoryPath) + '/');
  }
}

/** Ignores paths the way a `.dockerignore` file with these patterns would. */
export class DockerIgnoreStrategy extends IgnoreStrategy {
  private readonly absoluteRootPath: string;
  private readonly matcher: IgnoreMatcher;
  /**
   * The same patterns, plus every parent of each negated pattern also negated: a directory is only
   * completely ignored when no negated pattern can bring back something below it.
   */
  private readonly completeMatcher: IgnoreMatcher;

  constructor(absoluteRootPath: string, patterns: string[]) {
    super();
    assertAbsolute('DockerIgnoreStrategy', 'absoluteRootPath', absoluteRootPath);
    this.absoluteRootPath = absoluteRootPath;
    const factory = loadDockerIgnore();
    this.matcher = factory();
    this.completeMatcher = factory();
    for (const pattern of patterns) { this.add(pattern); }
  }

  /** Adds another line of `.dockerignore` syntax. */
  public add(pattern: string): void {
    this.matcher.add(pattern);
    this.completeMatcher.add(withNegatedParents(pattern));
  }

  /**
   * Whether the path is ignored.
   * @param absoluteFilePath the path to test
   */
  public ignores(absoluteFilePath: string): boolean {
    assertAbsolute('DockerIgnoreStrategy.ignores()', 'the path', absoluteFilePath);
    return this.matcher.ignores(path.relative(this.absoluteRootPath, absoluteFilePath));
  }

  /**
   * Whether the directory is ignored and no negated pattern can bring back anything below it.
   * @param absoluteDirectoryPath the directory to test
   */
  public override completelyIgnores(absoluteDirectoryPath: string): boolean {
    assertAbsolute('DockerIgnoreStrategy.completelyIgnores()', 'the path', absoluteDirectoryPath);
    return this.completeMatcher.ignores(path.relative(this.absoluteRootPath, absoluteDirectoryPath));
  }
}

/** `!a/b/c` becomes `!a`, `!a/b`, `!a/b/c`; other patterns are kept as they are. */
function withNegatedParents(pattern: string): string[] {
  if (!pattern.startsWith('!')) { return [pattern]; }
  const parts = pattern.slice(1).split('/');
  const result: string[] = [];
  for (let i = 1; i <= parts.length; i++) {
    result.push('!' + parts.slice(0, i).join('/'));
  }
  return result;
}
