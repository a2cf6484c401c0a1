// A builder for scripts/compat-fuzz/run.js: two stacks, image, singleton and plain functions, extension layers, cross-stack grants and outputs.
'use strict';
const { seededRandom } = require('./random');
function build(L, seed) {
  const { cdk, lambda, iam, sqs, s3, ecr, signer, logs } = L;
  const r = seededRandom(seed);
  const app = new cdk.App({ outdir: L.outdir });
  const env = r.chance(0.5) ? { account: '123456789012', region: r.pick(['us-east-1', 'eu-central-1']) } : undefined;
  const a = new cdk.Stack(app, 'A', { env });
  const b = new cdk.Stack(app, 'B', { env });
  const bucket = s3.Bucket.fromBucketName(a, 'CodeBucket', 'code-bucket');
  const fns = [];
  const n = 1 + r.int(3);
  for (let i = 0; i < n; i++) {
    const kind = r.int(4);
    let fn;
    const common = {};
    if (r.chance(0.3)) common.insightsVersion = lambda.LambdaInsightsVersion.VERSION_1_0_229_0;
    if (r.chance(0.2)) common.paramsAndSecrets = lambda.ParamsAndSecretsLayerVersion.fromVersion(lambda.ParamsAndSecretsVersions.V1_0_103, { cacheSize: 100, logLevel: lambda.ParamsAndSecretsLogLevel.DEBUG });
    if (r.chance(0.2)) common.logGroup = new logs.LogGroup(a, `Logs${i}`, { retention: logs.RetentionDays.ONE_WEEK });
    if (r.chance(0.15)) common.codeSigningConfig = new lambda.CodeSigningConfig(a, `Csc${i}`, { signingProfiles: [new signer.SigningProfile(a, `Prof${i}`, { platform: signer.Platform.AWS_LAMBDA_SHA384_ECDSA })] });
    if (kind === 0) {
      fn = new lambda.DockerImageFunction(a, `Img${i}`, { code: lambda.DockerImageCode.fromEcr(ecr.Repository.fromRepositoryName(a, `Repo${i}`, `repo${i}`), { tagOrDigest: r.pick(['latest', 'v2']) }), ...(r.chance(0.5) ? { architecture: lambda.Architecture.ARM_64 } : {}) });
    } else if (kind === 1) {
      fn = new lambda.SingletonFunction(a, `Single${i}`, { uuid: r.pick(['u1', 'u2']), lambdaPurpose: r.chance(0.5) ? 'Purpose' : undefined, runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.h', code: lambda.Code.fromInline('x') , ...common});
    } else {
      fn = new lambda.Function(a, `Fn${i}`, { runtime: r.pick([lambda.Runtime.NODEJS_22_X, lambda.Runtime.PYTHON_3_13]), handler: 'index.h', code: lambda.Code.fromBucket(bucket, `k${i}.zip`, 'ver'), ...common });
    }
    fns.push(fn);
    if (r.chance(0.5)) cdk.Tags.of(fn).add('team', r.pick(['x', 'y']));
    if (r.chance(0.3) && fn.currentVersion !== undefined && kind !== 1) {
      const v = fn.currentVersion;
      const alias = new lambda.Alias(a, `Alias${i}`, { aliasName: `live${i}`, version: v, provisionedConcurrentExecutions: r.chance(0.5) ? 3 : undefined });
      if (r.chance(0.5)) alias.grantInvoke(new iam.ServicePrincipal('apigateway.amazonaws.com'));
      if (r.chance(0.5)) { const consumer = new iam.Role(b, `AliasUser${i}`, { assumedBy: new iam.AccountRootPrincipal() }); alias.grantInvoke(consumer); }
      if (r.chance(0.4)) new cdk.CfnOutput(b, `AliasArn${i}`, { value: alias.functionArn });
    }
    // cross-stack use
    if (r.chance(0.6)) {
      const role = new iam.Role(b, `Caller${i}`, { assumedBy: new iam.ServicePrincipal('states.amazonaws.com') });
      fn.grantInvoke(role);
      if (r.chance(0.5)) new cdk.CfnOutput(b, `FnName${i}`, { value: fn.functionName });
    }
    if (r.chance(0.3)) {
      const arn = r.pick([fn.functionArn, 'arn:aws:lambda:' + (env ? env.region : 'us-east-1') + ':123456789012:function:other']);
      const imported = r.chance(0.5) ? lambda.Function.fromFunctionAttributes(b, `Imported${i}`, { functionArn: arn, sameEnvironment: true }) : lambda.Function.fromFunctionAttributes(b, `Imported${i}`, { functionArn: arn, skipPermissions: true });
      imported.grantInvoke(new iam.AccountPrincipal('999999999999'));
    }
    if (r.chance(0.3)) fn.addPermission(`Org${i}`, { principal: new iam.OrganizationPrincipal('o-abcdefghij12'), action: 'lambda:InvokeFunction' });
    if (r.chance(0.3)) fn.metricInvocations().createAlarm(b, `InvAlarm${i}`, { threshold: 100, evaluationPeriods: 2 });
  }
  if (r.chance(0.4)) {
    const layer = new lambda.LayerVersion(a, 'SharedLayer', { code: lambda.Code.fromBucket(bucket, 'l.zip'), removalPolicy: r.pick([cdk.RemovalPolicy.RETAIN, cdk.RemovalPolicy.DESTROY]) });
    layer.addPermission('Acct', { accountId: r.pick(['*', '111122223333']), organizationId: undefined });
    const user = new lambda.Function(b, 'LayerUser', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: lambda.Code.fromInline('y'), layers: [layer] });
    touchCurrentVersion(user);
  }
  if (r.chance(0.3)) {
    const q = new sqs.Queue(a, 'SharedQ', { fifo: r.chance(0.3) ? true : undefined });
    const f = new lambda.Function(b, 'DlqUser', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: lambda.Code.fromInline('z'), deadLetterQueue: q });
    f.addEnvironment('Q', q.queueUrl);
  }
  return app;
}
/** Accessing currentVersion creates the version (and sorts the environment), as apps do. */
function touchCurrentVersion(fn) {
  return fn.currentVersion;
}

module.exports = { build };
