/**
 * Builds small file trees in a temporary folder for the asset tests (symlinks and odd bytes cannot
 * be committed reliably). Also used by probe/assets/print-golden.ts, which records what aws-cdk-lib
 * computes for the same trees.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** A tree: file content (string or bytes), `{ link }` for a symlink, or a nested tree. */
export interface TreeSpec {
  readonly [name: string]: string | Buffer | SymlinkSpec | TreeSpec;
}

/** A symlink with this target, written as given (relative targets stay relative). */
export interface SymlinkSpec {
  readonly link: string;
}

function isSymlink(value: unknown): value is SymlinkSpec {
  return typeof value === 'object' && value !== null && !Buffer.isBuffer(value) && typeof (value as SymlinkSpec).link === 'string'
    && Object.keys(value).length === 1;
}

/** Writes the tree under `dir` (created when missing) and returns `dir`. */
export function writeTree(dir: string, spec: TreeSpec): string {
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, value] of Object.entries(spec)) {
    const target = path.join(dir, name);
    if (typeof value === 'string' || Buffer.isBuffer(value)) {
      fs.writeFileSync(target, value);
    } else if (isSymlink(value)) {
      fs.symlinkSync(value.link, target);
    } else {
      writeTree(target, value as TreeSpec);
    }
  }
  return dir;
}

