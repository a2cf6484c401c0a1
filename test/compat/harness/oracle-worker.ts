/**
 * Child-process entry that synthesizes cases with the real aws-cdk-lib (the oracle).
 * Usage: node --import tsx oracle-worker.ts <result.json> <case.ts>...
 * Results go to a file, not stdout, because programs and the library may print.
 */
import * as fs from 'node:fs';
import { synthesizeCase } from './synthesize-case';
import type { OracleResult } from './oracle';

function main(argv: string[]): void {
  const [resultFile, ...caseFiles] = argv;
  const results: OracleResult[] = caseFiles.map((file) => {
    try {
      return { file, output: synthesizeCase(file) };
    } catch (e: any) {
      return { file, error: String(e?.stack ?? e) };
    }
  });
  fs.writeFileSync(resultFile, JSON.stringify(results));
}

main(process.argv.slice(2));
