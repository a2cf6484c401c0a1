// 5,000 CfnResources with token-laden properties across 10 stacks, one cross-stack reference per stack.
const { loadLibrary, finish } = require('../harness');
const { core: cdk } = loadLibrary();

const app = new cdk.App({ outdir: process.env.BENCH_OUTDIR });
let previous;
for (let s = 0; s < 10; s++) {
  const stack = new cdk.Stack(app, `Stack${s}`);
  let last;
  for (let i = 0; i < 500; i++) {
    const props = {
      Name: `queue-${s}-${i}`,
      Region: stack.region,
      Joined: cdk.Fn.join('-', ['q', stack.account, `${i}`]),
      Interpolated: `arn:${cdk.Aws.PARTITION}:sqs:${stack.region}:${stack.account}:q${i}`,
    };
    if (last) {
      props.Previous = last.ref;
      props.PreviousArn = last.getAtt('Arn').toString();
    }
    if (i === 0 && previous) { props.OtherStack = previous.getAtt('Arn').toString(); }
    last = new cdk.CfnResource(stack, `Queue${i}`, { type: 'AWS::SQS::Queue', properties: props });
  }
  previous = last;
}
app.synth();
finish();
