/**
 * Records what aws-cdk-lib (the oracle) synthesizes for the L1 cases in l1-oracle.json; the tests in this folder
 * expect lambda-cdk's generated L1s to produce the same templates.
 *
 *   CDK_VALIDATION=false HOME=$(mktemp -d) node test/gen/record-l1-oracle.js
 */
'use strict';
const cdk = require('aws-cdk-lib');
const lam = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');
const out = {};
function rec(name, build) {
  const app = new cdk.App(); const s = new cdk.Stack(app, 'S');
  build(s);
  const t = app.synth().getStackByName('S').template; out[name] = t.Outputs ? { Resources: t.Resources, Outputs: t.Outputs } : t.Resources;
}
rec('scrambledFunction', s => new lam.CfnFunction(s, 'F', {
  vpcConfig: { subnetIds: ['b', 'a'], securityGroupIds: ['sg'], ipv6AllowedForDualStack: true },
  timeout: 30,
  role: 'arn:aws:iam::123456789012:role/r',
  code: { zipFile: 'exports.handler = async () => 1;', s3Bucket: 'bkt', s3Key: 'k' },
  environment: { variables: { Zed: 'z', alpha: 'a', MyVar: cdk.Aws.REGION } },
  architectures: ['arm64'],
  tags: [{ key: 'z', value: '1' }, { key: 'a', value: '2' }],
  handler: 'index.handler',
  memorySize: 256,
  runtime: 'nodejs20.x',
  description: 'd',
  loggingConfig: { logGroup: 'lg', logFormat: 'JSON', applicationLogLevel: 'INFO' },
  deadLetterConfig: { targetArn: 'arn:dlq' },
  fileSystemConfigs: [{ localMountPath: '/mnt/x', arn: 'arn:fs' }],
  snapStart: { applyOn: 'PublishedVersions' },
  layers: ['l1'],
  tracingConfig: { mode: 'Active' },
  ephemeralStorage: { size: 1024 },
  imageConfig: { command: ['a'], entryPoint: ['b'], workingDirectory: '/w' },
  runtimeManagementConfig: { updateRuntimeOn: 'Auto' },
  reservedConcurrentExecutions: 5,
  publishToLatestPublished: false,
}));
rec('roleWithJson', s => new iam.CfnRole(s, 'R', {
  roleName: 'n',
  assumeRolePolicyDocument: { Version: '2012-10-17', statement: [{ lowerKey: 1, Effect: 'Allow' }] },
  policies: [{ policyName: 'p', policyDocument: { myKey: { nested: 1 } } }],
  managedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
  maxSessionDuration: 3600,
  tags: [{ key: 'k', value: 'v' }],
}));
rec('tokens', s => {
  const p = new cdk.CfnParameter(s, 'P', { type: 'String' });
  new lam.CfnFunction(s, 'F', {
    code: cdk.Lazy.any({ produce: () => ({ s3Bucket: 'b', s3Key: p.valueAsString }) }),
    role: cdk.Token.asString(cdk.Fn.getAtt('SomeRole', 'Arn')),
    timeout: cdk.Token.asNumber(p.value),
    environment: { variables: { REGION: cdk.Aws.REGION, NAME: `prefix-${p.valueAsString}` } },
    vpcConfig: cdk.Fn.conditionIf('C', { subnetIds: ['a'] }, cdk.Aws.NO_VALUE),
    fileSystemConfigs: [cdk.Lazy.any({ produce: () => ({ arn: 'a', localMountPath: '/mnt/b' }) })],
    layers: cdk.Token.asList(p.value),
  });
});
rec('references', s => {
  const role = new iam.CfnRole(s, 'R', { assumeRolePolicyDocument: {} });
  const layer = new lam.CfnLayerVersion(s, 'L', { content: { s3Bucket: 'b', s3Key: 'k' } });
  const f = new lam.CfnFunction(s, 'F', { code: { zipFile: 'x' }, role, layers: [layer, 'arn:other'] });
  new lam.CfnPermission(s, 'P', { functionName: f, action: 'lambda:InvokeFunction', principal: 's3.amazonaws.com' });
  new lam.CfnAlias(s, 'A', { functionName: f, functionVersion: '1', name: 'live' });
  new lam.CfnVersion(s, 'V', { functionName: f });
});
rec('attributes', s => {
  const f = new lam.CfnFunction(s, 'F', { code: { zipFile: 'x' }, role: 'r' });
  const m = new iam.CfnManagedPolicy(s, 'M', { policyDocument: {} });
  new cdk.CfnOutput(s, 'Arn', { value: f.attrArn });
  new cdk.CfnOutput(s, 'ApplyOn', { value: f.attrSnapStartResponseApplyOn });
  new cdk.CfnOutput(s, 'Ref', { value: f.ref });
  new cdk.CfnOutput(s, 'Count', { value: cdk.Token.asString(m.attrAttachmentCount) });
  new cdk.CfnOutput(s, 'RefName', { value: f.functionRef.functionName });
  new cdk.CfnOutput(s, 'RefArn', { value: lam.CfnFunction.arnForFunction(f) });
  new cdk.CfnOutput(s, 'FromName', { value: lam.CfnFunction.fromFunctionName(s, 'Imported', 'my-fn').functionRef.functionArn });
});
rec('taggableV2', s => {
  const c = new lam.CfnCodeSigningConfig(s, 'C', { allowedPublishers: { signingProfileVersionArns: ['a'] }, tags: [{ key: 'k', value: 'v' }] });
  c.tags = [{ key: 'z', value: '1' }, { key: 'a', value: '0' }];
  cdk.Tags.of(c).add('t', 'x');
});
rec('nullAndEmpty', s => new lam.CfnFunction(s, 'F', { code: { zipFile: 'x' }, role: 'r', description: null, layers: [], vpcConfig: {} }));
require('fs').writeFileSync(require('path').join(__dirname, 'fixtures', 'l1-oracle.json'), JSON.stringify(out, null, 1) + '\n');
