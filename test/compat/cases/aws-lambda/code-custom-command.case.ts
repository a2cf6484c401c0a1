import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/**
 * Code.fromCustomCommand: the command runs while the program runs (with its spawn options) and its output is
 * asset code, with the asset options (exclude) applied. The output lands in a folder removed again below.
 */
export function build(app: cdk.App): void {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'compat-custom-command-'));
  try {
    const stack = new cdk.Stack(app, 'CodeCustomCommand');
    const script = [
      'const fs = require("fs");',
      'fs.mkdirSync("dist", { recursive: true });',
      'fs.writeFileSync("dist/index.js", "exports.handler = async () => process.env.FLAVOUR;\\n");',
      'fs.writeFileSync("dist/index.js.map", "{}\\n");',
      'fs.writeFileSync("dist/flavour.txt", process.env.FLAVOUR + "\\n");',
    ].join(' ');
    const code = lambda.Code.fromCustomCommand(path.join(scratch, 'dist'), [process.execPath, '-e', script], {
      commandOptions: { cwd: scratch, env: { FLAVOUR: 'vanilla' } },
      exclude: ['*.map'],
    });
    new lambda.Function(stack, 'Built', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code });
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
