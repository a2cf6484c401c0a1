// Synthesizing again into the cdk.out of an earlier synthesis of the same app (assets-directory's):
// nothing changed, so nothing should be read, hashed or copied again.
// Each library keeps its own cdk.out in the system temp directory; when it does not exist yet, a first
// synthesis fills it in a child process before the measured one (that run is slower: run.js takes the median).
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { defineApp } = require('./assets-directory');
const { loadLibrary, finish } = require('../harness');

const outdir = path.join(fs.realpathSync(os.tmpdir()), `lambda-cdk-bench-resynth-${process.env.BENCH_LIB === 'oracle' ? 'oracle' : 'lambda-cdk'}`);
if (process.env.BENCH_RESYNTH_PRIME) {
  const { core, lib } = loadLibrary();
  defineApp(core, lib, outdir).synth();
} else {
  if (!fs.existsSync(path.join(outdir, 'manifest.json'))) {
    const r = spawnSync(process.execPath, [__filename], { env: { ...process.env, BENCH_RESYNTH_PRIME: '1' }, stdio: 'inherit' });
    if (r.status !== 0) { process.exit(r.status ?? 1); }
  }
  const { core, lib } = loadLibrary();
  defineApp(core, lib, outdir).synth();
  finish();
}
