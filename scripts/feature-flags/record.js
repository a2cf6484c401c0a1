#!/usr/bin/env node
/**
 * Records the feature flag report aws-cdk-lib (the oracle) writes into every cloud assembly (the manifest artifact
 * `aws-cdk-lib/feature-flag-report`, read by `cdk flags`), by synthesizing an empty app with it and reading the
 * manifest: a black-box run, never its source. The flags' names, recommended values, unconfigured (v2 default)
 * values and their user-facing explanations become src/core/data/feature-flags.json, which lambda-cdk writes into its
 * own assemblies and takes its flag defaults from.
 *
 * Usage (from the repository root, so `aws-cdk-lib` resolves):
 *   node scripts/feature-flags/record.js           write the file
 *   node scripts/feature-flags/record.js --check   fail if the file would change
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

process.env.CDK_VALIDATION = 'false';
process.env.HOME = fs.mkdtempSync(path.join(os.tmpdir(), 'feature-flags-'));

const OUTPUT = path.resolve(__dirname, '..', '..', 'src', 'core', 'data', 'feature-flags.json');
const ARTIFACT = 'aws-cdk-lib/feature-flag-report';

function record() {
  const cdk = require('aws-cdk-lib');
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'feature-flags-out-'));
  try {
    new cdk.App({ outdir }).synth();
    const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
    const report = manifest.artifacts[ARTIFACT];
    if (!report || report.type !== 'cdk:feature-flag-report') { throw new Error(`no ${ARTIFACT} artifact in the oracle's manifest`); }
    for (const [name, flag] of Object.entries(report.properties.flags)) {
      if ('userValue' in flag) { throw new Error(`${name} has a user value in an app without context`); }
    }
    return `${JSON.stringify(report.properties, undefined, 2)}\n`;
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

const text = record();
if (process.argv.includes('--check')) {
  const current = fs.existsSync(OUTPUT) ? fs.readFileSync(OUTPUT, 'utf8') : '';
  if (current !== text) { console.error(`${path.relative(process.cwd(), OUTPUT)} is out of date: run node scripts/feature-flags/record.js`); process.exit(1); }
  console.log('feature flags: up to date');
} else {
  fs.writeFileSync(OUTPUT, text);
  console.log(`wrote ${path.relative(process.cwd(), OUTPUT)} (${Object.keys(JSON.parse(text).flags).length} flags)`);
}
