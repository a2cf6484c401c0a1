// A builder for scripts/compat-fuzz/run.js: the core alone -- construct paths that stress logical IDs (Default and
// Resource children, long and non-alphanumeric ids, nesting), tokens of every kind (Lazy, lists, numbers, joins,
// splits, subs), overrides through array indexes, DependsOn, cross-stack references and nested stages.
'use strict';
const { seededRandom } = require('./random');

function build(L, seed) {
  const { cdk } = L;
  const { Construct } = require('constructs');
  const r = seededRandom(seed);
  const app = new cdk.App({ outdir: L.outdir });
  const stage = r.chance(0.3) ? new cdk.Stage(app, 'Prod') : app;
  const stacks = [new cdk.Stack(stage, 'First'), new cdk.Stack(stage, r.pick(['Second', 'second-stack', 'S3']))];
  const ids = ['Default', 'Resource', 'Queue', 'my-queue!', 'x'.repeat(60), 'Bucket2', 'A', 'Nested'];
  const resources = [];
  for (let i = 0; i < 3 + r.int(8); i++) {
    const stack = r.pick(stacks);
    let scope = stack;
    for (let d = 0; d < r.int(4); d++) {
      const id = r.pick(ids);
      scope = scope.node.tryFindChild(id) ?? new Construct(scope, id);
    }
    const id = r.pick(ids);
    if (scope.node.tryFindChild(id)) { continue; }
    const others = resources.filter(x => cdk.Stack.of(x) === stack);
    const props = {};
    if (r.chance(0.5)) { props.Name = `name-${i}`; }
    if (r.chance(0.4)) { props.List = r.pick([['a', 'b'], cdk.Token.asList(cdk.Lazy.list({ produce: () => ['x', 'y'] })), [stack.region, 'z']]); }
    if (r.chance(0.4)) { props.Joined = cdk.Fn.join(r.pick(['', ',', '-']), [r.pick(['a', stack.account]), cdk.Lazy.string({ produce: () => 'lazy' }), stack.stackName]); }
    if (r.chance(0.3)) { props.Number = r.pick([1, cdk.Lazy.number({ produce: () => 42 }), cdk.Token.asNumber(cdk.Lazy.any({ produce: () => 7 }))]); }
    if (r.chance(0.3)) { props.Sub = cdk.Fn.sub('arn:${AWS::Partition}:x:${AWS::Region}:${Acct}:y', { Acct: stack.account }); }
    if (r.chance(0.3)) { props.Omitted = cdk.Lazy.list({ produce: () => [] }, { omitEmpty: true }); }
    if (r.chance(0.3) && others.length > 0) { props.Ref = r.pick(others).ref; }
    const remote = resources.filter(x => cdk.Stack.of(x) !== stack && cdk.Stack.of(x) === stacks[0]);
    if (stack === stacks[1] && r.chance(0.4) && remote.length > 0) { props.Remote = r.pick(remote).getAtt('Arn').toString(); }
    if (r.chance(0.2)) { props.Split = cdk.Fn.select(r.int(2), cdk.Fn.split(',', cdk.Lazy.string({ produce: () => 'p,q' }))); }
    const res = new cdk.CfnResource(scope, id, { type: r.pick(['AWS::SQS::Queue', 'AWS::SNS::Topic', 'Custom::Thing']), properties: props });
    if (r.chance(0.2)) { res.addOverride('Properties.Tags.0.Value', 'overridden'); }
    if (r.chance(0.2)) { res.addPropertyOverride('Deep.Nested\\.Key', { a: 1 }); }
    if (r.chance(0.2)) { res.addDeletionOverride('Properties.Name'); }
    if (r.chance(0.3) && others.length > 0) { res.addDependency(r.pick(others)); }
    if (r.chance(0.2) && others.length > 0) { res.node.addDependency(r.pick(others)); }
    if (r.chance(0.2)) { res.overrideLogicalId(`Renamed${i}`); }
    if (r.chance(0.2)) { res.cfnOptions.metadata = { note: 'x' }; }
    if (r.chance(0.2)) { res.applyRemovalPolicy(r.pick([cdk.RemovalPolicy.RETAIN, cdk.RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE])); }
    resources.push(res);
  }
  if (r.chance(0.3)) { stacks[1].addDependency(stacks[0]); }
  if (r.chance(0.3)) { new cdk.CfnOutput(stacks[0], 'Out', { value: cdk.Fn.join(',', [stacks[0].region, 'x']), exportName: 'out-export' }); }
  return app;
}

module.exports = { build };
