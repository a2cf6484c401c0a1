import { after, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as crypto from 'crypto';
import * as path from 'path';
import { AssetHashType, FileSystem, IgnoreMode, SymlinkFollowMode } from '../../../src/core/assets';
import { calculateAssetHash, resolveAssetHashType } from '../../../src/core/assets/asset-hash';
import { makeTempDir, writeTree } from './fixture-tree';

const HANDLER_FIXTURE = path.join(__dirname, '..', '..', 'fixtures', 'assets', 'handler');
const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

const temp = makeTempDir();
after(temp.cleanup);

// Expected values were recorded from aws-cdk-lib 2.276.0: `new s3assets.Asset(stack, id, { path, ... }).assetHash`
// and `new AssetStaging(stack, id, { sourcePath, ... }).assetHash` (probe/assets/fixture-golden.js).
describe('calculateAssetHash equals the assetHash of aws-cdk-lib AssetStaging', () => {
  test('by default it is the source fingerprint', () => {
    assert.equal(calculateAssetHash({ sourcePath: HANDLER_FIXTURE }), '55acfb01d54ec145185583e6205a1acc97263c48ae9286c9b261055438824767');
  });

  test('extraHash goes into the fingerprint', () => {
    assert.equal(calculateAssetHash({ sourcePath: HANDLER_FIXTURE, extraHash: 'v2' }), 'e77b7a3cfb7759962c745a9c7f1f682cbdff6fac86e66e33daed450bf0e89030');
  });

  test('a custom hash is hashed again with SHA-256, and extraHash plays no part', () => {
    assert.equal(calculateAssetHash({ sourcePath: HANDLER_FIXTURE, assetHash: 'my-version-1' }), 'd3f27f7ef51d9ccda8029fc5c919eac2610b74e41a6d5b049d5a971e311b667d');
    assert.equal(calculateAssetHash({ sourcePath: HANDLER_FIXTURE, assetHash: 'my-version-1', assetHashType: AssetHashType.CUSTOM, extraHash: 'x' }), sha256('my-version-1'));
  });

  test('with bundling and SOURCE it is sha256(source fingerprint + JSON of the bundling options as written)', () => {
    const bundling = {
      image: { toJSON: () => 'public.ecr.aws/sam/build-nodejs20.x' }, // how DockerImage serializes
      command: ['bash', '-c', 'cp -R /asset-input/. /asset-output'],
      environment: { NODE_ENV: 'production' },
    };
    assert.equal(calculateAssetHash({ sourcePath: HANDLER_FIXTURE, bundling }), '2c1f89fb66a1a102f89393f25a25bf3e2259ec3032a58aa0c1a4a1ff0219d254');
  });

  test('with bundling and a custom hash it is sha256(custom hash + JSON of the bundling options)', () => {
    const bundling = { image: { toJSON: () => 'alpine' }, command: ['true'] };
    assert.equal(calculateAssetHash({ sourcePath: HANDLER_FIXTURE, assetHash: 'v1', bundling }), 'b3e5cd2c9b592c4a5974b6a28268b3cae00abd283efe4acd2f269d594081fb08');
  });

  test('the order of the bundling properties matters, as in aws-cdk-lib', () => {
    const a = calculateAssetHash({ sourcePath: HANDLER_FIXTURE, bundling: { image: 'alpine', command: ['a'] } });
    const b = calculateAssetHash({ sourcePath: HANDLER_FIXTURE, bundling: { command: ['a'], image: 'alpine' } });
    assert.notEqual(a, b);
    assert.equal(a, sha256(FileSystem.fingerprint(HANDLER_FIXTURE) + '{"image":"alpine","command":["a"]}'));
  });

  test('exclude, ignoreMode and follow reach the fingerprint', () => {
    const dir = writeTree(path.join(temp.dir, 'src'), { 'a.txt': 'A', 'b.js': 'B', l: { link: 'a.txt' } });
    const options = { exclude: ['*.js'], ignoreMode: IgnoreMode.GIT, follow: SymlinkFollowMode.ALWAYS };
    assert.equal(calculateAssetHash({ sourcePath: dir, ...options }), FileSystem.fingerprint(dir, options));
    assert.notEqual(calculateAssetHash({ sourcePath: dir, ...options }), calculateAssetHash({ sourcePath: dir }));
  });

  test('BUNDLE and OUTPUT fingerprint the bundling output with the same options', () => {
    const out = writeTree(path.join(temp.dir, 'out'), { 'index.js': 'bundled', 'x.map': 'map' });
    const bundling = { image: 'alpine' };
    for (const assetHashType of [AssetHashType.BUNDLE, AssetHashType.OUTPUT]) {
      assert.equal(calculateAssetHash({ sourcePath: HANDLER_FIXTURE, assetHashType, bundling, bundleOutputPath: out, exclude: ['*.map'] }),
        FileSystem.fingerprint(out, { exclude: ['*.map'] }));
    }
  });

  test('BUNDLE with bundling skipped for the stack hashes the unique id with the bundling options', () => {
    assert.equal(calculateAssetHash({ sourcePath: HANDLER_FIXTURE, assetHashType: AssetHashType.BUNDLE, bundling: { image: 'alpine' }, skippedBundlingUniqueId: 'SX' }),
      sha256('SX{"image":"alpine"}'));
  });

  test('an empty custom hash counts as none', () => {
    assert.equal(calculateAssetHash({ sourcePath: HANDLER_FIXTURE, assetHash: '' }), FileSystem.fingerprint(HANDLER_FIXTURE));
  });
});

describe('resolveAssetHashType', () => {
  test('is CUSTOM when a hash is given and SOURCE otherwise', () => {
    assert.equal(resolveAssetHashType({ sourcePath: '/x', assetHash: 'h' }), AssetHashType.CUSTOM);
    assert.equal(resolveAssetHashType({ sourcePath: '/x' }), AssetHashType.SOURCE);
  });

  test('rejects the combinations aws-cdk-lib rejects, with its messages', () => {
    assert.throws(() => resolveAssetHashType({ sourcePath: '/x', assetHashType: AssetHashType.CUSTOM }),
      /`assetHash` must be specified when `assetHashType` is set to `AssetHashType.CUSTOM`./);
    assert.throws(() => resolveAssetHashType({ sourcePath: '/x', assetHashType: AssetHashType.SOURCE, assetHash: 'h' }),
      /Cannot specify `source` for `assetHashType` when `assetHash` is specified. Use `CUSTOM` or leave `undefined`./);
    assert.throws(() => resolveAssetHashType({ sourcePath: '/x', assetHashType: AssetHashType.OUTPUT }),
      /Cannot use `output` hash type when `bundling` is not specified./);
    assert.throws(() => resolveAssetHashType({ sourcePath: '/x', assetHashType: 'sha1' as AssetHashType }), /Unknown asset hash type: "sha1"/);
  });
});
