// The floor for assets-directory: read and SHA-256 every byte of the folder once, and copy it. No
// CDK library is loaded, so both columns measure the same thing; compare them with assets-directory.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { benchAssetDirectory } = require('./assets-directory');
const { finish } = require('../harness');

const source = benchAssetDirectory();
const target = path.join(process.env.BENCH_OUTDIR, 'copy');
const buffer = Buffer.allocUnsafe(1 << 20);
(function hashAndCopy(from, to) {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    const dest = path.join(to, entry.name);
    if (entry.isDirectory()) { hashAndCopy(src, dest); continue; }
    const hash = crypto.createHash('sha256');
    const fd = fs.openSync(src, 'r');
    let n;
    while ((n = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0) { hash.update(buffer.subarray(0, n)); }
    fs.closeSync(fd);
    hash.digest();
    fs.copyFileSync(src, dest, fs.constants.COPYFILE_FICLONE);
  }
})(source, target);
finish();
