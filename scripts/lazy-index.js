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
  const lines = [MARK, '"use strict";', 'Object.defineProperty(exports, "__esModule", { value: true });'];
  const loaders = new Map();
  unique.forEach((rel, i) => {
    loaders.set(rel, `m${i}`);
    lines.push(`let c${i}; const m${i} = () => c${i} || (c${i} = require(${JSON.stringify(rel)}));`);
  });
  for (const name of exported) {
    const rel = owner.get(name);
    if (!rel) { throw new Error(`${indexFile}: cannot tell which file exports '${name}'`); }
    lines.push(`Object.defineProperty(exports, ${JSON.stringify(name)}, { enumerable: true, get: () => ${loaders.get(rel)}()[${JSON.stringify(name)}] });`);
  }
  fs.writeFileSync(indexFile, lines.join('\n') + '\n');
}

for (const entry of fs.readdirSync(DIST, { withFileTypes: true })) {
  const index = path.join(DIST, entry.name, 'index.js');
  if (entry.isDirectory() && fs.existsSync(index)) { rewrite(index); }
}
