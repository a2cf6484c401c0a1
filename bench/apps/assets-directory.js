// First synthesis of an app with one directory asset of 5,000 files / ~100 MB (fresh cdk.out): the
// fingerprint reads every byte once and the staging copies the folder. Compare with assets-floor.
// The folder is made once, in the system temp directory, and reused by later runs and by the other assets-* apps.
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

const FILE_COUNT = 5000;
const TOTAL_BYTES = 100 * 1024 * 1024;
const FIXTURE = path.join(fs.realpathSync(os.tmpdir()), `lambda-cdk-bench-asset-${FILE_COUNT}-v1`);

/** The benchmark folder: 50 folders of 100 files, sizes spread around 20 KiB, text and binary mixed. */
function benchAssetDirectory() {
  const done = path.join(FIXTURE, '.complete');
  if (fs.existsSync(done)) { return path.join(FIXTURE, 'src'); }
  fs.rmSync(FIXTURE, { recursive: true, force: true });
  const root = path.join(FIXTURE, 'src');
  const words = Buffer.from('const let function return import export from if else for while class extends new this await async\n');
  const average = TOTAL_BYTES / FILE_COUNT;
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < FILE_COUNT; i++) {
    const dir = path.join(root, `pkg${i % 50}`, `mod${Math.floor(i / 50) % 10}`);
    fs.mkdirSync(dir, { recursive: true });
    const size = Math.floor(average * (0.5 + random()));
    let content;
    if (i % 10 === 0) {
      content = crypto.createHash('sha512').update(String(i)).digest();
      while (content.length < size) { content = Buffer.concat([content, content]); }
      content = content.subarray(0, size);
    } else {
      content = Buffer.alloc(size);
      for (let at = 0; at < size; at += words.length) { words.copy(content, at, 0, Math.min(words.length, size - at)); }
    }
    fs.writeFileSync(path.join(dir, `file${i}${i % 10 === 0 ? '.bin' : '.js'}`), content);
  }
  fs.writeFileSync(done, '');
  return root;
}

/** Defines the benchmark app: one stack, one directory asset referenced by a resource. */
function defineApp(cdk, lib, outdir) {
  const app = new cdk.App({ outdir });
  const stack = new cdk.Stack(app, 'AssetStack');
  const asset = new (lib('aws-s3-assets').Asset)(stack, 'Code', { path: benchAssetDirectory() });
  new cdk.CfnResource(stack, 'Uses', { type: 'AWS::Test::Thing', properties: { Bucket: asset.s3BucketName, Key: asset.s3ObjectKey } });
  return app;
}

module.exports = { benchAssetDirectory, defineApp };

require('../harness').runWhenMain(module, defineApp);
