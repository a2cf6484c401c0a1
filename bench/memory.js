// Where a benchmark app's memory goes (lambda-1000 unless --app names another), for finding what to shrink next; not
// a benchmark (npm run bench is). Two runs of the app, each in a fresh process:
// - as the benchmark runs it: peak RSS, and the size of each of V8's heap spaces at the end. The young generation
//   (new_space) is sized by V8: it grows (up to 2 x 16 MB on node 20) as more objects survive collections. A space's
//   size is what V8 reserved, not all of it is necessarily in RSS.
// - with forced full collections (apps that export buildApp: lambda-1000): the live heap once node and the library
//   are loaded, after the app's construction, and after synthesis (what the returned assembly keeps).
// Usage: npm run build && node bench/memory.js [--app <name>] [--lib oracle]
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const appName = option('--app', 'lambda-1000');
const lib = option('--lib', 'lambda-cdk');
const appFile = path.join(__dirname, 'apps', `${appName}.js`);
if (!fs.existsSync(appFile)) {
  console.error(`usage: node bench/memory.js [--app <bench app>] [--lib oracle]; no app ${appName} in bench/apps`);
  process.exit(2);
}
const MB = 1024 * 1024;
const mb = (bytes) => `${(bytes / MB).toFixed(1)} MB`;

/** Runs `script` in a fresh node with the benchmark's environment; returns its last line of output, parsed. */
function runNode(nodeArgs, script) {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-memory-'));
  try {
    const env = { ...process.env, BENCH_OUTDIR: outdir, CDK_VALIDATION: 'false' };
    if (lib === 'oracle') { env.BENCH_LIB = 'oracle'; } else { delete env.BENCH_LIB; }
    const r = spawnSync(process.execPath, [...nodeArgs, '-e', script], { env, encoding: 'utf8', cwd: __dirname });
    if (r.status !== 0) { throw new Error(`node failed (${r.status}): ${r.stderr}`); }
    const lines = r.stdout.trim().split('\n');
    return JSON.parse(lines[lines.length - 1]);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

// The app as the benchmark runs it; V8's spaces are read when the process exits.
const asBenchmarked = runNode([], `
  const v8 = require('v8');
  const harness = require(${JSON.stringify(path.join(__dirname, 'harness'))});
  harness.finish = () => {};
  // An app that exports buildApp (lambda-1000) runs only as a main module: build and synthesize it here.
  const { buildApp } = require(${JSON.stringify(appFile)});
  if (buildApp) {
    const { core, lib } = harness.loadLibrary();
    buildApp(core, lib, process.env.BENCH_OUTDIR).synth();
  }
  const spaces = {};
  for (const s of v8.getHeapSpaceStatistics()) { if (s.space_size > 0) { spaces[s.space_name] = s.space_size; } }
  console.log(JSON.stringify({ peakRss: process.resourceUsage().maxRSS * 1024, spaces, buildsApp: buildApp !== undefined }));
`);

console.log(`${appName} with ${lib}: peak RSS ${mb(asBenchmarked.peakRss)}`);
console.log('V8 heap spaces at the end:');
for (const [space, size] of Object.entries(asBenchmarked.spaces)) {
  console.log(`  ${space.padEnd(28)} ${mb(size).padStart(9)}`);
}

if (asBenchmarked.buildsApp) {
  const live = runNode(['--expose-gc'], `
    const { loadLibrary } = require(${JSON.stringify(path.join(__dirname, 'harness'))});
    const { buildApp } = require(${JSON.stringify(appFile)});
    const liveHeap = () => { gc(); return process.memoryUsage().heapUsed; };
    const { core, lib } = loadLibrary();
    lib('aws-lambda'); lib('aws-iam');
    const loaded = liveHeap();
    const app = buildApp(core, lib, process.env.BENCH_OUTDIR);
    const constructed = liveHeap();
    const assembly = app.synth();
    const synthesized = liveHeap();
    globalThis.keep = [app, assembly];
    console.log(JSON.stringify({ loaded, constructed, synthesized }));
  `);
  console.log('live heap (after a full collection):');
  console.log(`  before the app               ${mb(live.loaded).padStart(9)}`);
  console.log(`  the app constructed           ${mb(live.constructed).padStart(9)} (+${mb(live.constructed - live.loaded)})`);
  console.log(`  synthesized                   ${mb(live.synthesized).padStart(9)} (+${mb(live.synthesized - live.constructed)})`);
}
