#!/usr/bin/env node
/** After `tsc`: copy the JSON data files under src/ (tsc does not) to the same places under dist/. */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const SRC = path.resolve(__dirname, '..', 'src');
const DIST = path.resolve(__dirname, '..', 'dist');

function copyJson(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      copyJson(full);
    } else if (entry.name.endsWith('.json')) {
      const target = path.join(DIST, path.relative(SRC, full));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(full, target);
    }
  }
}

copyJson(SRC);
