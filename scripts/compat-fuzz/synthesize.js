#!/usr/bin/env node
/**
 * Child process of scripts/compat-fuzz/run.js: builds the apps of one builder for a range of seeds with one library
 * (aws-cdk-lib, the oracle, or this checkout's dist/) and writes their templates as JSON.
 *
 *   node synthesize.js <oracle|lambda-cdk> <builder file> <first seed> <end seed> <output file>
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const [, , library, builderFile, first, end, outFile] = process.argv;
const DIST = path.resolve(__dirname, '..', '..', 'dist');
const load = (m) => (library === 'oracle'
  ? require(m === 'core' ? 'aws-cdk-lib' : `aws-cdk-lib/${m}`)
  : require(path.join(DIST, m)));
const modules = {
  cdk: load('core'), lambda: load('aws-lambda'), iam: load('aws-iam'), sqs: load('aws-sqs'), sns: load('aws-sns'),
  s3: load('aws-s3'), kms: load('aws-kms'), cloudwatch: load('aws-cloudwatch'), ecr: load('aws-ecr'),
  signer: load('aws-signer'), logs: load('aws-logs'), appscaling: load('aws-applicationautoscaling'),
};
const { build } = require(path.resolve(builderFile));

const results = {};
for (let seed = Number(first); seed < Number(end); seed++) {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'compat-fuzz-'));
  try {
    build({ ...modules, outdir }, seed).synth();
    const templates = {};
    const collect = (dir, prefix) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        if (entry.isDirectory() && entry.name.startsWith('assembly-')) { collect(path.join(dir, entry.name), `${prefix}${entry.name}/`); }
        if (entry.name.endsWith('.template.json')) { templates[prefix + entry.name] = JSON.parse(fs.readFileSync(path.join(dir, entry.name), 'utf8')); }
      }
    };
    collect(outdir, '');
    results[seed] = templates;
  } catch (e) {
    // Both libraries refusing the same app is agreement; the messages differ by design.
    results[seed] = { error: String(e && e.message).split('\n')[0] };
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}
fs.writeFileSync(outFile, JSON.stringify(results));
