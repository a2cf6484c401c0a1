import { after, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FileSystem } from '../../../src/core/assets';
import { makeTempDir, writeTree } from './fixture-tree';

const temp = makeTempDir();
after(temp.cleanup);

describe('FileSystem', () => {
  test('isEmpty tells an empty directory from one with entries, and fails on a missing one', () => {
    const dir = writeTree(path.join(temp.dir, 'is-empty'), { empty: {}, full: { a: 'A' } });
    assert.equal(FileSystem.isEmpty(path.join(dir, 'empty')), true);
    assert.equal(FileSystem.isEmpty(path.join(dir, 'full')), false);
    assert.throws(() => FileSystem.isEmpty(path.join(dir, 'missing')), /ENOENT/);
  });

  test('tmpdir is the real path of the system temporary directory', () => {
    assert.equal(FileSystem.tmpdir, fs.realpathSync(os.tmpdir()));
  });

  test('mkdtemp makes a new directory named with the prefix under tmpdir', () => {
    const dir = FileSystem.mkdtemp('lambda-cdk-test-');
    try {
      assert.equal(path.dirname(dir), FileSystem.tmpdir);
      assert.match(path.basename(dir), /^lambda-cdk-test-.{6}$/);
      assert.equal(FileSystem.isEmpty(dir), true);
      const second = FileSystem.mkdtemp('lambda-cdk-test-');
      fs.rmdirSync(second);
      assert.notEqual(second, dir);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('rmrf deletes a tree and is quiet about a missing path', () => {
    const dir = writeTree(path.join(temp.dir, 'doomed'), { a: { b: 'B' } });
    FileSystem.rmrf(dir);
    assert.equal(fs.existsSync(dir), false);
    FileSystem.rmrf(dir);
  });
});
