import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  DockerIgnoreStrategy, GitIgnoreStrategy, GlobIgnoreStrategy, IgnoreMode, IgnoreStrategy,
} from '../../../src/core/assets';

const ROOT = '/project';
const at = (relative: string) => (relative === '' ? ROOT : `${ROOT}/${relative}`);

/**
 * [mode, patterns, path, ignores(), completelyIgnores()]: each row as aws-cdk-lib 2.276.0's
 * IgnoreStrategy.fromCopyOptions answered it (probe/assets/ign-battery.js, 234 pattern sets).
 */
const ROWS: Array<[IgnoreMode, string[], string, boolean, boolean]> = [
  // glob: minimatch with matchBase, so a pattern without a slash matches the base name at any depth
  [IgnoreMode.GLOB, ['*.txt'], 'a.txt', true, true],
  [IgnoreMode.GLOB, ['*.txt'], 'sub/deep/d.txt', true, true],
  [IgnoreMode.GLOB, ['*.txt'], 'b.js', false, false],
  [IgnoreMode.GLOB, ['sub'], 'x/sub', true, true],
  [IgnoreMode.GLOB, ['sub'], 'sub/c.txt', false, false],
  [IgnoreMode.GLOB, ['sub/'], 'sub', false, false],
  [IgnoreMode.GLOB, ['/a.txt'], 'a.txt', false, false],
  [IgnoreMode.GLOB, ['*'], '.env', false, false],
  [IgnoreMode.GLOB, ['**'], '.hidden/x', true, true],
  [IgnoreMode.GLOB, ['.*'], '.env', true, true],
  [IgnoreMode.GLOB, ['*.TXT'], 'a.txt', false, false],
  [IgnoreMode.GLOB, ['{a,b}.*'], 'b.js', true, true],
  [IgnoreMode.GLOB, ['#c'], '#c', false, false],
  [IgnoreMode.GLOB, ['\\#c'], '#c', true, true],
  [IgnoreMode.GLOB, ['\\!x'], '!x', true, true],
  [IgnoreMode.GLOB, ['*.txt', '!a.txt'], 'a.txt', false, false],
  [IgnoreMode.GLOB, ['*.txt', '!a.txt'], 'a b.txt', true, true],
  [IgnoreMode.GLOB, ['!a.txt', '*.txt'], 'a.txt', true, true],
  [IgnoreMode.GLOB, ['*.txt', '!!a.txt'], 'a.txt', false, false],
  [IgnoreMode.GLOB, ['*.txt', '!!a.txt'], 'sub/c.txt', true, true],
  [IgnoreMode.GLOB, ['*', '!sub'], 'sub', false, false],
  [IgnoreMode.GLOB, ['*', '!sub'], 'sub/c.txt', true, true],
  [IgnoreMode.GLOB, ['*'], '../outside.txt', true, true],
  // git: the `ignore` package; a directory-only pattern applies through completelyIgnores
  [IgnoreMode.GIT, ['sub/'], 'sub', false, true],
  [IgnoreMode.GIT, ['sub/'], 'sub/c.txt', true, true],
  [IgnoreMode.GIT, ['sub'], 'sub/deep/d.txt', true, true],
  [IgnoreMode.GIT, ['/sub'], 'x/sub', false, false],
  [IgnoreMode.GIT, ['*.TXT'], 'a.txt', true, true],
  [IgnoreMode.GIT, ['a.txt '], 'a.txt', true, true],
  [IgnoreMode.GIT, ['/a.txt'], 'a.txt', true, true],
  [IgnoreMode.GIT, ['{a,b}.*'], 'a.txt', false, false],
  [IgnoreMode.GIT, ['sub', '!sub/c.txt'], 'sub/c.txt', true, true],
  [IgnoreMode.GIT, ['*', '!sub', '!sub/*'], 'sub/c.txt', false, false],
  [IgnoreMode.GIT, ['*', '!sub', '!sub/*'], 'sub/deep', false, false],
  [IgnoreMode.GIT, ['*', '!sub', '!sub/*'], 'sub/deep/d.txt', true, true],
  // docker: @balena/dockerignore; completelyIgnores stays false where a negation could bring a child back
  [IgnoreMode.DOCKER, ['/a.txt'], 'a.txt', true, true],
  [IgnoreMode.DOCKER, ['./a.txt'], 'a.txt', true, true],
  [IgnoreMode.DOCKER, ['c.txt'], 'sub/c.txt', false, false],
  [IgnoreMode.DOCKER, ['sub'], 'sub/deep/d.txt', true, true],
  [IgnoreMode.DOCKER, ['*.TXT'], 'a.txt', true, true],
  [IgnoreMode.DOCKER, [' a.txt'], 'a.txt', true, true],
  [IgnoreMode.DOCKER, ['*/'], 'a.txt', true, true],
  [IgnoreMode.DOCKER, ['sub', '!sub/c.txt'], 'sub', true, false],
  [IgnoreMode.DOCKER, ['sub', '!sub/c.txt'], 'sub/c.txt', false, false],
  [IgnoreMode.DOCKER, ['sub', '!sub/c.txt'], 'sub/deep/d.txt', true, false],
  [IgnoreMode.DOCKER, ['sub/**', '!sub/deep/**'], 'sub/deep', true, false],
  [IgnoreMode.DOCKER, ['**/*.txt', '!**/c.txt'], 'a.txt', true, false],
  [IgnoreMode.DOCKER, ['*.txt', '!a.txt'], 'a b.txt', true, true],
  [IgnoreMode.DOCKER, ['*'], '', true, true],
  [IgnoreMode.DOCKER, ['nonexistent'], 'nonexistent/z.txt', true, true],
];

