import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { distFileFor } from './harness/redirect-to-dist';
import { DIST_DIR } from './harness/paths';

test('requests for other packages are not redirected', () => {
  assert.equal(distFileFor('constructs'), undefined);
  assert.equal(distFileFor('aws-cdk-library'), undefined);
});

test('a module lambda-cdk does not have fails loudly instead of falling back to aws-cdk-lib', () => {
  assert.throws(() => distFileFor('aws-cdk-lib/aws-no-such-service'),
    /lambda-cdk has no module for 'aws-cdk-lib\/aws-no-such-service' \(expected .*dist\/aws-no-such-service\/index\.js\)/);
});

test('aws-cdk-lib maps to dist/core and a submodule to dist/<module>, when built', (t) => {
  let core: string | undefined;
  try {
    core = distFileFor('aws-cdk-lib');
  } catch {
    t.skip('dist/core is not built');
    return;
  }
  assert.equal(core, path.join(DIST_DIR, 'core', 'index.js'));
  assert.equal(distFileFor('aws-cdk-lib/core'), path.join(DIST_DIR, 'core', 'index.js'));
});
