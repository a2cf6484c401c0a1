// A builder for scripts/compat-fuzz/run.js: nested stacks (nested in nested, siblings) with resources that reference
// each other across levels, functions with asset code inside nested stacks, parameters and removal policies.
'use strict';
const path = require('node:path');
const { seededRandom } = require('./random');

const HANDLER = path.resolve(__dirname, '..', '..', 'test', 'fixtures', 'lambda', 'hello');

function build(L, seed) {
  const { cdk, lambda, iam } = L;
  const r = seededRandom(seed);
  const app = new cdk.App({ outdir: L.outdir });
  const env = r.chance(0.4) ? { account: '123456789012', region: 'us-east-1' } : undefined;
  const top = new cdk.Stack(app, 'Top', { env });
  const other = r.chance(0.3) ? new cdk.Stack(app, 'Other', { env }) : undefined;
  const stacks = [top];
  const resources = [];
  const addResource = (stack, i) => {
    const props = {};
    const candidates = resources.filter(() => r.chance(0.3));
    for (const [k, target] of candidates.slice(0, 2).entries()) {
      props[`Ref${k}`] = r.chance(0.5) ? target.ref : target.getAtt('Arn').toString();
    }
    if (r.chance(0.2)) { props.Region = stack.region; }
    const res = new cdk.CfnResource(stack, `Res${i}`, { type: r.pick(['AWS::SQS::Queue', 'AWS::SNS::Topic']), properties: props });
    resources.push(res);
  };
  let n = 0;
  for (let i = 0; i < 2 + r.int(3); i++) {
    const parent = r.pick(stacks);
    const nested = new cdk.NestedStack(parent, `Nested${i}`, {
      parameters: r.chance(0.3) ? { Given: `value-${i}` } : undefined,
      timeout: r.chance(0.3) ? cdk.Duration.minutes(10 + r.int(50)) : undefined,
      removalPolicy: r.chance(0.2) ? cdk.RemovalPolicy.RETAIN : undefined,
      description: r.chance(0.2) ? `nested ${i}` : undefined,
    });
    stacks.push(nested);
    for (let k = 0; k < 1 + r.int(3); k++) { addResource(r.pick(stacks), n++); }
    if (r.chance(0.3)) {
      const fn = new lambda.Function(nested, 'Fn', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromAsset(HANDLER) });
      if (r.chance(0.5) && resources.length > 0) { fn.addEnvironment('DEP', r.pick(resources).ref); }
      if (r.chance(0.5)) { fn.grantInvoke(new iam.ServicePrincipal('events.amazonaws.com')); }
    }
    if (r.chance(0.3)) { new cdk.CfnOutput(top, `NestedName${i}`, { value: nested.stackName }); }
  }
  for (let k = 0; k < r.int(3); k++) { addResource(r.pick(stacks), n++); }
  if (other && resources.length > 0) {
    new cdk.CfnResource(other, 'Consumer', { type: 'AWS::SNS::Topic', properties: { Uses: r.pick(resources).ref } });
  }
  return app;
}

module.exports = { build };
