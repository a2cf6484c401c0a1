// 1,000 functions, each with an environment variable, reserved concurrency, currentVersion, an alias and a
// grantInvoke to a service principal (issue 6's benchmark). Until currentVersion/aliases exist, those parts are skipped.
const { loadLibrary, finish } = require('../harness');
const { core: cdk, lib } = loadLibrary();
const lambda = lib('aws-lambda');
const iam = lib('aws-iam');

const app = new cdk.App({ outdir: process.env.BENCH_OUTDIR });
const stacks = [];
for (let s = 0; s < 10; s++) { stacks.push(new cdk.Stack(app, `Functions${s}`)); }
for (let i = 0; i < 1000; i++) {
  const fn = new lambda.Function(stacks[i % 10], `Fn${i}`, {
    runtime: lambda.Runtime.NODEJS_20_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline(`exports.handler = async () => ${i};`),
    environment: { INDEX: `${i}` },
    reservedConcurrentExecutions: 5,
  });
  if (typeof fn.addAlias === 'function' && 'currentVersion' in fn) {
    fn.addAlias('live');
  }
  fn.grantInvoke(new iam.ServicePrincipal('events.amazonaws.com'));
}
app.synth();
finish();
