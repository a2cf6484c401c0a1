import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { collectAssembly } from './collect-assembly';
import type { SynthesizedAssembly } from './golden-file';

/** The part of a library's App that the harness drives; both aws-cdk-lib and lambda-cdk have it. */
interface SynthesizableApp {
  synth(): unknown;
}

type AppConstructor = new (props: { outdir: string }) => SynthesizableApp;

/**
 * Runs one case program against whichever library `require('aws-cdk-lib')` currently resolves to
 * (the real one in the oracle process, our dist once the redirect is installed), and returns
 * its stack templates and manifest facts. The assembly is written to a temporary folder that is always removed.
 */
export function synthesizeCase(caseFile: string): SynthesizedAssembly {
  // Resolved at call time on purpose: the module hook decides which library this is.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const library = require('aws-cdk-lib');
  const App: AppConstructor | undefined = library.App;
  if (typeof App !== 'function') {
    throw new Error(`require('aws-cdk-lib') resolved to a module without an App class (${require.resolve('aws-cdk-lib')})`);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const program = require(caseFile);
  if (typeof program.build !== 'function') {
    throw new Error(`${caseFile} must export a function build(app: cdk.App): void`);
  }
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'compat-'));
  try {
    const app = new App({ outdir });
    program.build(app);
    app.synth();
    return collectAssembly(outdir);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}
