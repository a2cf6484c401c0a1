// A builder for scripts/compat-fuzz/run.js: versions with options, weighted aliases, the grant variants, overrides,
// removal policies, tags, tokens in props and environment across stacks, ADOT and the FunctionVersionUpgrade aspect.
'use strict';
const { seededRandom } = require('./random');

function build(L, seed) {
  const { cdk, lambda, iam, sqs, s3 } = L;
  const r = seededRandom(seed);
  const context = {};
  if (r.chance(0.3)) { context['@aws-cdk/aws-lambda:recognizeVersionProps'] = false; }
  if (r.chance(0.3)) { context['@aws-cdk/aws-lambda:recognizeLayerVersion'] = true; }
  const app = new cdk.App({ outdir: L.outdir, context });
  const env = r.chance(0.5) ? { account: '123456789012', region: 'us-west-2' } : undefined;
  const producer = new cdk.Stack(app, 'Producer', { env });
  const stack = new cdk.Stack(app, 'Consumer', { env });
  const bucket = s3.Bucket.fromBucketName(stack, 'Code', 'code-bucket');
  const queue = new sqs.Queue(producer, 'Queue');
  if (r.chance(0.5)) { cdk.Tags.of(app).add('app', 'fuzz', { priority: r.int(200) }); }

  const runtime = r.pick([lambda.Runtime.NODEJS_22_X, lambda.Runtime.JAVA_21, lambda.Runtime.PYTHON_3_13]);
  const props = {
    runtime,
    handler: 'index.handler',
    code: r.chance(0.3) ? lambda.Code.fromCfnParameters() : lambda.Code.fromBucket(bucket, 'f.zip'),
    description: r.chance(0.3) ? cdk.Fn.join('-', ['fn', stack.region]) : undefined,
    environment: r.chance(0.6) ? { QUEUE_URL: queue.queueUrl, PLAIN: 'x' } : undefined,
    memorySize: r.chance(0.3) ? cdk.Lazy.number({ produce: () => 512 }) : undefined,
  };
  if (runtime === lambda.Runtime.JAVA_21 && r.chance(0.5)) {
    props.adotInstrumentation = {
      layerVersion: lambda.AdotLayerVersion.fromJavaSdkLayerVersion(lambda.AdotLambdaLayerJavaSdkVersion.LATEST),
      execWrapper: lambda.AdotLambdaExecWrapper.REGULAR_HANDLER,
    };
  }
  const fn = new lambda.Function(stack, 'Fn', props);
  if (r.chance(0.3)) { fn.invalidateVersionBasedOn(`build-${r.int(3)}`); }
  if (r.chance(0.3)) { fn.applyRemovalPolicy(r.pick([cdk.RemovalPolicy.RETAIN, cdk.RemovalPolicy.SNAPSHOT === undefined ? cdk.RemovalPolicy.DESTROY : cdk.RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE])); }
  if (r.chance(0.3)) { fn.node.defaultChild.addPropertyOverride('Timeout', 42); }
  if (r.chance(0.2)) { fn.node.defaultChild.addOverride('Metadata.Owner', 'team'); }
  if (r.chance(0.3)) { cdk.Aspects.of(stack).add(new lambda.FunctionVersionUpgrade('@aws-cdk/aws-lambda:recognizeVersionProps')); }

  const v1 = new lambda.Version(stack, 'V1', {
    lambda: fn,
    provisionedConcurrentExecutions: r.chance(0.3) ? 2 : undefined,
    removalPolicy: r.chance(0.3) ? cdk.RemovalPolicy.DESTROY : undefined,
    maxEventAge: r.chance(0.3) ? cdk.Duration.minutes(10) : undefined,
    retryAttempts: r.chance(0.3) ? 1 : undefined,
  });
  const current = fn.currentVersion;
  const alias = new lambda.Alias(stack, 'Live', {
    aliasName: 'live',
    version: current,
    additionalVersions: r.chance(0.5) ? [{ version: v1, weight: r.pick([0.1, 0.25, 0.5]) }] : undefined,
    description: r.chance(0.3) ? 'live traffic' : undefined,
  });
  const role = new iam.Role(stack, 'Caller', { assumedBy: new iam.ServicePrincipal('events.amazonaws.com') });
  for (let i = 0; i < 1 + r.int(4); i++) {
    switch (r.int(7)) {
      case 0: fn.grantInvokeVersion(role, r.pick([v1, current])); break;
      case 1: fn.grantInvokeLatestVersion(role); break;
      case 2: fn.grantInvokeCompositePrincipal(new iam.CompositePrincipal(new iam.ServicePrincipal('sns.amazonaws.com'), new iam.AccountPrincipal('111122223333'))); break;
      case 3: alias.grantInvokeUrl(role); break;
      case 4: v1.grantInvoke(new iam.ServicePrincipal('scheduler.amazonaws.com')); break;
      case 5: alias.addPermission(`AliasPerm${i}`, { principal: new iam.ServicePrincipal('events.amazonaws.com'), sourceArn: 'arn:aws:events:us-west-2:123456789012:rule/r' }); break;
      case 6: queue.grantSendMessages(fn); break;
    }
  }
  if (r.chance(0.4)) { fn.metricDuration({ statistic: r.pick(['p99', 'Average', 'Maximum']) }).createAlarm(stack, 'Slow', { threshold: 1000, evaluationPeriods: 3 }); }
  if (r.chance(0.3)) { lambda.Function.metricAllErrors().createAlarm(stack, 'AllErrors', { threshold: 1, evaluationPeriods: 1 }); }
  return app;
}

module.exports = { build };
