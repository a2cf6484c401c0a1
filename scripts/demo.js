#!/usr/bin/env node
// `npm run demo`: synthesize examples/hello into ./cdk.out (after the build) and print what is in it.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const outdir = path.join(root, 'cdk.out');
const started = process.hrtime.bigint();
const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'examples', 'hello', 'app.ts')], {
  cwd: root,
  env: { ...process.env, CDK_OUTDIR: outdir },
  stdio: 'inherit',
});
if (run.status !== 0) { process.exit(run.status ?? 1); }
const ms = Number(process.hrtime.bigint() - started) / 1e6;

const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
const stacks = Object.entries(manifest.artifacts).filter(([, a]) => a.type === 'aws:cloudformation:stack');
console.log(`Synthesized ${stacks.length} stack(s) into ${path.relative(process.cwd(), outdir) || '.'} in ${ms.toFixed(0)} ms\n`);
for (const [id, artifact] of stacks) {
  const template = JSON.parse(fs.readFileSync(path.join(outdir, artifact.properties.templateFile), 'utf8'));
  const byType = {};
  for (const r of Object.values(template.Resources ?? {})) { byType[r.Type] = (byType[r.Type] ?? 0) + 1; }
  const assets = JSON.parse(fs.readFileSync(path.join(outdir, `${id}.assets.json`), 'utf8'));
  const files = Object.values(assets.files).filter(f => !f.source.path?.endsWith('.template.json'));
  console.log(`Stack ${artifact.displayName} (${artifact.environment})`);
  for (const [type, count] of Object.entries(byType).sort()) { console.log(`  ${String(count).padStart(3)} x ${type}`); }
  console.log(`  assets: ${files.length} file, ${Object.keys(assets.dockerImages).length} docker image`);
  for (const f of files) { console.log(`    ${f.source.path} (${f.source.packaging})`); }
  console.log(`  outputs: ${Object.keys(template.Outputs ?? {}).join(', ') || 'none'}\n`);
}
console.log(`Deploy it with the official CLI: npx cdk deploy --app ${path.relative(process.cwd(), outdir) || 'cdk.out'}`);
