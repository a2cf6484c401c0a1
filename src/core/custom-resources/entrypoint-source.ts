import * as fs from 'fs';

/** The file name the entrypoint has in a provider's code asset (the Lambda handler is `__entrypoint__.handler`). */
export const ENTRYPOINT_FILENAME = '__entrypoint__.js';

let source: string | undefined;

/**
 * The JavaScript of `nodejs-entrypoint`, as shipped to Lambda. A built lambda-cdk has the compiled
 * file beside this one. Run from TypeScript sources (tests, under tsx), the TypeScript is compiled
 * here with the options of the build, which yields the same JavaScript byte for byte.
 */
export function nodejsEntrypointSource(): string {
  if (source === undefined) {
    const file = require.resolve('./nodejs-entrypoint');
    const text = fs.readFileSync(file, 'utf-8');
    source = file.endsWith('.ts') ? compileTypeScript(text, file) : text;
  }
  return source;
}

function compileTypeScript(text: string, file: string): string {
  // Only reachable from the TypeScript sources, where the compiler is installed (a dev dependency).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ts = require('typescript') as typeof import('typescript');
  return ts.transpileModule(text, {
    fileName: file,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.CommonJS,
      esModuleInterop: true,
      strict: true,
      sourceMap: false,
    },
  }).outputText;
}
