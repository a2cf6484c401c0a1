import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { distSkip, runFresh as runDist } from '../dist-process';

// The class names in tree.json are recorded on the public classes by the build (scripts/lazy-index.js), so this
// runs the build users run (dist/) in a fresh process.
const skip = distSkip;

/** Runs `script` with `core`, `lambda`, `kms`, `Construct` and a temporary `outdir` in scope; returns its JSON output. */
function runFresh(script: string): any {
  const prelude = `
    const core = require(process.env.DIST + '/core');
    const lambda = require(process.env.DIST + '/aws-lambda');
    const kms = require(process.env.DIST + '/aws-kms');
    const { Construct } = require('constructs');
    const fs = require('fs');
    const outdir = fs.mkdtempSync(require('os').tmpdir() + '/tree-metadata-');
    process.on('exit', () => fs.rmSync(outdir, { recursive: true, force: true }));
  `;
  return runDist(prelude + script);
}

describe('tree.json', () => {
  test('constructs of the constructs package carry its version, the others the library version aws-cdk-lib names', { skip }, () => {
    const versions = runFresh(`
      const app = new core.App({ outdir });
      new Construct(new core.Stack(app, 'S'), 'Plain');
      app.synth();
      const tree = JSON.parse(fs.readFileSync(outdir + '/tree.json', 'utf8')).tree;
      console.log(JSON.stringify({ app: tree.constructInfo.version, plain: tree.children.S.children.Plain.constructInfo }));
    `);
    assert.deepEqual(versions, {
      app: '2.276.0',
      plain: { fqn: 'constructs.Construct', version: JSON.parse(fs.readFileSync(require.resolve('constructs/package.json'), 'utf8')).version },
    });
  });

  test('names each construct\'s class as aws-cdk-lib does: its own public class, else the public class it extends', { skip }, () => {
    const fqns = runFresh(`
      const app = new core.App({ outdir });
      const s = new core.Stack(app, 'S');
      const props = { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: lambda.Code.fromInline('x') };
      new lambda.Function(s, 'F', props).addAlias('live');
      lambda.Function.fromFunctionArn(s, 'Imp', 'arn:aws:lambda:us-east-1:123456789012:function:x');
      new kms.Alias(s, 'KA', { aliasName: 'alias/x', targetKey: new kms.Key(s, 'K') });
      new Construct(s, 'Plain');
      class MyThing extends Construct {}
      new MyThing(s, 'Mine');
      class MyFn extends lambda.Function {}
      new MyFn(s, 'MyFn', props);
      app.synth();
      const out = {};
      const visit = (n) => { out[n.path || '<app>'] = n.constructInfo.fqn; for (const c of Object.values(n.children || {})) visit(c); };
      visit(JSON.parse(fs.readFileSync(outdir + '/tree.json', 'utf8')).tree);
      console.log(JSON.stringify(out));
    `);
    // As aws-cdk-lib 2.276.0 writes them for the same program.
    assert.deepEqual(fqns, {
      '<app>': 'aws-cdk-lib.App',
      'S': 'aws-cdk-lib.Stack',
      'S/F': 'aws-cdk-lib.aws_lambda.Function',
      'S/F/ServiceRole': 'aws-cdk-lib.aws_iam.Role',
      'S/F/ServiceRole/Resource': 'aws-cdk-lib.aws_iam.CfnRole',
      'S/F/Resource': 'aws-cdk-lib.aws_lambda.CfnFunction',
      'S/F/CurrentVersion': 'aws-cdk-lib.aws_lambda.Version',
      'S/F/CurrentVersion/Resource': 'aws-cdk-lib.aws_lambda.CfnVersion',
      'S/F/Aliaslive': 'aws-cdk-lib.aws_lambda.Alias',
      'S/F/Aliaslive/Resource': 'aws-cdk-lib.aws_lambda.CfnAlias',
      'S/F/Aliaslive/ScalingRole': 'aws-cdk-lib.Resource',
      'S/Imp': 'aws-cdk-lib.aws_lambda.FunctionBase',
      'S/K': 'aws-cdk-lib.aws_kms.Key',
      'S/K/Resource': 'aws-cdk-lib.aws_kms.CfnKey',
      'S/KA': 'aws-cdk-lib.aws_kms.Alias',
      'S/KA/Resource': 'aws-cdk-lib.aws_kms.CfnAlias',
      'S/Plain': 'constructs.Construct',
      'S/Mine': 'constructs.Construct',
      'S/MyFn': 'aws-cdk-lib.aws_lambda.Function',
      'S/MyFn/ServiceRole': 'aws-cdk-lib.aws_iam.Role',
      'S/MyFn/ServiceRole/Resource': 'aws-cdk-lib.aws_iam.CfnRole',
      'S/MyFn/Resource': 'aws-cdk-lib.aws_lambda.CfnFunction',
      'S/BootstrapVersion': 'aws-cdk-lib.CfnParameter',
      'S/CheckBootstrapVersion': 'aws-cdk-lib.CfnRule',
      'Tree': 'constructs.Construct',
    });
  });

  test('is written with its manifest artifact and a Tree construct under the app; treeMetadata: false leaves all three out', { skip }, () => {
    const result = runFresh(`
      const report = (treeMetadata) => {
        const dir = fs.mkdtempSync(outdir + '/app-');
        const app = new core.App({ outdir: dir, treeMetadata });
        new core.Stack(app, 'S');
        app.synth();
        return {
          children: app.node.children.map(c => c.node.id),
          artifacts: Object.keys(JSON.parse(fs.readFileSync(dir + '/manifest.json', 'utf8')).artifacts),
          treeFile: fs.existsSync(dir + '/tree.json'),
        };
      };
      console.log(JSON.stringify({ on: report(undefined), off: report(false) }));
    `);
    assert.deepEqual(result.on, { children: ['S', 'Tree'], artifacts: ['S.assets', 'S', 'Tree', 'aws-cdk-lib/feature-flag-report'], treeFile: true });
    assert.deepEqual(result.off, { children: ['S'], artifacts: ['S.assets', 'S', 'aws-cdk-lib/feature-flag-report'], treeFile: false });
  });
});

