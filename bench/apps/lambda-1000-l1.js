// lambda-1000's resources written with the L1 classes only: the same 10 stacks, construct tree and properties (role
// with its trust policy and managed policy ARN, function, version, alias, invoke permission), Refs and GetAtts
// through tokens, but none of the aws-lambda / aws-iam L2 code (no grants, principals, policy documents, version
// hashing or warnings). What it costs is the share of core (tokens, logical IDs, rendering, synthesis) in lambda-1000;
// compare it with lambda-1000 and lambda-1000-constructs-floor.
const { Construct } = require('constructs');
const { runWhenMain } = require('../harness');
const { appWithStacks } = require('./lambda-1000');

const TRUST_POLICY = {
  Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } }],
  Version: '2012-10-17',
};
// The id aws-lambda's grantInvoke gives the permission of an events.amazonaws.com grant.
const PERMISSION_ID = 'Invoke1f/BIBwkGKTIwSRmFV8O1yjU9AK+dA1Znl7HToNrxfA=';

/** Build the app with the given core module and module loader. */
function buildApp(cdk, lib, outdir) {
  const lambda = lib('aws-lambda');
  const iam = lib('aws-iam');
  const { app, stacks } = appWithStacks(cdk, outdir);
  for (let i = 0; i < 1000; i++) {
    const fn = new Construct(stacks[i % 10], `Fn${i}`);
    const role = new iam.CfnRole(new Construct(fn, 'ServiceRole'), 'Resource', {
      assumeRolePolicyDocument: TRUST_POLICY,
      managedPolicyArns: [cdk.Fn.join('', ['arn:', cdk.Aws.PARTITION, ':iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'])],
    });
    const resource = new lambda.CfnFunction(fn, 'Resource', {
      code: { zipFile: `exports.handler = async () => ${i};` },
      environment: { variables: { INDEX: `${i}` } },
      handler: 'index.handler',
      reservedConcurrentExecutions: 5,
      role: role.attrArn,
      runtime: 'nodejs20.x',
    });
    resource.addResourceDependency(role);
    const version = new lambda.CfnVersion(new Construct(fn, 'CurrentVersion'), 'Resource', { functionName: resource.ref });
    const alias = new Construct(fn, 'Aliaslive');
    new lambda.CfnAlias(alias, 'Resource', { functionName: resource.ref, functionVersion: version.attrVersion, name: 'live' });
    new Construct(alias, 'ScalingRole');
    new lambda.CfnPermission(fn, PERMISSION_ID, {
      action: 'lambda:InvokeFunction',
      functionName: resource.attrArn,
      principal: 'events.amazonaws.com',
    });
  }
  return app;
}

runWhenMain(module, buildApp);

module.exports = { buildApp };
