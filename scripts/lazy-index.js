#!/usr/bin/env node
/**
 * After `tsc`: rewrite each module's dist/<module>/index.js so that its exports are getters that load the file
 * defining them on first use. `require('lambda-cdk')` then loads almost nothing; an app pays only for what it
 * touches (tsc's CommonJS output would load every file the index names at once).
 *
 * The names and the file each comes from are read from tsc's own output, so the .d.ts typings stay as they are.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const DIST = path.resolve(__dirname, '..', 'dist');
const MARK = '// lazy index (scripts/lazy-index.js)';

function rewrite(indexFile) {
  const source = fs.readFileSync(indexFile, 'utf8');
  if (source.startsWith(MARK)) { return; }
  const dir = path.dirname(indexFile);
  const requires = [...source.matchAll(/require\("(\.[^"]+)"\)/g)].map(m => m[1]);
  const unique = [...new Set(requires)];
  // Which names the index exports, in its own order; and the first file that defines each.
  const exported = Object.keys(require(indexFile)).filter(n => n !== '__esModule');
  const owner = new Map();
  for (const rel of unique) {
    const mod = require(path.join(dir, rel));
    for (const name of Object.keys(mod)) {
      if (!owner.has(name)) { owner.set(name, rel); }
    }
  }
  const lines = [MARK, '"use strict";', 'Object.defineProperty(exports, "__esModule", { value: true });',
    // Each export is a getter that loads its file on first use and then replaces itself with the value, so later
    // uses (the library's own modules use each other through these indexes) are plain property reads. A value not
    // there yet (a file still loading, in an import cycle) is not remembered.
    'const lazy = (name, load) => Object.defineProperty(exports, name, { enumerable: true, configurable: true, get() {',
    '  const value = load()[name];',
    '  if (value !== undefined) { Object.defineProperty(exports, name, { enumerable: true, value }); }',
    '  return value;',
    '} });'];
  const loaders = new Map();
  unique.forEach((rel, i) => {
    loaders.set(rel, `m${i}`);
    lines.push(`let c${i}; const m${i} = () => c${i} || (c${i} = require(${JSON.stringify(rel)}));`);
  });
  for (const name of exported) {
    const rel = owner.get(name);
    if (!rel) { throw new Error(`${indexFile}: cannot tell which file exports '${name}'`); }
    lines.push(`lazy(${JSON.stringify(name)}, ${loaders.get(rel)});`);
  }
  fs.writeFileSync(indexFile, lines.join('\n') + '\n');
  tagPublicClasses(dir, unique, owner);
}

/**
 * tree.json names each construct's class as aws-cdk-lib does (`aws-cdk-lib.aws_lambda.Function`): append to every
 * file the index exports from a call that records that name on the public classes the file defines.
 */
function tagPublicClasses(dir, files, owner) {
  const moduleName = path.basename(dir);
  const prefix = moduleName === 'core' ? 'aws-cdk-lib' : `aws-cdk-lib.${moduleName.replace(/-/g, '_')}`;
  const tree = path.join(DIST, 'core', 'synth', 'tree.js');
  for (const rel of files) {
    const names = [...owner].filter(([, file]) => file === rel).map(([name]) => name);
    if (names.length === 0) { continue; }
    const base = path.join(dir, rel);
    const file = fs.existsSync(`${base}.js`) ? `${base}.js` : path.join(base, 'index.js');
    const source = fs.readFileSync(file, 'utf8');
    if (source.includes('.tagPublicClasses(exports,')) { continue; }
    let treeModule = path.relative(path.dirname(file), tree).split(path.sep).join('/');
    if (!treeModule.startsWith('.')) { treeModule = `./${treeModule}`; }
    fs.appendFileSync(file, `require(${JSON.stringify(treeModule)}).tagPublicClasses(exports, ${JSON.stringify(prefix)}, ${JSON.stringify(names)});\n`);
  }
}

for (const entry of fs.readdirSync(DIST, { withFileTypes: true })) {
  const index = path.join(DIST, entry.name, 'index.js');
  if (entry.isDirectory() && fs.existsSync(index)) { rewrite(index); }
}
