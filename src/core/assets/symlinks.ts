import * as fs from 'fs';
import * as path from 'path';
import { SymlinkFollowMode } from './options';

/** What to do with one symbolic link met while walking a directory tree. */
export interface ResolvedSymlink {
  /**
   * When the link is to be followed: where its target is (`located`). Not a real path when the
   * target's last component is itself a link: like aws-cdk-lib, the walk goes on through that
   * link, so a relative link found below resolves against this path (`..` taken textually).
   */
  readonly followedTo?: string;
  /** What `followedTo` finally is (links followed), when the link is to be followed. */
  readonly followedStat?: fs.Stats;
  /**
   * The link's target as recorded when the link is not followed: as written in the link, except an
   * absolute target inside the root, which becomes relative to the root (so moving the whole tree
   * keeps its fingerprint).
   */
  readonly recordedTarget: string;
  /** The target exactly as written in the link. */
  readonly writtenTarget: string;
  /** The target resolved against the link's directory. */
  readonly resolvedTarget: string;
  /** `resolvedTarget` with the links in its directory part resolved: where the target really is. */
  readonly located: string;
  /** Whether the target lies outside the root. */
  readonly external: boolean;
}

/**
 * Decides whether a link is followed. A target counts as inside `rootDir` by where it really is:
 * the links in the target's directory path are resolved, a link as the last component is not.
 * A dangling link is never followed.
 */
export function resolveSymlink(linkPath: string, rootDir: string, follow: SymlinkFollowMode): ResolvedSymlink {
  const target = fs.readlinkSync(linkPath);
  const resolved = path.resolve(path.dirname(linkPath), target);
  const located = locate(resolved);
  const inside = isInside(rootDir, located);
  const link = {
    recordedTarget: path.isAbsolute(target) && inside ? path.relative(rootDir, located) : target,
    writtenTarget: target,
    resolvedTarget: resolved,
    located,
    external: !inside,
  };
  if (!shouldFollow(follow, inside)) { return link; }
  let followedStat: fs.Stats | undefined;
  try {
    followedStat = fs.statSync(located, { throwIfNoEntry: false });
  } catch {
    followedStat = undefined; // a loop of links, or no permission: treated as dangling
  }
  return followedStat === undefined ? link : { ...link, followedTo: located, followedStat };
}

/** Whether the follow mode follows a link whose target is (or is not) inside the root. */
export function shouldFollow(follow: SymlinkFollowMode, inside: boolean): boolean {
  switch (follow) {
    case SymlinkFollowMode.ALWAYS: return true;
    case SymlinkFollowMode.EXTERNAL: return !inside;
    case SymlinkFollowMode.BLOCK_EXTERNAL: return inside;
    default: return false;
  }
}

/** Whether `candidate` is `dir` or below it (by path, not by prefix: `/a/bc` is not inside `/a/b`). */
export function isInside(dir: string, candidate: string): boolean {
  const relative = path.relative(dir, candidate);
  return !(relative === '..' || relative.startsWith('..' + path.sep) || path.isAbsolute(relative));
}

/** `p` with the links in its directory part resolved; `p` itself when that directory does not exist. */
function locate(p: string): string {
  try {
    return path.join(fs.realpathSync.native(path.dirname(p)), path.basename(p));
  } catch {
    return p;
  }
}
