import * as fs from 'node:fs';
import * as path from 'node:path';
import { App, Stack } from '../../src/core';

/** Expected templates recorded from aws-cdk-lib by record-l1-oracle.js, keyed by case name. */
export const ORACLE: { [caseName: string]: any } = JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', 'l1-oracle.json'), 'utf8'));

/**
 * Build a stack named S, synthesize it and return its Resources (and Outputs when there are some), in the same
 * shape record-l1-oracle.js records.
 */
export function synthesize(build: (stack: Stack) => void): any {
  const app = new App();
  const stack = new Stack(app, 'S');
  build(stack);
  const template = app.synth().getStackArtifact(stack.artifactId).template;
  return template.Outputs ? { Resources: template.Resources, Outputs: template.Outputs } : template.Resources;
}

/** The resources as JSON text, to compare key order too (deepEqual ignores it). */
export function json(value: unknown): string {
  return JSON.stringify(value, null, 1);
}
