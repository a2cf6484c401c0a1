// A builder for scripts/compat-fuzz/run.js: one stack, up to three functions with random props and operations.
'use strict';
const { seededRandom } = require('./random');

function build(L, seed) {
  const { cdk, lambda, iam, sqs, sns, s3, kms } = L;
  const r = seededRandom(seed);
  const app = new cdk.App({ outdir: L.outdir, context: r.chance(0.3) ? { '@aws-cdk/aws-lambda:recognizeLayerVersion': true } : {} });
  const env = r.chance(0.5) ? { account: '123456789012', region: r.pick(['us-east-1', 'eu-west-1', 'ap-southeast-2']) } : undefined;
  const stack = new cdk.Stack(app, 'Fuzz', { env });
  const bucket = s3.Bucket.fromBucketName(stack, 'CodeBucket', 'my-code-bucket');
  const sharedRole = new iam.Role(stack, 'SharedRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const layer = new lambda.LayerVersion(stack, 'Layer', {
    code: lambda.Code.fromBucket(bucket, 'layer.zip'),
    compatibleRuntimes: r.chance(0.5) ? [lambda.Runtime.NODEJS_20_X, lambda.Runtime.NODEJS_22_X, lambda.Runtime.PYTHON_3_12, lambda.Runtime.PYTHON_3_13, lambda.Runtime.JAVA_21] : undefined,
    description: r.chance(0.5) ? 'a layer' : undefined,
  });
  const asyncConfigured = new Set();
  const nFns = 1 + r.int(3);
  for (let i = 0; i < nFns; i++) {
    const runtime = r.pick([lambda.Runtime.NODEJS_20_X, lambda.Runtime.NODEJS_22_X, lambda.Runtime.PYTHON_3_12, lambda.Runtime.PYTHON_3_13, lambda.Runtime.JAVA_21]);
    const inlineOk = runtime.supportsInlineCode;
    const props = {
      runtime,
      handler: 'index.handler',
      code: inlineOk && r.chance(0.7) ? lambda.Code.fromInline(`exports.handler = async () => ${i};`) : lambda.Code.fromBucket(bucket, `fn${i}.zip`, r.chance(0.5) ? 'v1' : undefined),
    };
    if (r.chance(0.4)) props.description = `Function number ${i}`;
    if (r.chance(0.5)) props.timeout = cdk.Duration.seconds(1 + r.int(900));
    if (r.chance(0.5)) props.memorySize = r.pick([128, 256, 512, 1024, 3008]);
    if (r.chance(0.6)) { props.environment = {}; const n = 1 + r.int(4); for (let k = 0; k < n; k++) props.environment[r.pick(['B', 'A', 'C_KEY', 'Z', 'M1'])] = r.pick(['x', 'y', stack.region, bucket.bucketName]); }
    if (r.chance(0.3)) props.reservedConcurrentExecutions = r.int(100);
    if (r.chance(0.3)) props.architecture = r.pick([lambda.Architecture.ARM_64, lambda.Architecture.X86_64]);
    if (r.chance(0.3)) props.tracing = r.pick([lambda.Tracing.ACTIVE, lambda.Tracing.PASS_THROUGH, lambda.Tracing.DISABLED]);
    const dlq = r.int(5);
    if (dlq === 1) props.deadLetterQueueEnabled = true;
    if (dlq === 2) props.deadLetterQueue = new sqs.Queue(stack, `Dlq${i}`);
    if (dlq === 3) props.deadLetterTopic = new sns.Topic(stack, `DlqTopic${i}`);
    if (r.chance(0.25)) props.role = sharedRole;
    if (r.chance(0.3)) props.initialPolicy = [new iam.PolicyStatement({ actions: [r.pick(['s3:GetObject', 'sqs:SendMessage'])], resources: [r.pick(['*', 'arn:aws:s3:::b/*'])] })];
    if (r.chance(0.2)) props.ephemeralStorageSize = cdk.Size.mebibytes(512 + r.int(2000));
    if (r.chance(0.2)) props.retryAttempts = r.int(3);
    if (r.chance(0.2)) props.maxEventAge = cdk.Duration.minutes(1 + r.int(300));
    if (r.chance(0.2)) { props.loggingFormat = lambda.LoggingFormat.JSON; if (r.chance(0.5)) props.applicationLogLevelV2 = lambda.ApplicationLogLevel.INFO; if (r.chance(0.5)) props.systemLogLevelV2 = lambda.SystemLogLevel.WARN; }
    if (r.chance(0.15)) props.recursiveLoop = r.pick([lambda.RecursiveLoop.ALLOW, lambda.RecursiveLoop.TERMINATE]);
    if (r.chance(0.15)) props.runtimeManagementMode = r.pick([lambda.RuntimeManagementMode.AUTO, lambda.RuntimeManagementMode.FUNCTION_UPDATE]);
    if (r.chance(0.15)) props.functionName = `fuzz-fn-${seed}-${i}`;
    if (r.chance(0.3)) props.layers = [layer];
    if (r.chance(0.15) && runtime.family === lambda.RuntimeFamily.JAVA) props.snapStart = lambda.SnapStartConf.ON_PUBLISHED_VERSIONS;
    if (r.chance(0.15)) props.insightsVersion = r.pick([lambda.LambdaInsightsVersion.VERSION_1_0_119_0, lambda.LambdaInsightsVersion.VERSION_1_0_229_0]);
    if (r.chance(0.2)) props.currentVersionOptions = { description: 'cv', removalPolicy: r.pick([cdk.RemovalPolicy.RETAIN, cdk.RemovalPolicy.DESTROY]) };
    if (r.chance(0.1)) props.environmentEncryption = new kms.Key(stack, `EnvKey${i}`);
    const fn = new lambda.Function(stack, `Fn${i}`, props);

    const ops = r.int(6);
    for (let o = 0; o < ops; o++) {
      switch (r.int(12)) {
        case 0: fn.addEnvironment(`LATE${o}`, 'v'); break;
        case 1: fn.addAlias(`alias${o}`, r.chance(0.5) ? { description: 'd', provisionedConcurrentExecutions: r.chance(0.5) ? 2 : undefined } : {}); break;
        case 2: fn.grantInvoke(r.pick([new iam.ServicePrincipal('events.amazonaws.com'), new iam.AccountPrincipal('111122223333'), sharedRole, new iam.ArnPrincipal('arn:aws:iam::111122223333:role/x')])); break;
        case 3: fn.addPermission(`Perm${o}`, { principal: new iam.ServicePrincipal('s3.amazonaws.com'), sourceArn: 'arn:aws:s3:::bucket', sourceAccount: r.chance(0.5) ? '123456789012' : undefined }); break;
        case 4: fn.metricErrors({ period: cdk.Duration.minutes(5) }).createAlarm(stack, `Alarm${i}_${o}`, { threshold: 1 + r.int(5), evaluationPeriods: 1 }); break;
        case 5: fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['dynamodb:GetItem'], resources: ['*'] })); break;
        case 6: touchCurrentVersion(fn); break;
        case 7: fn.grantInvokeUrl(new iam.AccountPrincipal('111122223333')); break;
        case 8: new lambda.Version(stack, `Ver${i}_${o}`, { lambda: fn, description: r.chance(0.5) ? 'explicit' : undefined }); break;
        case 9: if (props.retryAttempts === undefined && props.maxEventAge === undefined && !asyncConfigured.has(fn)) { asyncConfigured.add(fn); fn.configureAsyncInvoke({ retryAttempts: r.int(3), maxEventAge: cdk.Duration.hours(1) }); } break;
        case 10: { const a = fn.addAlias(`scaled${o}`); const t = a.addAutoScaling({ minCapacity: 1, maxCapacity: 5 + r.int(10) }); t.scaleOnUtilization({ utilizationTarget: 0.5 }); break; }
        case 11: fn.addLayers(layer); break;
      }
    }
  }
  return app;
}

/** Accessing currentVersion creates the version (and sorts the environment), as apps do. */
function touchCurrentVersion(fn) {
  return fn.currentVersion;
}

module.exports = { build };
