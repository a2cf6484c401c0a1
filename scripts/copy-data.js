#!/usr/bin/env node
/**
 * After `tsc`: copy the files tsc does not emit to the same places under dist/: JSON data files, and the JavaScript of
 * custom resource handlers (folders named `handlers`), which are shipped to Lambda as they are.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const SRC = path.resolve(__dirname, '..', 'src');
const DIST = path.resolve(__dirname, '..', 'dist');

function copyJson(dir, inHandlers = false) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      copyJson(full, inHandlers || entry.name === 'handlers');
    } else if (entry.name.endsWith('.json') || (inHandlers && entry.name.endsWith('.js'))) {
      const target = path.join(DIST, path.relative(SRC, full));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(full, target);
    }
  }
}

copyJson(SRC);
