// A builder for scripts/compat-fuzz/run.js: IAM (roles, inline and managed policies, users, groups, principals with
// conditions, grants) and core (parameters, conditions, mappings, outputs and exports, intrinsic functions, tags,
// removal policies, cross-stack references) around functions.
'use strict';
const { seededRandom } = require('./random');

function build(L, seed) {
  const { cdk, lambda, iam, s3 } = L;
  const r = seededRandom(seed);
  const context = r.chance(0.3) ? { '@aws-cdk/aws-iam:minimizePolicies': true } : {};
  const app = new cdk.App({ outdir: L.outdir, context });
  const env = r.chance(0.4) ? { account: '123456789012', region: 'eu-west-1' } : undefined;
  const base = new cdk.Stack(app, 'Base', { env, description: r.chance(0.3) ? 'base stack' : undefined });
  const top = new cdk.Stack(app, 'Top', { env, terminationProtection: r.chance(0.2) });
  const bucket = s3.Bucket.fromBucketName(base, 'Code', 'code-bucket');

  const param = new cdk.CfnParameter(base, 'Stage', { type: 'String', allowedValues: ['dev', 'prod'], default: 'dev' });
  const isProd = new cdk.CfnCondition(base, 'IsProd', { expression: cdk.Fn.conditionEquals(param.valueAsString, 'prod') });
  const mapping = new cdk.CfnMapping(base, 'Sizes', { mapping: { dev: { memory: '256' }, prod: { memory: '1024' } } });

  const principals = [
    () => new iam.ServicePrincipal('lambda.amazonaws.com'),
    () => new iam.CompositePrincipal(new iam.ServicePrincipal('lambda.amazonaws.com'), new iam.ServicePrincipal('edgelambda.amazonaws.com')),
    () => new iam.ServicePrincipal('lambda.amazonaws.com').withConditions({ StringEquals: { 'aws:SourceAccount': '123456789012' } }),
  ];
  const role = new iam.Role(base, 'ExecRole', {
    assumedBy: r.pick(principals)(),
    description: r.chance(0.5) ? 'execution role' : undefined,
    maxSessionDuration: r.chance(0.3) ? cdk.Duration.hours(2) : undefined,
    path: r.chance(0.3) ? '/service/' : undefined,
    managedPolicies: r.chance(0.6) ? [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole')] : undefined,
    inlinePolicies: r.chance(0.4) ? { extra: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['s3:GetObject', 's3:ListBucket'], resources: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'] })] }) } : undefined,
  });
  const nStatements = r.int(5);
  for (let i = 0; i < nStatements; i++) {
    role.addToPolicy(new iam.PolicyStatement({
      actions: [r.pick(['dynamodb:GetItem', 'dynamodb:PutItem', 'sqs:SendMessage', 's3:GetObject'])],
      resources: [r.pick(['*', 'arn:aws:dynamodb:eu-west-1:123456789012:table/t', `arn:${cdk.Aws.PARTITION}:s3:::bucket/*`])],
      conditions: r.chance(0.3) ? { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } } : undefined,
      effect: r.chance(0.1) ? iam.Effect.DENY : iam.Effect.ALLOW,
    }));
  }
  if (r.chance(0.3)) {
    const managed = new iam.ManagedPolicy(base, 'Managed', { statements: [new iam.PolicyStatement({ actions: ['logs:*'], resources: ['*'] })], description: 'managed' });
    role.addManagedPolicy(managed);
  }
  if (r.chance(0.3)) {
    const policy = new iam.Policy(base, 'Extra', { statements: [new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: ['*'] })] });
    role.attachInlinePolicy(policy);
  }

  const fn = new lambda.Function(base, 'Fn', {
    runtime: lambda.Runtime.PYTHON_3_13,
    handler: 'app.handler',
    code: lambda.Code.fromBucket(bucket, 'app.zip'),
    role: r.chance(0.6) ? role : undefined,
    memorySize: r.chance(0.3) ? cdk.Token.asNumber(mapping.findInMap(param.valueAsString, 'memory')) : undefined,
    environment: r.chance(0.5) ? { STAGE: param.valueAsString, SELECTED: cdk.Fn.conditionIf(isProd.logicalId, 'big', 'small').toString() } : undefined,
  });
  if (r.chance(0.3)) { fn.node.defaultChild.cfnOptions.condition = isProd; }
  if (r.chance(0.5)) { cdk.Tags.of(base).add('cost-center', r.pick(['a', 'b']), { includeResourceTypes: r.chance(0.5) ? ['AWS::Lambda::Function'] : undefined, priority: r.int(300) }); }
  if (r.chance(0.3)) { cdk.Tags.of(fn).remove('cost-center', { priority: r.int(300) }); }

  const user = new iam.User(top, 'Operator', { userName: r.chance(0.3) ? 'operator' : undefined });
  const group = new iam.Group(top, 'Operators');
  if (r.chance(0.5)) { group.addUser(user); }
  fn.grantInvoke(r.pick([user, group, role]));
  if (r.chance(0.4)) { role.grantPassRole(user); }
  if (r.chance(0.3)) { role.grantAssumeRole(new iam.ArnPrincipal('arn:aws:iam::111122223333:role/deployer')); }
  if (r.chance(0.5)) { new cdk.CfnOutput(top, 'FnArn', { value: fn.functionArn, exportName: r.chance(0.5) ? 'fn-arn' : undefined }); }
  if (r.chance(0.4)) { new cdk.CfnOutput(base, 'RoleName', { value: role.roleName, condition: r.chance(0.3) ? isProd : undefined }); }
  if (r.chance(0.3)) { base.exportValue(role.roleArn); }
  if (r.chance(0.3)) {
    new cdk.CfnResource(top, 'Custom', { type: 'AWS::SSM::Parameter', properties: {
      Type: 'String',
      Value: cdk.Fn.sub('${Name}-${AWS::Region}', { Name: fn.functionName }),
      Description: cdk.Fn.select(1, cdk.Fn.split(':', fn.functionArn)),
      Tags: { Joined: cdk.Fn.join(',', [role.roleArn, 'x']) },
    } }).applyRemovalPolicy(r.pick([cdk.RemovalPolicy.RETAIN, cdk.RemovalPolicy.DESTROY, cdk.RemovalPolicy.SNAPSHOT]));
  }
  return app;
}

module.exports = { build };
