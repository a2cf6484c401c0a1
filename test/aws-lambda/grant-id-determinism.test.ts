import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { distSkip, runFresh } from '../dist-process';

// A grant to a principal built from a token (an ARN attribute, the stack's account) gets an id that hashes the
// token's text, number included. aws-cdk-lib's numbering varies from process to process (observed: 3 different
// ids in 4 identical runs), so such ids cannot be compared with it; ours must at least be the same on every run,
// or each synth would replace the permission.

const PROGRAM = `
  const core = require(process.env.DIST + '/core');
  const lambda = require(process.env.DIST + '/aws-lambda');
  const iam = require(process.env.DIST + '/aws-iam');
  const outdir = require('fs').mkdtempSync(require('os').tmpdir() + '/grant-ids-');
  const app = new core.App({ outdir });
  const stack = new core.Stack(app, 'S');
  const role = new iam.Role(stack, 'Caller', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
  const fn = new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: lambda.Code.fromInline('x') });
  fn.addAlias('live');
  fn.grantInvoke(new iam.ArnPrincipal(role.roleArn));
  fn.grantInvoke(new iam.AccountPrincipal(stack.account));
  const template = app.synth().getStackByName('S').template;
  require('fs').rmSync(outdir, { recursive: true, force: true });
  console.log(JSON.stringify(Object.keys(template.Resources).filter(id => template.Resources[id].Type === 'AWS::Lambda::Permission')));
`;

test('grants to token principals get the same logical ids in every process', { skip: distSkip }, () => {
  const first = runFresh(PROGRAM);
  assert.equal(first.length, 2);
  assert.deepEqual(runFresh(PROGRAM), first);
  assert.deepEqual(runFresh(PROGRAM), first);
});
