// A lower bound for lambda-1000 on the `constructs` package, which every construct library (aws-cdk-lib and this
// one) is built on: the hand-written assembly of lambda-1000-floor, written while the app's construct tree (the same
// 10,011 bare Constructs, each with its Node) is alive, as it is in any CDK app while it synthesizes. No CDK library is
// loaded, so both columns measure the same program. Its peak memory is what no implementation on `constructs` can
// go below: compare it with the memory target of lambda-1000.
const { Construct } = require('constructs');

const CHILDREN_WITH_RESOURCE = ['ServiceRole', 'CurrentVersion', 'Aliaslive'];

const app = new Construct(undefined, '');
for (let s = 0; s < 10; s++) {
  const stack = new Construct(app, `Functions${s}`);
  for (let i = s; i < 1000; i += 10) {
    const fn = new Construct(stack, `Fn${i}`);
    new Construct(fn, 'Resource');
    new Construct(fn, 'Invoke');
    for (const id of CHILDREN_WITH_RESOURCE) { new Construct(new Construct(fn, id), 'Resource'); }
    // The alias imports its scaling role.
    new Construct(fn.node.findChild('Aliaslive'), 'ScalingRole');
  }
}
// Kept alive while the assembly is written, as a real app's tree is.
globalThis.lambdaCdkBenchTree = app;

require('./lambda-1000-floor');
