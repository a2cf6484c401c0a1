import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { App, FeatureFlags, Stack } from '../../src/core';
import { featureFlagReport, featureFlagTable } from '../../src/core/feature-flags';

describe('FeatureFlags', () => {
  test('an unset flag behaves as aws-cdk-lib v2 does without cdk.json', () => {
    const flags = FeatureFlags.of(new Stack(new App(), 'S'));
    assert.equal(flags.isEnabled('@aws-cdk/aws-lambda:recognizeVersionProps'), true);
    assert.equal(flags.isEnabled('@aws-cdk/pipelines:reduceAssetRoleTrustScope'), true);
    assert.equal(flags.isEnabled('@aws-cdk/aws-lambda:recognizeLayerVersion'), false);
    assert.equal(flags.isEnabled('@aws-cdk/aws-iam:minimizePolicies'), false);
    assert.equal(flags.isEnabled('not-a-flag'), false);
    assert.equal(flags._value('@aws-cdk/core:defaultCrossStackReferences'), 'strong');
  });

  test('context wins, as true or "true"', () => {
    const app = new App({ context: { '@aws-cdk/aws-lambda:recognizeVersionProps': false, '@aws-cdk/aws-iam:minimizePolicies': 'true' } });
    const flags = FeatureFlags.of(new Stack(app, 'S'));
    assert.equal(flags.isEnabled('@aws-cdk/aws-lambda:recognizeVersionProps'), false);
    assert.equal(flags.isEnabled('@aws-cdk/aws-iam:minimizePolicies'), true);
  });

  test('the report lists every flag aws-cdk-lib knows, with the value the app sets first', () => {
    const app = new App({ context: { '@aws-cdk/aws-lambda:recognizeVersionProps': false, 'unknown:flag': 1 } });
    const report = featureFlagReport(app);
    assert.equal(report.module, 'aws-cdk-lib');
    assert.deepEqual(Object.keys(report.flags), Object.keys(featureFlagTable().flags));
    assert.ok(Object.keys(report.flags).length >= 100);
    const versionProps = report.flags['@aws-cdk/aws-lambda:recognizeVersionProps'];
    assert.deepEqual(Object.keys(versionProps), ['userValue', 'recommendedValue', 'explanation', 'unconfiguredBehavesLike']);
    assert.equal(versionProps.userValue, false);
    assert.equal(report.flags['unknown:flag'], undefined);
    assert.equal('userValue' in report.flags['@aws-cdk/aws-lambda:recognizeLayerVersion'], false);
  });
});
