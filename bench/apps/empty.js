// require the library and synthesize an empty App.
const { loadLibrary, finish } = require('../harness');
const { core: cdk } = loadLibrary();
new cdk.App({ outdir: process.env.BENCH_OUTDIR }).synth();
finish();
