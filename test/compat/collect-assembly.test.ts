import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { collectAssembly } from './harness/collect-assembly';

function writeJson(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(value));
}

function withAssembly(fn: (dir: string) => void): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'collect-assembly-test-'));
  try { fn(dir); } finally { fs.rmSync(dir, { recursive: true, force: true }); }
}

test('stack templates are collected from nested assemblies with the CDKMetadata resource and condition removed', () => {
  withAssembly((dir) => {
    writeJson(path.join(dir, 'manifest.json'), {
      artifacts: {
        'Top': { type: 'aws:cloudformation:stack', environment: 'aws://unknown-account/unknown-region', properties: { templateFile: 'Top.template.json' }, dependencies: ['Top.assets'] },
        'Top.assets': { type: 'cdk:asset-manifest', properties: { file: 'Top.assets.json' } },
        'assembly-Stage': { type: 'cdk:cloud-assembly', properties: { directoryName: 'assembly-Stage' } },
      },
    });
    writeJson(path.join(dir, 'Top.template.json'), {
      Resources: { CDKMetadata: { Type: 'AWS::CDK::Metadata' }, Topic: { Type: 'AWS::SNS::Topic' } },
      Conditions: { CDKMetadataAvailable: { 'Fn::Or': [] } },
    });
    writeJson(path.join(dir, 'assembly-Stage', 'manifest.json'), {
      artifacts: { StageInner: { type: 'aws:cloudformation:stack', properties: { templateFile: 'StageInner.template.json', stackName: 'Stage-Inner', terminationProtection: true } } },
    });
    writeJson(path.join(dir, 'assembly-Stage', 'StageInner.template.json'), { Resources: { CDKMetadata: { Type: 'AWS::CDK::Metadata' } } });

    const collected = collectAssembly(dir);

    assert.deepEqual(collected.templates, {
      'Top': { Resources: { Topic: { Type: 'AWS::SNS::Topic' } } },
      'assembly-Stage/StageInner': {},
    });
    assert.deepEqual(collected.stacks, {
      'Top': { environment: 'aws://unknown-account/unknown-region', dependencies: ['Top.assets'] },
      'assembly-Stage/StageInner': { stackName: 'Stage-Inner', terminationProtection: true },
    });
  });
});

test('a folder without manifest.json is an error naming the folder', () => {
  withAssembly((dir) => {
    assert.throws(() => collectAssembly(dir), { message: `no manifest.json in cloud assembly ${dir}` });
  });
});