describe('tree.json attributes of L1 resources', () => {
  test('a generated L1 reports its type, logical ID and resolved properties; a subclass that overrides inspect is asked', { skip }, () => {
    const attributes = runFresh(`
      const iam = require(process.env.DIST + '/aws-iam');
      const app = new core.App({ outdir });
      const s = new core.Stack(app, 'S');
      const user = new iam.CfnUser(s, 'User', { userName: core.Lazy.string({ produce: () => 'lazy-name' }), path: '/p/' });
      user.overrideLogicalId('Renamed');
      class Annotated extends iam.CfnUser {
        inspect(inspector) { super.inspect(inspector); inspector.addAttribute('custom', s.region); }
      }
      new Annotated(s, 'Annotated', { userName: 'x' });
      app.synth();
      const tree = JSON.parse(fs.readFileSync(outdir + '/tree.json', 'utf8')).tree.children.S.children;
      console.log(JSON.stringify({ user: tree.User.attributes, annotated: tree.Annotated.attributes }));
    `);
    assert.deepEqual(attributes.user, {
      'aws:cdk:cloudformation:type': 'AWS::IAM::User',
      'aws:cdk:cloudformation:logicalId': 'Renamed',
      'aws:cdk:cloudformation:props': { path: '/p/', userName: 'lazy-name' },
    });
    assert.deepEqual(attributes.annotated, {
      'aws:cdk:cloudformation:type': 'AWS::IAM::User',
      'aws:cdk:cloudformation:logicalId': 'Annotated',
      'aws:cdk:cloudformation:props': { userName: 'x' },
      'custom': { Ref: 'AWS::Region' },
    });
  });
});
