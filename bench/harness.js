// Shared by the benchmark apps: picks the library under test and reports peak memory to the runner.
const path = require('path');

/**
 * `BENCH_LIB=oracle` runs aws-cdk-lib, anything else the built lambda-cdk: this repository's dist/, or the dist
 * folder `BENCH_DIST` names (another build, for bench/ab.js).
 */
function loadLibrary() {
  if (process.env.BENCH_LIB === 'oracle') {
    return { core: require('aws-cdk-lib'), lib: (m) => require(`aws-cdk-lib/${m}`) };
  }
  const dist = process.env.BENCH_DIST || path.join(__dirname, '..', 'dist');
  return { core: require(path.join(dist, 'core')), lib: (m) => require(path.join(dist, m)) };
}

function finish() {
  process.stdout.write(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }) + '\n');
}

/**
 * Run a benchmark app when its file is the process's entry point (not when another script loads it for its builder):
 * build it with the library under test into `BENCH_OUTDIR`, synthesize it, and report.
 */
function runWhenMain(appModule, build) {
  if (require.main !== appModule) { return; }
  const { core, lib } = loadLibrary();
  build(core, lib, process.env.BENCH_OUTDIR).synth();
  finish();
}

module.exports = { loadLibrary, finish, runWhenMain };
