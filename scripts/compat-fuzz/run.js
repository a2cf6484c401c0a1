#!/usr/bin/env node
/**
 * Differential fuzzing against the oracle: random Lambda apps (functions with random props, versions, aliases,
 * layers, grants and permissions, cross-stack references, singleton and image functions, extension layers...) are
 * built from seeds by each builder in this folder, synthesized by aws-cdk-lib 2.276.0 and by lambda-cdk (dist/), and
 * their templates compared (the CDKMetadata resource aside). An app both libraries refuse counts as agreement.
 *
 *   node scripts/compat-fuzz/run.js [--seeds N] [--first S]     (default: 40 seeds per builder, from 1)
 *   FUZZ_ONLY=<builder file name> node scripts/compat-fuzz/run.js ...   (one builder only)
 *
 * Exits 1 and prints the first differences when any app differs. Run `npm run build` first.
 */
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const args = process.argv.slice(2);
const option = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : fallback; };
const seeds = option('--seeds', 40);
const first = option('--first', 1);
const BUILDERS = (process.env.FUZZ_ONLY ? [process.env.FUZZ_ONLY] : ['single-stack-app.js', 'multi-stack-app.js', 'versions-and-overrides-app.js', 'iam-and-core-app.js', 'messaging-and-assets-app.js', 'core-tokens-app.js', 'layers-and-scaling-app.js', 'nested-stacks-app.js']).map(f => path.join(__dirname, f));

function synthesize(library, builder, outFile) {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'compat-fuzz-home-'));
  const env = { ...process.env, CDK_VALIDATION: 'false', JSII_DEPRECATED: 'quiet', HOME: home };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'synthesize.js'), library, builder, String(first), String(first + seeds), outFile], { env, stdio: 'inherit' });
    child.on('exit', (code) => {
      fs.rmSync(home, { recursive: true, force: true });
      if (code === 0) { resolve(JSON.parse(fs.readFileSync(outFile, 'utf8'))); } else { reject(new Error(`${library} synthesis exited with ${code}`)); }
    });
  });
}

function withoutCdkMetadata(templates) {
  for (const template of Object.values(templates)) {
    if (template.Resources) { delete template.Resources.CDKMetadata; }
    if (template.Conditions) {
      delete template.Conditions.CDKMetadataAvailable;
      if (Object.keys(template.Conditions).length === 0) { delete template.Conditions; }
    }
  }
  return templates;
}

function differences(a, b, where, out) {
  if (out.length >= 5) { return; }
  const kind = (x) => (x === null ? 'null' : Array.isArray(x) ? 'array' : typeof x);
  if (kind(a) !== kind(b) || (kind(a) !== 'object' && kind(a) !== 'array' && a !== b)) {
    out.push(`${where || '(top)'}: aws-cdk-lib ${JSON.stringify(a)} / lambda-cdk ${JSON.stringify(b)}`);
    return;
  }
  if (kind(a) === 'object' || kind(a) === 'array') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) { differences(a[key], b[key], `${where}.${key}`, out); }
  }
}

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'compat-fuzz-'));
  let apps = 0;
  let refused = 0;
  const failures = [];
  try {
    for (const builder of BUILDERS) {
      const [oracle, ours] = await Promise.all([
        synthesize('oracle', builder, path.join(work, 'oracle.json')),
        synthesize('lambda-cdk', builder, path.join(work, 'ours.json')),
      ]);
      for (const seed of Object.keys(oracle)) {
        apps++;
        if (oracle[seed].error && ours[seed].error) { refused++; continue; }
        const out = [];
        differences(withoutCdkMetadata(oracle[seed]), withoutCdkMetadata(ours[seed]), '', out);
        if (out.length > 0) { failures.push(`${path.basename(builder)} seed ${seed}:\n  ${out.join('\n  ')}`); }
      }
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  for (const f of failures.slice(0, 10)) { console.log(f); }
  console.log(`compat fuzz: ${apps} random apps, ${failures.length} differ, ${refused} refused by both libraries`);
  if (failures.length > 0) { process.exitCode = 1; }
}

main().catch((e) => { console.error(e.message); process.exitCode = 1; });
