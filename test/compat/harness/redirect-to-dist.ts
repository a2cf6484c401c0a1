import * as fs from 'node:fs';
import * as path from 'node:path';
import { DIST_DIR } from './paths';

const LIBRARY = 'aws-cdk-lib';

// Module internals are not in @types/node's public surface; this is the one hook CommonJS offers.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Module: { _resolveFilename: (request: string, ...rest: any[]) => string } = require('node:module');

let installed = false;

/**
 * Makes `require('aws-cdk-lib')` load dist/core and `require('aws-cdk-lib/<m>')` load dist/<m>,
 * so the same case program runs against lambda-cdk. A module we have not built throws instead
 * of falling back to the real library: a missing module must fail a case, never pass it.
 */
export function redirectAwsCdkLibToDist(): void {
  if (installed) { return; }
  installed = true;
  const original = Module._resolveFilename;
  Module._resolveFilename = function resolveToDist(this: unknown, request: string, ...rest: any[]): string {
    const target = distFileFor(request);
    return target ?? original.call(this, request, ...rest);
  };
}

/** The dist file a request maps to, or undefined when the request is not for aws-cdk-lib. */
export function distFileFor(request: string): string | undefined {
  if (request !== LIBRARY && !request.startsWith(`${LIBRARY}/`)) { return undefined; }
  const subpath = request === LIBRARY ? 'core' : request.slice(LIBRARY.length + 1);
  const file = path.join(DIST_DIR, ...subpath.split('/'), 'index.js');
  if (!fs.existsSync(file)) {
    throw new Error(`lambda-cdk has no module for '${request}' (expected ${path.relative(process.cwd(), file)}); `
      + 'implement it, or run npm run build');
  }
  return file;
}

/** Files of the real aws-cdk-lib that got loaded; must stay empty in a lambda-cdk run. */
export function loadedRealLibraryFiles(): string[] {
  const marker = `${path.sep}node_modules${path.sep}${LIBRARY}${path.sep}`;
  return Object.keys(require.cache).filter((f) => f.includes(marker));
}
