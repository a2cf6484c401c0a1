// Compares two builds of lambda-cdk on one benchmark app: this repository's dist/ and the build of another commit,
// in alternating runs (the machine's speed drifts by 10-30% within minutes, so runs of one build after the other
// mislead). Prints the minimum and median wall time and the median peak RSS of each build.
// Usage: npm run build && node bench/ab.js <git-ref> [--app lambda-1000] [--pairs 9]
// The other commit is checked out into a temporary git worktree (sharing this node_modules), built there, and
// removed at the end.
'use strict';
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const app = option('--app', 'lambda-1000');
const pairs = Number(option('--pairs', '9'));
const ref = args[0];
if (!ref || !Number.isInteger(pairs) || pairs < 1) {
  console.error('usage: node bench/ab.js <git-ref> [--app <bench app>] [--pairs <n>]');
  process.exit(2);
}

const git = (...a) => execFileSync('git', a, { cwd: ROOT, encoding: 'utf8' }).trim();
const commit = git('rev-parse', '--verify', `${ref}^{commit}`);
const worktree = fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-cdk-ab-'));

function buildOther() {
  git('worktree', 'add', '--detach', worktree, commit);
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(worktree, 'node_modules'));
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: worktree, stdio: 'inherit' });
}

function runOnce(dist) {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-ab-out-'));
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [path.join(__dirname, 'apps', `${app}.js`)], {
    env: { ...process.env, BENCH_DIST: dist, BENCH_OUTDIR: outdir, CDK_VALIDATION: 'false' },
    encoding: 'utf8',
  });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  fs.rmSync(outdir, { recursive: true, force: true });
  if (r.status !== 0) { throw new Error(`${app} failed with ${dist}:\n${r.stderr}`); }
  return { wallMs, rssMb: JSON.parse(r.stdout.trim().split('\n').pop()).maxRssKb / 1024 };
}

function summary(samples) {
  const sorted = (xs) => [...xs].sort((a, b) => a - b);
  const times = sorted(samples.map(s => s.wallMs));
  const rss = sorted(samples.map(s => s.rssMb));
  const mid = Math.floor(samples.length / 2);
  return { min: times[0], median: times[mid], rss: rss[mid] };
}

try {
  buildOther();
  const builds = [
    { label: `${ref} (${commit.slice(0, 8)})`, dist: path.join(worktree, 'dist'), samples: [] },
    { label: 'this checkout', dist: path.join(ROOT, 'dist'), samples: [] },
  ];
  for (let i = 0; i < pairs; i++) {
    for (const build of builds) { build.samples.push(runOnce(build.dist)); }
  }
  console.log(`${app}, ${pairs} alternating runs each: min / median wall time, median peak RSS`);
  for (const build of builds) {
    const s = summary(build.samples);
    console.log(`${build.label.padEnd(28)} ${s.min.toFixed(0)} / ${s.median.toFixed(0)} ms, ${s.rss.toFixed(0)} MB`);
  }
} finally {
  git('worktree', 'remove', '--force', worktree);
}
