// How many JavaScript function calls a benchmark app makes (lambda-1000 unless --app names another), and which
// functions make most of them (V8's precise coverage with call counts). Unlike wall time, which drifts by 10-20% on these machines, the count is the same
// on every run: use it to see whether a change makes the library do less. Most of a run is cold code, so fewer
// calls is, roughly, less time.
// Usage: npm run build && node bench/calls.js [--app <name>] [--construct-only (lambda-1000 only)] [--top N]
'use strict';
const fs = require('fs');
const inspector = require('inspector');
const os = require('os');
const path = require('path');
const { buildApp } = require('./apps/lambda-1000');

const args = process.argv.slice(2);
const constructOnly = args.includes('--construct-only');
const topIndex = args.indexOf('--top');
const top = topIndex >= 0 ? Number(args[topIndex + 1]) : 30;
const appIndex = args.indexOf('--app');
const appName = appIndex >= 0 ? args[appIndex + 1] : 'lambda-1000';
const dist = path.join(__dirname, '..', 'dist');

const session = new inspector.Session();
session.connect();
const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (e, r) => (e ? reject(e) : resolve(r))));

(async () => {
  await post('Profiler.enable');
  await post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-calls-'));
  if (appName === 'lambda-1000') {
    const app = buildApp(require(path.join(dist, 'core')), (m) => require(path.join(dist, m)), outdir);
    if (!constructOnly) { app.synth(); }
  } else {
    // Other apps build and synthesize when loaded, and report their memory through the harness: silence that.
    process.env.BENCH_OUTDIR = outdir;
    require('./harness').finish = () => {};
    require(`./apps/${appName}`);
  }
  const { result } = await post('Profiler.takePreciseCoverage');
  fs.rmSync(outdir, { recursive: true, force: true });

  const rows = [];
  for (const script of result) {
    if (!script.url.includes('/dist/') && !script.url.includes('/node_modules/constructs/')) { continue; }
    const file = script.url.replace(/^file:\/\//, '');
    const source = fs.readFileSync(file, 'utf8');
    for (const fn of script.functions) {
      const range = fn.ranges[0];
      if (!range.count) { continue; }
      const line = source.slice(0, range.startOffset).split('\n').length;
      rows.push({ count: range.count, where: `${fn.functionName || '(anonymous)'} ${path.relative(path.join(__dirname, '..'), file)}:${line}` });
    }
  }
  rows.sort((a, b) => b.count - a.count);
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  console.log(`${total} calls (${constructOnly ? 'construction' : 'construction and synthesis'} of ${appName})`);
  for (const r of rows.slice(0, top)) { console.log(String(r.count).padStart(9), r.where); }
})();
