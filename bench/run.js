// Runs each benchmark app as a whole process through aws-cdk-lib (the oracle) and lambda-cdk and prints the ratios.
// Usage: npm run bench [-- <app> ...] [--runs N]
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const args = process.argv.slice(2);
const runsIndex = args.indexOf('--runs');
const runs = runsIndex >= 0 ? Number(args.splice(runsIndex, 2)[1]) : 3;
const apps = args.length > 0 ? args : fs.readdirSync(path.join(__dirname, 'apps')).filter(f => f.endsWith('.js')).map(f => f.replace(/\.js$/, '')).sort();

function measure(app, lib) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-out-'));
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-home-'));
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [path.join(__dirname, 'apps', `${app}.js`)], {
      env: { ...process.env, BENCH_LIB: lib, BENCH_OUTDIR: outdir, HOME: home, CDK_VALIDATION: 'false' },
      encoding: 'utf8',
    });
    const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
    fs.rmSync(outdir, { recursive: true, force: true });
    fs.rmSync(home, { recursive: true, force: true });
    if (r.status !== 0) { throw new Error(`${app} (${lib}) failed:\n${r.stderr}`); }
    const { maxRssKb } = JSON.parse(r.stdout.trim().split('\n').pop());
    samples.push({ wallMs, maxRssKb });
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { wallMs: median(samples.map(s => s.wallMs)), maxRssMb: median(samples.map(s => s.maxRssKb)) / 1024 };
}

console.log(`node ${process.version}, ${os.cpus().length} cores, median of ${runs} runs, whole-process wall time and peak RSS`);
const nameWidth = Math.max(20, ...apps.map(a => a.length));
console.log('app'.padEnd(nameWidth), 'aws-cdk-lib'.padStart(22), 'lambda-cdk'.padStart(22), 'time ratio'.padStart(11), 'memory ratio'.padStart(13));
for (const app of apps) {
  const oracle = measure(app, 'oracle');
  const ours = measure(app, 'lambda-cdk');
  const fmt = (m) => `${m.wallMs.toFixed(0)} ms ${m.maxRssMb.toFixed(0)} MB`;
  console.log(app.padEnd(nameWidth), fmt(oracle).padStart(22), fmt(ours).padStart(22),
    `${(oracle.wallMs / ours.wallMs).toFixed(1)}x`.padStart(11), `${(oracle.maxRssMb / ours.maxRssMb).toFixed(1)}x`.padStart(13));
}
