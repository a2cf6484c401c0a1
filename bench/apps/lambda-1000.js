// 1,000 functions, each with an environment variable, reserved concurrency, currentVersion, an alias and a
// grantInvoke to a service principal (issue 6's benchmark).
const { runWhenMain } = require('../harness');

/** The App and the 10 stacks the functions are spread over (also lambda-1000-l1's). */
function appWithStacks(cdk, outdir) {
  const app = new cdk.App({ outdir });
  const stacks = [];
  for (let s = 0; s < 10; s++) { stacks.push(new cdk.Stack(app, `Functions${s}`)); }
  return { app, stacks };
}

/** Build the app with the given core module and module loader (also used by bench/phases.js). */
function buildApp(cdk, lib, outdir) {
  const lambda = lib('aws-lambda');
  const iam = lib('aws-iam');
  const { app, stacks } = appWithStacks(cdk, outdir);
  for (let i = 0; i < 1000; i++) {
    const fn = new lambda.Function(stacks[i % 10], `Fn${i}`, {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline(`exports.handler = async () => ${i};`),
      environment: { INDEX: `${i}` },
      reservedConcurrentExecutions: 5,
    });
    fn.addAlias('live');
    fn.grantInvoke(new iam.ServicePrincipal('events.amazonaws.com'));
  }
  return app;
}

runWhenMain(module, buildApp);

module.exports = { appWithStacks, buildApp };
