import { after, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { FileSystem, IgnoreMode, SymlinkFollowMode } from '../../../src/core/assets';
import { makeTempDir, TreeSpec, writeTree } from './fixture-tree';

const temp = makeTempDir();
after(temp.cleanup);
let count = 0;

/** Writes `spec` as `<case>/src` next to `<case>/outside`, returning both and a fresh destination. */
function setUp(spec: TreeSpec): { src: string; dest: string; caseDir: string } {
  const caseDir = path.join(temp.dir, `case${count++}`);
  writeTree(path.join(caseDir, 'outside'), { 'x.txt': 'X', odir: { 'y.txt': 'Y' } });
  return { src: writeTree(path.join(caseDir, 'src'), spec), dest: path.join(caseDir, 'dest'), caseDir };
}

/** The copied tree, one line per entry: `dir/`, `file mode "content"` or `link -> target`. */
function listing(dir: string): string[] {
  const lines: string[] = [];
  const walk = (current: string, relative: string) => {
    for (const name of fs.readdirSync(current).sort()) {
      const full = path.join(current, name);
      const rel = relative ? `${relative}/${name}` : name;
      const stat = fs.lstatSync(full);
      if (stat.isSymbolicLink()) {
        lines.push(`${rel} -> ${fs.readlinkSync(full)}`);
      } else if (stat.isDirectory()) {
        lines.push(`${rel}/`);
        walk(full, rel);
      } else {
        lines.push(`${rel} ${(stat.mode & 0o777).toString(8)} ${JSON.stringify(fs.readFileSync(full, 'utf8'))}`);
      }
    }
  };
  walk(dir, '');
  return lines;
}

// The expected listings are what aws-cdk-lib 2.276.0's FileSystem.copyDirectory produced for the
// same trees (probe/assets/compare-copy.js compares the two on 148 cases).
describe('FileSystem.copyDirectory', () => {
  test('copies files, empty directories and permission bits; creates missing parents of the destination', () => {
    const { src, caseDir } = setUp({ 'a.txt': 'A', empty: {}, sub: { 'b.txt': 'B' } });
    fs.writeFileSync(path.join(src, 'run.sh'), '#!/bin/sh', { mode: 0o755 });
    const dest = path.join(caseDir, 'deep', 'er', 'dest');
    FileSystem.copyDirectory(src, dest);
    assert.deepEqual(listing(dest), ['a.txt 644 "A"', 'empty/', 'run.sh 755 "#!/bin/sh"', 'sub/', 'sub/b.txt 644 "B"']);
  });

  test('does not create the destination when there is nothing to copy', () => {
    const { src, dest } = setUp({ 'a.txt': 'A' });
    FileSystem.copyDirectory(src, dest, { exclude: ['*'] });
    assert.equal(fs.existsSync(dest), false);
    const empty = setUp({});
    FileSystem.copyDirectory(empty.src, empty.dest);
    assert.equal(fs.existsSync(empty.dest), false);
  });

  test('overwrites files already in the destination and keeps the others', () => {
    const { src, dest } = setUp({ a: 'new' });
    writeTree(dest, { a: 'old', z: 'kept' });
    FileSystem.copyDirectory(src, dest);
    assert.deepEqual(listing(dest), ['a 644 "new"', 'z 644 "kept"']);
  });

  test('follows only external links by default, rewriting absolute links inside the source to relative ones', () => {
    const { src, dest } = setUp({ 'a.txt': 'A', sub: { up: { link: '../a.txt' } }, 'l-int': { link: 'a.txt' }, 'l-ext': { link: '../outside/x.txt' }, 'l-ext-dir': { link: '../outside/odir' }, 'l-broken': { link: 'nope' } });
    fs.symlinkSync(path.join(src, 'a.txt'), path.join(src, 'sub', 'abs'));
    FileSystem.copyDirectory(src, dest);
    assert.deepEqual(listing(dest), [
      'a.txt 644 "A"', 'l-broken -> nope', 'l-ext 644 "X"', 'l-ext-dir/', 'l-ext-dir/y.txt 644 "Y"', 'l-int -> a.txt', 'sub/', 'sub/abs -> ../a.txt', 'sub/up -> ../a.txt',
    ]);
  });

  test('rewrites a relative link inside the source as the path to where its target really is', () => {
    const { src, dest } = setUp({ sub: { '1': 'one', here: { link: '.' }, a: { l: { link: '../here/1' } } } });
    FileSystem.copyDirectory(src, dest, { follow: SymlinkFollowMode.NEVER });
    assert.deepEqual(listing(dest), ['sub/', 'sub/1 644 "one"', 'sub/a/', 'sub/a/l -> ../1', 'sub/here -> .']);
  });

  test('with follow ALWAYS copies what every link points to, keeping dangling links', () => {
    const { src, dest } = setUp({ 'a.txt': 'A', sub: { b: 'B' }, 'l-int': { link: 'a.txt' }, 'l-dir': { link: 'sub' }, 'l-ext': { link: '../outside/x.txt' }, 'l-broken': { link: 'nope' } });
    FileSystem.copyDirectory(src, dest, { follow: SymlinkFollowMode.ALWAYS });
    assert.deepEqual(listing(dest), ['a.txt 644 "A"', 'l-broken -> nope', 'l-dir/', 'l-dir/b 644 "B"', 'l-ext 644 "X"', 'l-int 644 "A"', 'sub/', 'sub/b 644 "B"']);
  });

  test('with follow NEVER recreates every link as it is written', () => {
    const { src, dest } = setUp({ 'a.txt': 'A', 'l-int': { link: 'a.txt' }, 'l-ext': { link: '../outside/x.txt' } });
    FileSystem.copyDirectory(src, dest, { follow: SymlinkFollowMode.NEVER });
    assert.deepEqual(listing(dest), ['a.txt 644 "A"', 'l-ext -> ../outside/x.txt', 'l-int -> a.txt']);
  });

  test('with follow BLOCK_EXTERNAL copies internal link targets and refuses an external link', () => {
    const { src, dest } = setUp({ 'a.txt': 'A', 'l-int': { link: 'a.txt' }, 'l-broken': { link: 'nope' } });
    FileSystem.copyDirectory(src, dest, { follow: SymlinkFollowMode.BLOCK_EXTERNAL });
    assert.deepEqual(listing(dest), ['a.txt 644 "A"', 'l-broken -> nope', 'l-int 644 "A"']);

    const external = setUp({ 'l-ext': { link: '../outside/x.txt' } });
    assert.throws(() => FileSystem.copyDirectory(external.src, external.dest, { follow: SymlinkFollowMode.BLOCK_EXTERNAL }),
      /l-ext is a symbolic link to .*outside\/x.txt, outside .*, which follow mode BLOCK_EXTERNAL forbids/);
  });

  test('an excluded external link is no error with BLOCK_EXTERNAL', () => {
    const { src, dest } = setUp({ a: 'A', 'l-ext': { link: '../outside/x.txt' } });
    FileSystem.copyDirectory(src, dest, { follow: SymlinkFollowMode.BLOCK_EXTERNAL, exclude: ['l-ext'] });
    assert.deepEqual(listing(dest), ['a 644 "A"']);
  });

  test('a directory reached again through a link cycle is created empty', () => {
    const { src, dest } = setUp({ x: { a: 'A', up: { link: '..' } } });
    FileSystem.copyDirectory(src, dest, { follow: SymlinkFollowMode.ALWAYS });
    assert.deepEqual(listing(dest), ['x/', 'x/a 644 "A"', 'x/up/']);
  });

  test('glob exclusions: a pattern without a slash matches at any depth, a directory that is not excluded is created even when emptied', () => {
    const { src, dest } = setUp({ 'a.txt': 'A', 'b.js': 'B', d: { 'x.txt': 'X' }, sub: { 'c.txt': 'C', deep: { e: 'E' } } });
    FileSystem.copyDirectory(src, dest, { exclude: ['*.txt'] });
    assert.deepEqual(listing(dest), ['b.js 644 "B"', 'd/', 'sub/', 'sub/deep/', 'sub/deep/e 644 "E"']);
  });

  test('git exclusions: a directory pattern leaves the directory out entirely', () => {
    const { src, dest } = setUp({ 'a.txt': 'A', sub: { 'b.txt': 'B', deep: { c: 'C' } } });
    FileSystem.copyDirectory(src, dest, { exclude: ['deep/'], ignoreMode: IgnoreMode.GIT });
    assert.deepEqual(listing(dest), ['a.txt 644 "A"', 'sub/', 'sub/b.txt 644 "B"']);
  });

  test('docker exclusions: a negated pattern brings a file back, and only the directories leading to it are created', () => {
    const { src, dest } = setUp({ 'a.txt': 'A', sub: { 'b.txt': 'B', deep: { c: 'C' } } });
    FileSystem.copyDirectory(src, dest, { exclude: ['sub', '!sub/b.txt'], ignoreMode: IgnoreMode.DOCKER });
    assert.deepEqual(listing(dest), ['a.txt 644 "A"', 'sub/', 'sub/b.txt 644 "B"']);
  });

  test('exclusions are relative to rootDir when it is given', () => {
    const { src, dest } = setUp({ sub: { a: 'A', b: 'B' } });
    FileSystem.copyDirectory(path.join(src, 'sub'), dest, { exclude: ['sub/a'] }, src);
    assert.deepEqual(listing(dest), ['b 644 "B"']);
  });

  test('a source that is not a directory, or does not exist, is an error naming it', () => {
    const { src, dest } = setUp({ a: 'A' });
    assert.throws(() => FileSystem.copyDirectory(path.join(src, 'a'), dest), /copyDirectory: ".*\/a" is not a directory/);
    assert.throws(() => FileSystem.copyDirectory(path.join(src, 'missing'), dest), /copyDirectory: source directory ".*missing" does not exist/);
  });
});
