// Where lambda-1000's time goes, in one process: module loading, then construction and synthesis of the same app
// built three times (the first run is cold: V8 still interprets most code; later runs show the steady state), with
// the garbage collector's share. For finding what to speed up next, not a benchmark (npm run bench is).
// Usage: npm run build && node bench/phases.js
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { PerformanceObserver, performance } = require('perf_hooks');
const { buildApp } = require('./apps/lambda-1000');

let gcMs = 0;
new PerformanceObserver((list) => { for (const entry of list.getEntries()) { gcMs += entry.duration; } }).observe({ entryTypes: ['gc'] });

const started = performance.now();
const dist = path.join(__dirname, '..', 'dist');
const cdk = require(path.join(dist, 'core'));
console.log(`node start ${started.toFixed(0)} ms, require core (lazy index) ${(performance.now() - started).toFixed(0)} ms`);

async function run(label) {
  const gcBefore = gcMs;
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-phases-'));
  const t0 = performance.now();
  const app = buildApp(cdk, (m) => require(path.join(dist, m)), outdir);
  const t1 = performance.now();
  app.synth();
  const t2 = performance.now();
  fs.rmSync(outdir, { recursive: true, force: true });
  // GC entries are delivered on the event loop: let them arrive.
  await new Promise(resolve => setTimeout(resolve, 20));
  const heap = process.memoryUsage().heapUsed / 1e6;
  console.log(`${label}: construct ${(t1 - t0).toFixed(0)} ms, synth ${(t2 - t1).toFixed(0)} ms, `
    + `gc ${(gcMs - gcBefore).toFixed(0)} ms, heap after ${heap.toFixed(0)} MB`);
}

(async () => {
  await run('cold (modules load during it)');
  await run('warm 1');
  await run('warm 2');
})();