describe('IgnoreStrategy.fromCopyOptions answers as aws-cdk-lib does', () => {
  for (const [mode, patterns, relative, ignores, completely] of ROWS) {
    test(`${mode} ${JSON.stringify(patterns)} on "${relative}": ignores ${ignores}, completely ${completely}`, () => {
      const strategy = IgnoreStrategy.fromCopyOptions({ ignoreMode: mode, exclude: patterns }, ROOT);
      assert.equal(strategy.ignores(at(relative)), ignores);
      assert.equal(strategy.completelyIgnores(at(relative)), completely);
    });
  }
});

describe('IgnoreStrategy', () => {
  test('fromCopyOptions picks glob when no mode is given, and the class of each mode', () => {
    assert.ok(IgnoreStrategy.fromCopyOptions({}, ROOT) instanceof GlobIgnoreStrategy);
    assert.ok(IgnoreStrategy.fromCopyOptions({ ignoreMode: IgnoreMode.GIT }, ROOT) instanceof GitIgnoreStrategy);
    assert.ok(IgnoreStrategy.fromCopyOptions({ ignoreMode: IgnoreMode.DOCKER }, ROOT) instanceof DockerIgnoreStrategy);
  });

  test('fromCopyOptions rejects an unknown mode, naming the allowed ones', () => {
    assert.throws(() => IgnoreStrategy.fromCopyOptions({ ignoreMode: 'svn' as IgnoreMode }, ROOT), /ignoreMode must be one of glob, git, docker, got "svn"/);
  });

  test('the static factories build the matching strategy', () => {
    assert.equal(IgnoreStrategy.glob(ROOT, ['*.js']).ignores(at('x/y.js')), true);
    assert.equal(IgnoreStrategy.git(ROOT, ['build/']).completelyIgnores(at('build')), true);
    assert.equal(IgnoreStrategy.docker(ROOT, ['build']).ignores(at('build/out.js')), true);
  });

  test('add() appends a pattern that overrides earlier ones', () => {
    for (const strategy of [IgnoreStrategy.glob(ROOT, ['*.txt']), IgnoreStrategy.git(ROOT, ['*.txt']), IgnoreStrategy.docker(ROOT, ['*.txt'])]) {
      strategy.add('!keep.txt');
      assert.equal(strategy.ignores(at('keep.txt')), false, strategy.constructor.name);
      assert.equal(strategy.ignores(at('drop.txt')), true, strategy.constructor.name);
    }
  });

  test('a relative root or a relative path is an error naming the strategy and the value', () => {
    assert.throws(() => new GlobIgnoreStrategy('project', []), /GlobIgnoreStrategy: absoluteRootPath must be an absolute path, got "project"/);
    assert.throws(() => new GitIgnoreStrategy('project', []), /GitIgnoreStrategy: absoluteRootPath/);
    assert.throws(() => new DockerIgnoreStrategy('project', []), /DockerIgnoreStrategy: absoluteRootPath/);
    assert.throws(() => IgnoreStrategy.glob(ROOT, []).ignores('a.txt'), /GlobIgnoreStrategy.ignores\(\): the path must be an absolute path, got "a.txt"/);
  });

  test('git mode cannot test the root itself nor paths outside it, as in aws-cdk-lib', () => {
    const strategy = IgnoreStrategy.git(ROOT, ['*']);
    assert.throws(() => strategy.ignores(ROOT));
    assert.throws(() => strategy.ignores('/elsewhere/x'));
  });
});
