import { afterEach, beforeEach, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, AssetHashType, FileAssetPackaging, IgnoreMode, Stack, Stage, SymlinkFollowMode } from '../../../src/core';
import { AssetStaging } from '../../../src/core/assets/asset-staging';
import { backgroundCopyStatistics } from '../../../src/core/assets/background-copy';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'staging');
// The hashes aws-cdk-lib 2.276.0 computes for the fixtures (recorded by running it).
const DIR_HASH = '4d60786f92c89663fcd662151cf9f1e5b927007000d77ab84151a1fd2e99eb8f';
const FILE_HASH = 'b58c0ca04e3e358612123a2a010794675f45263c3ec99fd4807acb940ff26279';
const ZIP_HASH = '946cb1f5abdbb63617cea3d9fefdc7e0589473f7c9842260b3b594cab0d3c88a';

let work: string;
beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'staging-test-'));
  AssetStaging.clearAssetHashCache();
});
afterEach(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

function newStack(outdir = path.join(work, 'cdk.out'), context: Record<string, unknown> = {}): Stack {
  return new Stack(new App({ outdir, context }), 'Stack');
}

function listTree(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).map(p => p.split(path.sep).join('/')).sort();
}

/** A copy of a fixture, its files older than the cache's safety margin. */
function copyOfFixture(name: string, into = path.join(work, `copy-of-${name}`)): string {
  fs.cpSync(path.join(FIXTURES, name), into, { recursive: true });
  return into;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

describe('AssetStaging', () => {
  test('a directory is staged as asset.<hash> with the hash aws-cdk-lib computes, to be zipped at publishing', () => {
    const stack = newStack();
    const staging = new AssetStaging(stack, 'Asset', { sourcePath: path.join(FIXTURES, 'dir') });

    assert.equal(staging.assetHash, DIR_HASH);
    assert.equal(staging.sourceHash, DIR_HASH);
    assert.equal(staging.packaging, FileAssetPackaging.ZIP_DIRECTORY);
    assert.equal(staging.isArchive, true);
    assert.equal(staging.relativeStagedPath(stack), `asset.${DIR_HASH}`);
    assert.equal(staging.absoluteStagedPath, path.join(work, 'cdk.out', `asset.${DIR_HASH}`));
    assert.deepEqual(listTree(staging.absoluteStagedPath), ['a.txt', 'debug.log', 'sub', 'sub/b.txt']);
  });

  test('a file is staged as asset.<hash><extension> and used as it is', () => {
    const stack = newStack();
    const staging = new AssetStaging(stack, 'Asset', { sourcePath: path.join(FIXTURES, 'file.txt') });

    assert.equal(staging.assetHash, FILE_HASH);
    assert.equal(staging.packaging, FileAssetPackaging.FILE);
    assert.equal(staging.isArchive, false);
    assert.equal(staging.relativeStagedPath(stack), `asset.${FILE_HASH}.txt`);
    assert.equal(fs.readFileSync(staging.absoluteStagedPath, 'utf8'), 'file content\n');
  });

  test('a .zip file is staged as a file, as it is, and counts as an archive', () => {
    const stack = newStack();
    const staging = new AssetStaging(stack, 'Asset', { sourcePath: path.join(FIXTURES, 'archive.zip') });

    assert.equal(staging.assetHash, ZIP_HASH);
    assert.equal(staging.packaging, FileAssetPackaging.FILE);
    assert.equal(staging.isArchive, true);
    assert.equal(staging.relativeStagedPath(stack), `asset.${ZIP_HASH}.zip`);
    assert.deepEqual(fs.readFileSync(staging.absoluteStagedPath), fs.readFileSync(path.join(FIXTURES, 'archive.zip')));
  });

  test('archive extensions are recognised in any case and staged lower-cased; other extensions stay as written', () => {
    const stack = newStack();
    const cases: Array<[string, string, boolean]> = [
      ['UPPER.ZIP', '.zip', true], ['lib.Jar', '.jar', true], ['image.tar.gz', '.tar.gz', true], ['x.tgz', '.tgz', true],
      ['NOTES.TXT', '.TXT', false], ['types.d.ts', '.ts', false], ['no-extension', '', false],
    ];
    for (const [name, extension, isArchive] of cases) {
      const file = path.join(work, name);
      fs.writeFileSync(file, name);
      const staging = new AssetStaging(stack, name, { sourcePath: file });
      assert.equal(path.basename(staging.absoluteStagedPath), `asset.${staging.assetHash}${extension}`, name);
      assert.equal(staging.isArchive, isArchive, name);
    }
  });

  test('exclude patterns leave files out of the hash and of the staged copy, in every ignore mode', () => {
    const stack = newStack();
    const glob = new AssetStaging(stack, 'Glob', { sourcePath: path.join(FIXTURES, 'dir'), exclude: ['*.log'] });
    const git = new AssetStaging(stack, 'Git', { sourcePath: path.join(FIXTURES, 'dir'), exclude: ['*.log', '!debug.log'], ignoreMode: IgnoreMode.GIT });
    const docker = new AssetStaging(stack, 'Docker', { sourcePath: path.join(FIXTURES, 'dir'), exclude: ['sub'], ignoreMode: IgnoreMode.DOCKER });

    assert.equal(glob.assetHash, '7277efdc3d536523aa68f7213c0eab9e984540582140cec3e27ba06198b685b7');
    assert.deepEqual(listTree(glob.absoluteStagedPath), ['a.txt', 'sub', 'sub/b.txt']);
    assert.equal(git.assetHash, 'c9107b711703cabff5fcf0a8756b573e1bc54f292687ef499b0ae459d35d20eb');
    assert.deepEqual(listTree(git.absoluteStagedPath), ['a.txt', 'debug.log', 'sub', 'sub/b.txt']);
    assert.equal(docker.assetHash, 'b171eff648f9eaa97c1f15039ec6343f679996ac24070cc5c7f5f6a8710b4097');
    assert.deepEqual(listTree(docker.absoluteStagedPath), ['a.txt', 'debug.log']);
  });

  test('a custom asset hash is hashed again with SHA-256, and the content is still staged', () => {
    const stack = newStack();
    const staging = new AssetStaging(stack, 'Asset', { sourcePath: path.join(FIXTURES, 'dir'), assetHash: 'my-custom-hash' });

    assert.equal(staging.assetHash, crypto.createHash('sha256').update('my-custom-hash').digest('hex'));
    assert.equal(staging.assetHash, 'b9c77053f5b83bbe5ba343bc18e92db939a49017010813225fea91fa892c4823');
    assert.deepEqual(listTree(staging.absoluteStagedPath), ['a.txt', 'debug.log', 'sub', 'sub/b.txt']);
  });

  test('the follow mode takes part in the hash as in aws-cdk-lib', () => {
    const staging = new AssetStaging(newStack(), 'Asset', { sourcePath: path.join(FIXTURES, 'dir'), follow: SymlinkFollowMode.NEVER });
    assert.equal(staging.assetHash, 'e90c15b09d1ce1a9d96172a9583ddfe2cbcd11f3c18b96cd6679921ce8300063');
  });

  test('a hash type that needs bundling, without bundling, is an error naming the construct', () => {
    assert.throws(
      () => new AssetStaging(newStack(), 'Asset', { sourcePath: path.join(FIXTURES, 'dir'), assetHashType: AssetHashType.OUTPUT }),
      /\[Stack\/Asset\] Cannot use `output` hash type when `bundling` is not specified/,
    );
  });

  test('a missing source is an error naming the construct and the path', () => {
    const missing = path.join(work, 'nope');
    assert.throws(() => new AssetStaging(newStack(), 'Asset', { sourcePath: missing }),
      (e: Error) => e.message.includes('[Stack/Asset]') && e.message.includes(`Cannot find asset at ${missing}`));
  });

  test('two copies of a folder at different paths, with different modification times, have the same hash', () => {
    const first = copyOfFixture('dir', path.join(work, 'one', 'dir'));
    const second = copyOfFixture('dir', path.join(work, 'elsewhere', 'deeper', 'other-name'));
    const past = new Date('2001-02-03T04:05:06Z');
    for (const file of ['a.txt', 'debug.log', 'sub/b.txt']) { fs.utimesSync(path.join(second, file), past, past); }

    const a = new AssetStaging(newStack(path.join(work, 'out1')), 'Asset', { sourcePath: first });
    AssetStaging.clearAssetHashCache();
    const b = new AssetStaging(newStack(path.join(work, 'out2')), 'Asset', { sourcePath: second });

    assert.equal(a.assetHash, DIR_HASH);
    assert.equal(b.assetHash, DIR_HASH);
  });

  test('an asset staged already in the output directory is reused, not copied again', () => {
    const outdir = path.join(work, 'cdk.out');
    const first = new AssetStaging(newStack(outdir), 'Asset', { sourcePath: path.join(FIXTURES, 'dir') });
    const marker = path.join(first.absoluteStagedPath, 'left-by-the-first-synthesis');
    fs.writeFileSync(marker, '');
    AssetStaging.clearAssetHashCache();

    const second = new AssetStaging(newStack(outdir), 'Asset', { sourcePath: path.join(FIXTURES, 'dir') });

    assert.equal(second.absoluteStagedPath, first.absoluteStagedPath);
    assert.ok(fs.existsSync(marker), 'the staged directory was replaced');
  });

  test('two constructs staging the same source share one staged copy', () => {
    const stack = newStack();
    const a = new AssetStaging(stack, 'A', { sourcePath: path.join(FIXTURES, 'dir') });
    const b = new AssetStaging(stack, 'B', { sourcePath: path.join(FIXTURES, 'dir') });
    assert.equal(a.absoluteStagedPath, b.absoluteStagedPath);
    assert.deepEqual(fs.readdirSync(path.join(work, 'cdk.out')).filter(e => e.startsWith('asset.')), [`asset.${DIR_HASH}`]);
  });

  test('an empty directory left at the asset path by a failed run is staged over', () => {
    const outdir = path.join(work, 'cdk.out');
    fs.mkdirSync(path.join(outdir, `asset.${DIR_HASH}`), { recursive: true });
    const staging = new AssetStaging(newStack(outdir), 'Asset', { sourcePath: path.join(FIXTURES, 'dir') });
    assert.deepEqual(listTree(staging.absoluteStagedPath), ['a.txt', 'debug.log', 'sub', 'sub/b.txt']);
  });

  test('staging leaves nothing but the staged asset (and the hash cache) in the output directory', () => {
    const outdir = path.join(work, 'cdk.out');
    new AssetStaging(newStack(outdir), 'Dir', { sourcePath: path.join(FIXTURES, 'dir') });
    new AssetStaging(newStack(outdir), 'File', { sourcePath: path.join(FIXTURES, 'file.txt') });
    const entries = fs.readdirSync(outdir).filter(e => e !== '.cache').sort();
    assert.deepEqual(entries, [`asset.${DIR_HASH}`, `asset.${FILE_HASH}.txt`]);
  });

  test('a copy that fails leaves neither the asset nor a temporary copy behind', () => {
    const source = copyOfFixture('dir');
    fs.symlinkSync(path.join(FIXTURES, 'file.txt'), path.join(source, 'outside-link'));
    const outdir = path.join(work, 'cdk.out');
    assert.throws(() => new AssetStaging(newStack(outdir), 'Asset', { sourcePath: source, follow: SymlinkFollowMode.BLOCK_EXTERNAL }),
      /BLOCK_EXTERNAL/);
    assert.deepEqual(fs.existsSync(outdir) ? fs.readdirSync(outdir).filter(e => e !== '.cache') : [], []);
  });

  test('staging works when the app has no output directory set (a fresh temporary one)', () => {
    const saved = process.env.CDK_OUTDIR;
    delete process.env.CDK_OUTDIR;
    try {
      const app = new App();
      const staging = new AssetStaging(new Stack(app, 'Stack'), 'Asset', { sourcePath: path.join(FIXTURES, 'file.txt') });
      assert.equal(path.dirname(staging.absoluteStagedPath), app.outdir);
      assert.ok(fs.existsSync(staging.absoluteStagedPath));
      fs.rmSync(app.outdir, { recursive: true, force: true });
    } finally {
      if (saved !== undefined) { process.env.CDK_OUTDIR = saved; }
    }
  });

  test('in a nested stage the asset is staged in the root output directory and referred to as ../asset.<hash>', () => {
    const app = new App({ outdir: path.join(work, 'cdk.out') });
    const stack = new Stack(new Stage(app, 'Prod'), 'Stack');
    const staging = new AssetStaging(stack, 'Asset', { sourcePath: path.join(FIXTURES, 'dir') });
    assert.equal(staging.relativeStagedPath(stack), `../asset.${DIR_HASH}`);
    assert.equal(path.dirname(staging.absoluteStagedPath), path.join(work, 'cdk.out'));
  });

  test('with staging disabled (aws:cdk:disable-asset-staging) the asset is used where it is', () => {
    const stack = newStack(path.join(work, 'cdk.out'), { 'aws:cdk:disable-asset-staging': true });
    const source = path.join(FIXTURES, 'dir');
    const staging = new AssetStaging(stack, 'Asset', { sourcePath: source });
    assert.equal(staging.assetHash, DIR_HASH);
    assert.equal(staging.absoluteStagedPath, source);
    assert.equal(staging.relativeStagedPath(stack), source);
  });

  test('a source directory that holds the output directory is refused instead of copied into itself', () => {
    const source = copyOfFixture('dir');
    assert.throws(() => new AssetStaging(newStack(path.join(source, 'cdk.out')), 'Asset', { sourcePath: source }),
      /\[Stack\/Asset\] The asset directory .* contains the output directory/);
  });
});

describe('the asset hash cache of an output directory', () => {
  test('a second synthesis into the same output directory takes the hash from the cache, reading no file', () => {
    const source = copyOfFixture('dir');
    sleep(250); // older than the cache's safety margin
    const outdir = path.join(work, 'cdk.out');
    const first = new AssetStaging(newStack(outdir), 'Asset', { sourcePath: source });
    assert.equal(first.assetHash, DIR_HASH);

    // Plant a different hash for the same signature: if it comes back, nothing was hashed.
    const cacheFile = path.join(outdir, '.cache', 'asset-hashes.json');
    const cache = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
    const [key] = Object.keys(cache.entries);
    const planted = 'f'.repeat(64);
    cache.entries[key] = planted;
    fs.writeFileSync(cacheFile, JSON.stringify(cache));
    fs.mkdirSync(path.join(outdir, `asset.${planted}`));
    fs.writeFileSync(path.join(outdir, `asset.${planted}`, 'x'), '');
    AssetStaging.clearAssetHashCache();

    const second = new AssetStaging(newStack(outdir), 'Asset', { sourcePath: source });
    assert.equal(second.assetHash, planted);
  });

  test('a file changed since the hash was cached is hashed again', () => {
    const source = copyOfFixture('dir');
    sleep(250);
    const outdir = path.join(work, 'cdk.out');
    new AssetStaging(newStack(outdir), 'Asset', { sourcePath: source });
    fs.writeFileSync(path.join(source, 'a.txt'), 'HELLO\n'); // same size
    AssetStaging.clearAssetHashCache();

    const second = new AssetStaging(newStack(outdir), 'Asset', { sourcePath: source });
    assert.notEqual(second.assetHash, DIR_HASH);
    assert.equal(fs.readFileSync(path.join(second.absoluteStagedPath, 'a.txt'), 'utf8'), 'HELLO\n');
  });

  test('a tree with files changed moments ago is not cached (a change could still land on the same timestamp)', () => {
    const source = copyOfFixture('dir');
    const outdir = path.join(work, 'cdk.out');
    new AssetStaging(newStack(outdir), 'Asset', { sourcePath: source });
    assert.equal(fs.existsSync(path.join(outdir, '.cache', 'asset-hashes.json')), false);
  });
});

describe('staging a big directory', () => {
  /** A tree of 1,200 small files, older than the cache's safety margin. */
  function bigTree(): string {
    const root = path.join(work, 'big');
    for (let i = 0; i < 1200; i++) {
      const dir = path.join(root, `d${i % 12}`);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `f${i}.txt`), `file ${i}\n`);
    }
    sleep(250);
    return root;
  }

  test('is copied on a helper thread while it is fingerprinted, with the same result as a plain copy', () => {
    const source = bigTree();
    const before = backgroundCopyStatistics.completed;
    const staging = new AssetStaging(newStack(), 'Asset', { sourcePath: source, exclude: ['d3'] });

    assert.equal(backgroundCopyStatistics.completed, before + 1);
    assert.equal(staging.assetHash, new AssetStaging(newStack(path.join(work, 'other')), 'Plain', { sourcePath: source, exclude: ['d3'], extraHash: '' }).assetHash);
    const staged = listTree(staging.absoluteStagedPath);
    assert.equal(staged.filter(p => p.endsWith('.txt')).length, 1100);
    assert.ok(!staged.some(p => p.startsWith('d3')));
    assert.deepEqual(fs.readdirSync(path.join(work, 'cdk.out')).filter(e => e !== '.cache'), [`asset.${staging.assetHash}`]);
  });

  test('a copy the helper cannot make is made (and fails with its own error) on the calling thread, leaving nothing behind', () => {
    const source = bigTree();
    fs.symlinkSync(path.join(FIXTURES, 'file.txt'), path.join(source, 'outside-link'));
    sleep(250);
    const outdir = path.join(work, 'cdk.out');
    assert.throws(() => new AssetStaging(newStack(outdir), 'Asset', { sourcePath: source, follow: SymlinkFollowMode.BLOCK_EXTERNAL }), /BLOCK_EXTERNAL/);
    assert.deepEqual(fs.existsSync(outdir) ? fs.readdirSync(outdir).filter(e => e !== '.cache') : [], []);
  });

  test('a source directory holding the output directory is fine when exclude leaves the output directory out', () => {
    const source = copyOfFixture('dir');
    const staging = new AssetStaging(newStack(path.join(source, 'cdk.out')), 'Asset', { sourcePath: source, exclude: ['cdk.out'] });
    assert.deepEqual(listTree(staging.absoluteStagedPath), ['a.txt', 'debug.log', 'sub', 'sub/b.txt']);
  });

  test('with a relative outdir, staged paths are absolute (under the working directory) and the template path is relative', () => {
    const cwd = process.cwd();
    process.chdir(work);
    try {
      const stack = newStack('relative-out');
      const staging = new AssetStaging(stack, 'Asset', { sourcePath: path.join(FIXTURES, 'dir') });
      const expected = path.join(fs.realpathSync(work), 'relative-out', `asset.${DIR_HASH}`);
      assert.equal(fs.realpathSync(staging.absoluteStagedPath), expected);
      assert.ok(path.isAbsolute(staging.absoluteStagedPath), staging.absoluteStagedPath);
      assert.equal(staging.relativeStagedPath(stack), `asset.${DIR_HASH}`);
    } finally {
      process.chdir(cwd);
    }
  });
});