/** A fresh temporary folder (real path) and a function that deletes it. */
export function makeTempDir(prefix = 'lambda-cdk-assets-'): { dir: string; cleanup: () => void } {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

const x = (n: number) => Buffer.alloc(n, 'x');
const b = (s: string) => Buffer.from(s, 'utf8');

/** The outside world a case's tree may link to: `<case>/../outside`. */
export const OUTSIDE: TreeSpec = { 'x.txt': 'outside file', odir: { 'y.txt': 'Y', back: { link: '../x.txt' } } };

/** A fingerprint case: a tree (its root is `<case dir>/root`), the path to fingerprint inside it, options. */
export interface FingerprintCase {
  readonly name: string;
  readonly tree: TreeSpec;
  /** Relative to the root; '' for the root itself. */
  readonly target?: string;
  readonly options?: {
    readonly extraHash?: string;
    readonly exclude?: string[];
    readonly follow?: 'never' | 'always' | 'external' | 'internal-only';
    readonly ignoreMode?: 'glob' | 'git' | 'docker';
  };
}

const NESTED: TreeSpec = { 'a.txt': 'A', 'b.js': 'B', sub: { 'c.txt': 'C', 'd.js': 'D', deep: { 'e.txt': 'E' } }, '.hidden': { x: 'X' }, empty: {} };

const LINKS: TreeSpec = {
  'a.txt': 'A',
  sub: { 'b.txt': 'B', up: { link: '../a.txt' }, parent: { link: '..' } },
  'l-int-file': { link: 'a.txt' },
  'l-int-dir': { link: 'sub' },
  'l-ext-file': { link: '../outside/x.txt' },
  'l-ext-dir': { link: '../outside/odir' },
  'l-broken-int': { link: 'nope' },
  'l-broken-ext': { link: '../nope' },
  'l-chain': { link: 'l-int-file' },
  'l-to-ext-via-int': { link: 'l-ext-file' },
  'l-dot': { link: '.' },
};

/** node_modules as pnpm lays it out: packages in .pnpm, reached through links, depending on each other. */
const PNPM: TreeSpec = {
  'index.js': 'require("a")',
  node_modules: {
    '.pnpm': {
      'a@1.0.0': { node_modules: { a: { 'index.js': 'module.exports = require("b")', 'package.json': '{"name":"a"}' }, b: { link: '../../b@2.0.0/node_modules/b' } } },
      'b@2.0.0': { node_modules: { b: { 'index.js': 'module.exports = 2', lib: { 'util.js': 'u' } }, a: { link: '../../a@1.0.0/node_modules/a' } } },
    },
    a: { link: '.pnpm/a@1.0.0/node_modules/a' },
    '.bin': { a: { link: '../a/index.js' } },
  },
};

const FOLLOW_MODES = [undefined, 'never', 'always', 'external', 'internal-only'] as const;

/** The golden cases: each one's hash was recorded from aws-cdk-lib (see fingerprint.test.ts). */
export const FINGERPRINT_CASES: FingerprintCase[] = [
  { name: 'a single file', tree: { 'f.txt': 'hello' }, target: 'f.txt' },
  { name: 'an empty file', tree: { 'f.txt': '' }, target: 'f.txt' },
  { name: 'an empty directory', tree: {} },
  { name: 'nested directories, empty ones included', tree: NESTED },
  { name: 'odd file names sorted by UTF-16 code units', tree: { 'ä.txt': '1', B: '2', a: '3', _: '4', 'a b': '5', 'a-b': '6', 'a.b': '7', '日本': '8', '😀': '9', 'ｚ': '10', 'é': '11', '#x': '12', '!y': '13' } },
  { name: 'a file in a subdirectory fingerprinted alone', tree: { sub: { 'f.txt': 'hi' } }, target: 'sub/f.txt' },
  { name: 'CRLF line endings', tree: { f: 'l1\r\nl2\r\n' }, target: 'f' },
  { name: 'a lone CR', tree: { f: 'a\rb\n' }, target: 'f' },
  { name: 'a NUL byte in the first 8 KiB (binary: CRLF kept)', tree: { f: b('a\r\nb\0c\r\n') }, target: 'f' },
  { name: 'a NUL byte after the first 8 KiB (text)', tree: { f: Buffer.concat([b('a\r\nb'), x(9000), Buffer.from([0]), b('\r\n')]) }, target: 'f' },
  { name: 'invalid UTF-8', tree: { f: Buffer.from([0x61, 0xff, 0xfe, 0x62]) }, target: 'f' },
  { name: 'a CRLF across the 8 KiB window edge', tree: { f: Buffer.concat([x(8191), b('\r\nmore\r\n')]) }, target: 'f' },
  { name: 'a character split by the 8 KiB window edge', tree: { f: Buffer.concat([x(8190), b('日本語\r\n')]) }, target: 'f' },
  { name: 'a file ending in CR', tree: { f: b('a\r\nb\r') }, target: 'f' },
  { name: 'CR at two window edges and at the end', tree: { f: Buffer.concat([b('a\r\n'), x(8188), b('\r'), x(8191), b('\r'), b('z\r')]) }, target: 'f' },
  { name: 'a byte order mark', tree: { f: b('\ufeffhi\r\n') }, target: 'f' },
  { name: 'a 3 MiB text file with a CRLF late', tree: { f: Buffer.concat([x(3 << 20), b('é\r\n'), x(1000)]) }, target: 'f' },
  { name: 'extraHash', tree: { a: 'x' }, options: { extraHash: 'foo' } },
  ...FOLLOW_MODES.map((follow): FingerprintCase => ({ name: `symlinks with follow ${follow ?? 'default'}`, tree: LINKS, options: { follow } })),
  ...FOLLOW_MODES.map((follow): FingerprintCase => ({ name: `an absolute link inside the root with follow ${follow ?? 'default'}`, tree: { 'a.txt': 'A', sub: { z: { link: '<root>/a.txt' } } }, options: { follow } })),
  ...(['glob', 'git', 'docker'] as const).flatMap((ignoreMode) => [
    ['*.txt'], ['sub'], ['sub/'], ['sub', '!sub/c.txt'], ['*', '!sub', '!sub/*'], ['**/*.txt', '!sub/deep'], ['*.txt', '!!a.txt'], ['.*'], ['sub/deep/'],
  ].map((exclude): FingerprintCase => ({ name: `exclude ${JSON.stringify(exclude)} in ${ignoreMode} mode`, tree: NESTED, options: { exclude, ignoreMode } }))),
  { name: 'git ignore mode with nothing excluded', tree: NESTED, options: { ignoreMode: 'git' } },
  { name: 'docker ignore mode with nothing excluded', tree: NESTED, options: { ignoreMode: 'docker' } },
  { name: 'glob ignore mode named explicitly', tree: NESTED, options: { ignoreMode: 'glob', exclude: [] } },
  { name: 'a followed link whose target path runs through another link', tree: { c: { d: { e: { f: { link: '../../../nm/h' } } } }, nm: { h: 'H' }, one: { link: 'c/d' }, x: { z: { link: '<root>/one' } } }, options: { follow: 'always' } },
  { name: 'a followed link to a link inside a linked directory', tree: { nm: { a: { sub: { 'c.js': { link: '../../deep' } }, _: { link: '<root>/nm/deep/c.js' } }, deep: { link: 'a/sub' } } }, options: { follow: 'always' } },
  ...(['always', 'external', 'never'] as const).map((follow): FingerprintCase => ({ name: `a pnpm node_modules layout with follow ${follow}`, tree: PNPM, options: { follow } })),
  { name: 'a docker negation under a followed dir link', tree: { real: { x: 'X', y: 'Y' }, l: { link: 'real' } }, options: { follow: 'always', exclude: ['l', '!l/x'], ignoreMode: 'docker' } },
  { name: 'a docker negation against a link that is not followed', tree: { real: { x: 'X', y: 'Y' }, l: { link: 'real' } }, options: { follow: 'never', exclude: ['l', '!l/x'], ignoreMode: 'docker' } },
];

/**
 * Writes a case under `caseDir` (`root/` plus `outside/`) and returns the path to fingerprint.
 * Link targets starting with `<root>` are made absolute.
 */
export function writeCase(caseDir: string, c: FingerprintCase): string {
  const root = path.join(caseDir, 'root');
  writeTree(path.join(caseDir, 'outside'), OUTSIDE);
  writeTree(root, withAbsoluteLinks(c.tree, root));
  return path.join(root, c.target ?? '');
}

function withAbsoluteLinks(spec: TreeSpec, root: string): TreeSpec {
  const out: { [name: string]: TreeSpec[string] } = {};
  for (const [name, value] of Object.entries(spec)) {
    if (isSymlink(value)) {
      out[name] = { link: value.link.replace(/^<root>/, root) };
    } else if (typeof value === 'object' && !Buffer.isBuffer(value)) {
      out[name] = withAbsoluteLinks(value as TreeSpec, root);
    } else {
      out[name] = value;
    }
  }
  return out;
}
