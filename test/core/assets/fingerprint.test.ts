import { after, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as childProcess from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { FileSystem, IgnoreMode, SymlinkFollowMode } from '../../../src/core/assets';
import * as os from 'os';
import { hashFileContents, helpersReady, helperStatistics } from '../../../src/core/assets/parallel-content-hash';
import { fingerprintFileContent } from '../../../src/core/assets/content-fingerprint';
import { FINGERPRINT_CASES, makeTempDir, writeCase, writeTree } from './fixture-tree';

// Expected values were produced by aws-cdk-lib 2.276.0's FileSystem.fingerprint for the same trees
// (probe/assets/print-golden.ts builds each case of fixture-tree.ts and prints them).
const GOLDEN: { [name: string]: string } = {
  'a single file': '9c2f48e4397d4d2b6ad766b6f6eb694157fdd60c639f8000f36b256250407e9e',
  'an empty file': '95c924c84f5d023be4edee540cb2cb401a49f115d01ed403b288f6cb412771df',
  'an empty directory': '1ebc9d3ac2033816c4abb63e4afd69d350b4aba8704cc9236b82ea520b74f4b0',
  'nested directories, empty ones included': '08636754b1eff1bfcf6731313efe97a6f603cf4b2aa014ee8e467f3e6bd1e350',
  'odd file names sorted by UTF-16 code units': 'bab027228f36ab8682953720c856a6c480b7099feec0674dc35afb423f272561',
  'a file in a subdirectory fingerprinted alone': '6df32180fb462a7a12b23ff6ca48fd9505671a513382cf192046a82797501f7f',
  'CRLF line endings': 'c841af4cb79ecda707860aec9d73ba4dc6f6797ff5e5961a4faaa6cfd05067be',
  'a lone CR': '35638569a64d1a88310694f2b94b1c3aa6c3dd4e0d211fd53695a2fa541791e9',
  'a NUL byte in the first 8 KiB (binary: CRLF kept)': '73d134a6309572ddc10aca76249db70368c817fe8bede5b86b750e6170f02003',
  'a NUL byte after the first 8 KiB (text)': 'f13df41119b1ab7d3d706373837de7ff9e698c2858a50f4c577ae78d5fac50f9',
  'invalid UTF-8': '7b013fb5985a40059bf4e282c150b2aef38c0b2c3f5d63317c57ad3560c49269',
  'a CRLF across the 8 KiB window edge': '47326f533d1e9894da0e8e81d95c98375a92616b2b8e8e2925374a3db078dd0d',
  'a character split by the 8 KiB window edge': 'ae8085c720397153a47d9514634c5588c0ad4fca09d0c496cfad0729fac9c210',
  'a file ending in CR': '85dfbc62a50ef1089e252cc0ea7b84679b3579b9d848a9f90e3a7b8daf512024',
  'CR at two window edges and at the end': '1731ef5186b849d8b90f532e020c06f85c2c9340b707e97d1cbfab94ef9ef51a',
  'a byte order mark': '668d10dd008a06127d8d35409776beb535f825bd1b01ae332d7453c9d2e157c3',
  'a 3 MiB text file with a CRLF late': '9c5ddf37ae028ae1ebfddaa89836fd6a117c7f2676808258f2b209c6f6af6d25',
  'extraHash': '89f0d516239ba17dc07a8fd0df8a885c3daa0e3e378850aaf03d251c6c5d5ebf',
  'symlinks with follow default': '0a88e9e67ceccc771bafc39e13c52ff31fbe7443657ee57e78ab7939ed4ed20f',
  'symlinks with follow never': '2425c89c877577fe84568cb34f77594dc58eb6bc8b21a69c66113acea1b02d6e',
  'symlinks with follow always': 'bedb4a0891168874e1bb3f42ac9869f57e0396e12022b7a39055955c7ea04697',
  'symlinks with follow external': '0a88e9e67ceccc771bafc39e13c52ff31fbe7443657ee57e78ab7939ed4ed20f',
  'symlinks with follow internal-only': '90a48275975a7bd3a12b346395ac4b9f60331ada9d5d05dcca63f94c95f1549f',
  'an absolute link inside the root with follow default': '3f44b7a3dd31f81c0f53cf93d520f894fd548f0e1a932b3da70dbe7e09909552',
  'an absolute link inside the root with follow never': '315458aee65245dc0c60efa4a3c172cc38b591fd87daf7f85890a6ea9b5bb594',
  'an absolute link inside the root with follow always': '3adeafef82d8fa4959b014112d8c389c2d608e1559bec494decd63841340960a',
  'an absolute link inside the root with follow external': '3f44b7a3dd31f81c0f53cf93d520f894fd548f0e1a932b3da70dbe7e09909552',
  'an absolute link inside the root with follow internal-only': '6d9aa235083f68532306a57e121fdbe2d5274dcfea83e656e24c66a9020a7676',
  'exclude ["*.txt"] in glob mode': 'e8c5a46b320d20e967d37b632534c02f4d91ad0c9a6bf9903d4a94828b69ea0b',
  'exclude ["sub"] in glob mode': '7419f98d44347a3889264c7ebcde75cb795a78c8267e3414f891912c7f6ed970',
  'exclude ["sub/"] in glob mode': '08636754b1eff1bfcf6731313efe97a6f603cf4b2aa014ee8e467f3e6bd1e350',
  'exclude ["sub","!sub/c.txt"] in glob mode': '7419f98d44347a3889264c7ebcde75cb795a78c8267e3414f891912c7f6ed970',
  'exclude ["*","!sub","!sub/*"] in glob mode': '75ad3777b4b0f6b03f534c487bb7cdef0c3540d5dcdb7263f1fc167aaa7429fd',
  'exclude ["**/*.txt","!sub/deep"] in glob mode': 'e8c5a46b320d20e967d37b632534c02f4d91ad0c9a6bf9903d4a94828b69ea0b',
  'exclude ["*.txt","!!a.txt"] in glob mode': 'd7eeb28ea8fcb25f980a920aba4f4ce6c062f25a5af4e61259a943b25ad9cc17',
  'exclude [".*"] in glob mode': '501add7c09b240137f311fe2db26a8488fb294e27e4ebb63dcae9d8dd1776d19',
  'exclude ["sub/deep/"] in glob mode': '08636754b1eff1bfcf6731313efe97a6f603cf4b2aa014ee8e467f3e6bd1e350',
  'exclude ["*.txt"] in git mode': 'bb0a4cb19ebbe678ff2a8ba944654580268b31a554f4467760202b7726cb495e',
  'exclude ["sub"] in git mode': '29c821a4bee1fbf287aae48574146eb620b3425e20eca8e56331c00905179a92',
  'exclude ["sub/"] in git mode': '29c821a4bee1fbf287aae48574146eb620b3425e20eca8e56331c00905179a92',
  'exclude ["sub","!sub/c.txt"] in git mode': '29c821a4bee1fbf287aae48574146eb620b3425e20eca8e56331c00905179a92',
  'exclude ["*","!sub","!sub/*"] in git mode': 'bfc6fa82a0d577fa32e609cde1ea68cae02584f22e0c4cc09f76c068a8ecd147',
  'exclude ["**/*.txt","!sub/deep"] in git mode': 'bb0a4cb19ebbe678ff2a8ba944654580268b31a554f4467760202b7726cb495e',
  'exclude ["*.txt","!!a.txt"] in git mode': 'bb0a4cb19ebbe678ff2a8ba944654580268b31a554f4467760202b7726cb495e',
  'exclude [".*"] in git mode': '6b922a754770605e6a27a4afddaf70a563f9e5f25dce43459399d9314df80ca3',
  'exclude ["sub/deep/"] in git mode': '89a749e729b7773b363b6bab71a66acceed7c20d36b7788f39d3fd91b4a6aa72',
  'exclude ["*.txt"] in docker mode': '08df884c129fb8a19031502dabfc5eba457a7b5f20ab9de510ec7b2c77a96c98',
  'exclude ["sub"] in docker mode': '41b86d6ae7d856b4308d11d6812dc29f9f9c2f381666bff2b9287adbf9c017de',
  'exclude ["sub/"] in docker mode': '41b86d6ae7d856b4308d11d6812dc29f9f9c2f381666bff2b9287adbf9c017de',
  'exclude ["sub","!sub/c.txt"] in docker mode': '07528075325ab4ee5e3069a1b69c1aeaac597638c396fe6279924049226eb586',
  'exclude ["*","!sub","!sub/*"] in docker mode': '1adac0174f7410bda4460f57f0e0ef7d411cbdac1207fbb9642ebf7e033f88cd',
  'exclude ["**/*.txt","!sub/deep"] in docker mode': 'e0219bd02362c061d4c629531bfabed3bc02ffa51d62d9c5f39d2c9ecc5b6b92',
  'exclude ["*.txt","!!a.txt"] in docker mode': '08df884c129fb8a19031502dabfc5eba457a7b5f20ab9de510ec7b2c77a96c98',
  'exclude [".*"] in docker mode': '681a33aa6969404642898241146e0bfddd06e02d9d11ab733b57264effc7ce32',
  'exclude ["sub/deep/"] in docker mode': 'c525bd02b50bfc3bc64030984c8c76e57d64f2fe8b7571fc70fbb455e5d5907f',
  'git ignore mode with nothing excluded': '5080cb5421c17f9d68b10705d4829455d8dd0d0c6f66254e17ed58213ff33ddb',
  'docker ignore mode with nothing excluded': 'd3b4d1f74f26f1f89ed0142dcf9e67eabeee92308fcadeeb0c11f43fe9f2c2a3',
  'glob ignore mode named explicitly': '08636754b1eff1bfcf6731313efe97a6f603cf4b2aa014ee8e467f3e6bd1e350',
  'a followed link whose target path runs through another link': '942a7b32d1293e03a3577771f939c750e216cb78aef0d00c8c53a600f087c607',
  'a followed link to a link inside a linked directory': '7dd59c87b1ce092e2be19445af7dec481143b5b0ee563d5a95dc91d83e77cfb5',
  'a pnpm node_modules layout with follow always': 'a275adcb8d7567d492c3ead8ab4eaa44c9cb769a2d5239f5b90ae1e17084426f',
  'a pnpm node_modules layout with follow external': 'c18cef660591bf5819fb18fedb967d81064f4560c04770f052038a2c7b4116c4',
  'a pnpm node_modules layout with follow never': '98f69c6a9cd5dfce1595adfa80421fd85582e7c7db163559603f9562b95dbc8c',
  'a docker negation under a followed dir link': '5d862a50d84a1c6b12475ecbfdd1b685cf2907cec9e776cce43f59ac0880d042',
  'a docker negation against a link that is not followed': '5635e1b63cb98042c430aaf32e5cc232b71cff176a2777a15b549edef992b01e',
};

const HANDLER_FIXTURE = path.join(__dirname, '..', '..', 'fixtures', 'assets', 'handler');

const temp = makeTempDir();
after(temp.cleanup);
let caseCount = 0;
function caseDir(): string {
  return path.join(temp.dir, `case${caseCount++}`);
}

describe('FileSystem.fingerprint equals aws-cdk-lib', () => {
  for (const c of FINGERPRINT_CASES) {
    test(`for ${c.name}`, () => {
      const target = writeCase(caseDir(), c);
      assert.equal(FileSystem.fingerprint(target, c.options as any), GOLDEN[c.name]);
    });
  }

  test('for the committed handler fixture, its single file and with an exclusion', () => {
    // Recorded from aws-cdk-lib 2.276.0; line endings are normalized, so a CRLF checkout hashes the same.
    assert.equal(FileSystem.fingerprint(HANDLER_FIXTURE), '55acfb01d54ec145185583e6205a1acc97263c48ae9286c9b261055438824767');
    assert.equal(FileSystem.fingerprint(path.join(HANDLER_FIXTURE, 'index.js')), '29df5bece8f81930f93d55291f0f9d2a6557410dc05b1493a72a4b79154152f9');
    assert.equal(FileSystem.fingerprint(HANDLER_FIXTURE, { exclude: ['lib'] }), '4d0ba1300b7cf89acdc744fc91ed3812c34ea586f0f9a732d2f1538e9a6bdf92');
  });
});

describe('FileSystem.fingerprint is deterministic', () => {
  const tree = { 'a.txt': 'A', sub: { 'b.js': 'B\r\n', deep: { c: 'C' } }, z: 'Z', 'l': { link: 'sub/b.js' } };

  test('two copies at different paths with different mtimes have the same fingerprint', () => {
    const first = writeTree(path.join(caseDir(), 'one', 'app'), tree);
    const second = writeTree(path.join(caseDir(), 'elsewhere', 'deeper', 'copy'), tree);
    fs.utimesSync(path.join(first, 'a.txt'), new Date(2001, 1, 1), new Date(2001, 1, 1));
    fs.utimesSync(path.join(second, 'sub', 'b.js'), new Date(2030, 1, 1), new Date(2030, 1, 1));
    assert.equal(FileSystem.fingerprint(first), FileSystem.fingerprint(second));
  });

  test('the order of directory listings does not matter', () => {
    const dir = writeTree(caseDir(), tree);
    const expected = FileSystem.fingerprint(dir);
    const readdirSync = fs.readdirSync;
    (fs as any).readdirSync = (...args: any[]) => (readdirSync as any)(...args).reverse();
    try {
      assert.equal(FileSystem.fingerprint(dir), expected);
    } finally {
      (fs as any).readdirSync = readdirSync;
    }
  });

  test('a symlink to the root fingerprints like the root itself', () => {
    const dir = writeTree(caseDir(), tree);
    const link = `${dir}-link`;
    fs.symlinkSync(dir, link);
    assert.equal(FileSystem.fingerprint(link, { follow: SymlinkFollowMode.NEVER }), FileSystem.fingerprint(dir, { follow: SymlinkFollowMode.NEVER }));
  });

  test('a relative path fingerprints like the absolute one', () => {
    const dir = writeTree(caseDir(), tree);
    assert.equal(FileSystem.fingerprint(path.relative(process.cwd(), dir)), FileSystem.fingerprint(dir));
  });
});

describe('FileSystem.fingerprint content', () => {
  test('changes when one byte of a file changes', () => {
    const dir = writeTree(caseDir(), { 'a.txt': 'hello', sub: { b: 'world' } });
    const before = FileSystem.fingerprint(dir);
    fs.writeFileSync(path.join(dir, 'sub', 'b'), 'worle');
    assert.notEqual(FileSystem.fingerprint(dir), before);
  });

  test('is the same for a text file with CRLF and with LF line endings', () => {
    const dir = caseDir();
    writeTree(dir, { crlf: { f: 'a\r\nb\r\n' }, lf: { f: 'a\nb\n' } });
    assert.equal(FileSystem.fingerprint(path.join(dir, 'crlf')), FileSystem.fingerprint(path.join(dir, 'lf')));
  });

  test('differs for a binary file with CRLF and with LF', () => {
    const dir = caseDir();
    writeTree(dir, { crlf: { f: Buffer.from('\0a\r\n') }, lf: { f: Buffer.from('\0a\n') } });
    assert.notEqual(FileSystem.fingerprint(path.join(dir, 'crlf')), FileSystem.fingerprint(path.join(dir, 'lf')));
  });

  test('a 40 MB file is hashed in blocks, not read whole', () => {
    const file = path.join(caseDir(), 'big');
    fs.mkdirSync(path.dirname(file));
    const block = Buffer.alloc(1 << 20, 'y');
    const fd = fs.openSync(file, 'w');
    for (let i = 0; i < 40; i++) { fs.writeSync(fd, block); }
    fs.closeSync(fd);
    const readFileSync = fs.readFileSync;
    (fs as any).readFileSync = () => { throw new Error('the whole file was read into memory'); };
    let value: string;
    try {
      value = fingerprintFileContent(file);
    } finally {
      (fs as any).readFileSync = readFileSync;
    }
    assert.equal(value, `${40 << 20}:${crypto.createHash('sha256').update(Buffer.alloc(40 << 20, 'y')).digest('hex')}`);
  });

  test('sockets, FIFOs and the like add nothing', () => {
    const dir = writeTree(caseDir(), { a: 'A' });
    const expected = FileSystem.fingerprint(dir);
    childProcess.execFileSync('mkfifo', [path.join(dir, 'fifo')]);
    assert.equal(FileSystem.fingerprint(dir), expected);
  });

  test('a path that does not exist is an error naming it', () => {
    assert.throws(() => FileSystem.fingerprint(path.join(temp.dir, 'missing')), /Cannot fingerprint ".*missing": no such file or directory/);
  });

  test('ignoreMode GLOB with no exclusion changes nothing, GIT and DOCKER are part of the fingerprint', () => {
    const dir = writeTree(caseDir(), { a: 'A' });
    const plain = FileSystem.fingerprint(dir);
    assert.equal(FileSystem.fingerprint(dir, { ignoreMode: IgnoreMode.GLOB }), plain);
    assert.notEqual(FileSystem.fingerprint(dir, { ignoreMode: IgnoreMode.GIT }), plain);
    assert.notEqual(FileSystem.fingerprint(dir, { ignoreMode: IgnoreMode.DOCKER }), plain);
  });
});

describe('hashFileContents', () => {
  const multiCore = os.availableParallelism() >= 2;
  function manyFiles(): string[] {
    const dir = caseDir();
    const spec: { [name: string]: string | Buffer } = {};
    for (let i = 0; i < 200; i++) {
      spec[`f${i}`] = i % 3 === 0 ? Buffer.concat([Buffer.from([0]), Buffer.alloc(i * 97, 'b')]) : 'line\r\n'.repeat(i * 13) + '\r';
    }
    writeTree(dir, spec);
    return Object.keys(spec).map((name) => path.join(dir, name));
  }

  test('on the calling thread alone gives each file its content fingerprint, in order', () => {
    const files = manyFiles();
    assert.deepEqual(hashFileContents(files, { helpers: 'never' }), files.map((f) => fingerprintFileContent(f)));
    assert.equal(helperStatistics.filesHashedByHelpers, 0);
  });

  test('helper threads give the same values as the calling thread', { skip: !multiCore && 'needs two cores' }, async () => {
    assert.equal(await helpersReady(), true);
    const files = manyFiles();
    const expected = files.map((f) => fingerprintFileContent(f));
    assert.deepEqual(hashFileContents(files, { helpers: 'only' }), expected);
    assert.equal(helperStatistics.filesHashedByHelpers, files.length);
    assert.deepEqual(hashFileContents(files, { helpers: 'always' }), expected);
  });

  test('a file a helper cannot read is reported with the file system error', { skip: !multiCore && 'needs two cores' }, async () => {
    assert.equal(await helpersReady(), true);
    const dir = writeTree(caseDir(), { a: 'A' });
    const files = [path.join(dir, 'a'), path.join(dir, 'gone')];
    assert.throws(() => hashFileContents(files, { helpers: 'only' }), /ENOENT.*gone/);
  });

  test('returns an empty list for no files', () => {
    assert.deepEqual(hashFileContents([]), []);
  });
});
