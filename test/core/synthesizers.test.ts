import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, BootstraplessSynthesizer, CfnResource, CliCredentialsStackSynthesizer, FileAssetPackaging, Stack } from '../../src/core';

function synth(stack: Stack, app: App): { manifest: any; template: any; assets?: any } {
  app.synth();
  const read = (f: string) => JSON.parse(fs.readFileSync(path.join(app.outdir, f), 'utf8'));
  const assetsFile = `${stack.artifactId}.assets.json`;
  return { manifest: read('manifest.json'), template: read(stack.templateFile), assets: fs.existsSync(path.join(app.outdir, assetsFile)) ? read(assetsFile) : undefined };
}

describe('stack synthesizers', () => {
  test('CliCredentialsStackSynthesizer publishes to the bootstrap bucket without roles or bootstrap version checks', () => {
    const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'cli-synth-')) });
    const stack = new Stack(app, 'S', { synthesizer: new CliCredentialsStackSynthesizer({ bucketPrefix: 'p/' }) });
    new CfnResource(stack, 'Q', { type: 'AWS::SQS::Queue' });
    const { manifest, template, assets } = synth(stack, app);
    assert.equal(template.Parameters, undefined);
    assert.equal(template.Rules, undefined);
    assert.deepEqual(manifest.artifacts['S.assets'].properties, { file: 'S.assets.json' });
    const props = manifest.artifacts.S.properties;
    assert.equal(props.assumeRoleArn, undefined);
    assert.match(props.stackTemplateAssetObjectUrl, /^s3:\/\/cdk-hnb659fds-assets-\$\{AWS::AccountId\}-\$\{AWS::Region\}\/p\/[0-9a-f]{64}\.json$/);
    for (const file of Object.values<any>(assets.files)) {
      for (const destination of Object.values<any>(file.destinations)) { assert.equal(destination.assumeRoleArn, undefined); }
    }
  });

  test('BootstraplessSynthesizer deploys with the given roles and refuses assets, saying why', () => {
    const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'bootstrapless-')) });
    const stack = new Stack(app, 'S', { synthesizer: new BootstraplessSynthesizer({ deployRoleArn: 'arn:aws:iam::1:role/d', cloudFormationExecutionRoleArn: 'arn:aws:iam::1:role/e' }) });
    assert.throws(() => stack.synthesizer.addFileAsset({ sourceHash: 'abc', fileName: 'x', packaging: FileAssetPackaging.FILE }),
      /\[S\] Cannot add assets to a Stack that uses the BootstraplessSynthesizer: .*DefaultStackSynthesizer or the CliCredentialsStackSynthesizer/);
    new CfnResource(stack, 'Q', { type: 'AWS::SQS::Queue' });
    const { manifest, template, assets } = synth(stack, app);
    assert.equal(assets, undefined);
    assert.deepEqual(Object.keys(template), ['Resources']);
    assert.equal(manifest.artifacts.S.properties.assumeRoleArn, 'arn:aws:iam::1:role/d');
    assert.equal(manifest.artifacts.S.properties.cloudFormationExecutionRoleArn, 'arn:aws:iam::1:role/e');
  });
});
