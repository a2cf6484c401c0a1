// A builder for scripts/compat-fuzz/run.js: layers with every option and permissions, extension layers by region and
// architecture (Insights, ADOT, Parameters and Secrets), SnapStart, provisioned concurrency and alias autoscaling with
// schedules, imports by name and attributes.
'use strict';
const { seededRandom } = require('./random');

function build(L, seed) {
  const { cdk, lambda, iam, s3, appscaling } = L;
  const r = seededRandom(seed);
  const app = new cdk.App({ outdir: L.outdir });
  const env = r.chance(0.6) ? { account: '123456789012', region: r.pick(['us-east-1', 'eu-west-1', 'ap-northeast-1', 'sa-east-1', 'af-south-1']) } : undefined;
  const stack = new cdk.Stack(app, 'Layers', { env });
  const bucket = s3.Bucket.fromBucketName(stack, 'Code', 'code-bucket');
  const architecture = r.pick([undefined, lambda.Architecture.ARM_64, lambda.Architecture.X86_64]);

  const layer = new lambda.LayerVersion(stack, 'Layer', {
    code: lambda.Code.fromBucket(bucket, 'layer.zip', r.chance(0.5) ? 'v1' : undefined),
    compatibleRuntimes: r.chance(0.5) ? [lambda.Runtime.NODEJS_22_X, lambda.Runtime.JAVA_21, lambda.Runtime.PYTHON_3_13] : undefined,
    compatibleArchitectures: r.chance(0.5) ? [lambda.Architecture.ARM_64, lambda.Architecture.X86_64] : undefined,
    license: r.chance(0.3) ? 'MIT' : undefined,
    layerVersionName: r.chance(0.3) ? 'fuzz-layer' : undefined,
    description: r.chance(0.3) ? 'shared code' : undefined,
    removalPolicy: r.chance(0.3) ? cdk.RemovalPolicy.RETAIN : undefined,
  });
  if (r.chance(0.4)) { layer.addPermission('Everyone', { accountId: '*', organizationId: r.chance(0.5) ? 'o-abcdefghij12' : undefined }); }
  const imported = lambda.LayerVersion.fromLayerVersionArn(stack, 'Imported', 'arn:aws:lambda:us-east-1:123456789012:layer:shared:3');

  const runtime = r.pick([lambda.Runtime.NODEJS_22_X, lambda.Runtime.JAVA_21, lambda.Runtime.PYTHON_3_13]);
  const props = { runtime, handler: 'index.handler', code: lambda.Code.fromBucket(bucket, 'fn.zip'), architecture, layers: r.chance(0.7) ? [layer] : undefined };
  if (r.chance(0.4)) { props.insightsVersion = r.pick([lambda.LambdaInsightsVersion.VERSION_1_0_229_0, lambda.LambdaInsightsVersion.VERSION_1_0_498_0]); }
  if (r.chance(0.3)) { props.paramsAndSecrets = lambda.ParamsAndSecretsLayerVersion.fromVersion(lambda.ParamsAndSecretsVersions.V1_0_103, { cacheEnabled: r.chance(0.5), httpPort: 2773 + r.int(3), maxConnections: 3 + r.int(5) }); }
  if (r.chance(0.3)) {
    const layerVersion = runtime === lambda.Runtime.JAVA_21 ? lambda.AdotLayerVersion.fromJavaSdkLayerVersion(lambda.AdotLambdaLayerJavaSdkVersion.LATEST)
      : runtime === lambda.Runtime.PYTHON_3_13 ? lambda.AdotLayerVersion.fromPythonSdkLayerVersion(lambda.AdotLambdaLayerPythonSdkVersion.LATEST)
        : lambda.AdotLayerVersion.fromGenericLayerVersion(lambda.AdotLambdaLayerGenericVersion.LATEST);
    const execWrapper = runtime === lambda.Runtime.PYTHON_3_13 ? lambda.AdotLambdaExecWrapper.INSTRUMENT_HANDLER
      : r.pick([lambda.AdotLambdaExecWrapper.REGULAR_HANDLER, lambda.AdotLambdaExecWrapper.PROXY_HANDLER, lambda.AdotLambdaExecWrapper.INSTRUMENT_HANDLER]);
    props.adotInstrumentation = { layerVersion, execWrapper };
  }
  if (runtime === lambda.Runtime.JAVA_21 && r.chance(0.5)) { props.snapStart = lambda.SnapStartConf.ON_PUBLISHED_VERSIONS; }
  const fn = new lambda.Function(stack, 'Fn', props);
  if (r.chance(0.3)) { fn.addLayers(imported); }

  const version = r.chance(0.5) ? fn.currentVersion : new lambda.Version(stack, 'Pinned', { lambda: fn, provisionedConcurrentExecutions: r.chance(0.5) ? 5 : undefined });
  const alias = new lambda.Alias(stack, 'Alias', { aliasName: 'prod', version, provisionedConcurrentExecutions: r.chance(0.5) ? 1 + r.int(3) : undefined });
  if (r.chance(0.6)) {
    const target = alias.addAutoScaling({ minCapacity: 1 + r.int(2), maxCapacity: 5 + r.int(20) });
    if (r.chance(0.6)) { target.scaleOnUtilization({ utilizationTarget: r.pick([0.5, 0.7, 0.9]) }); }
    if (r.chance(0.6)) {
      target.scaleOnSchedule('Morning', { schedule: appscaling.Schedule.cron({ hour: '8', minute: '0' }), minCapacity: 10 });
      if (r.chance(0.5)) { target.scaleOnSchedule('Night', { schedule: appscaling.Schedule.rate(cdk.Duration.hours(12)), maxCapacity: 3 }); }
    }
  }
  if (r.chance(0.4)) {
    const byName = lambda.Function.fromFunctionName(stack, 'ByName', 'other-function');
    byName.grantInvoke(new iam.ServicePrincipal('sns.amazonaws.com'));
  }
  if (r.chance(0.3)) {
    const byAttrs = lambda.Function.fromFunctionAttributes(stack, 'ByAttrs', { functionArn: `arn:aws:lambda:${env ? env.region : 'us-east-1'}:123456789012:function:x`, sameEnvironment: true });
    byAttrs.grantInvoke(fn);
  }
  return app;
}

module.exports = { build };
