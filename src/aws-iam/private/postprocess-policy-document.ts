import type { IPostProcessor } from '../../core';

/**
 * Finishes a resolved policy document: drops statements that resolved to the same JSON, assigns statement
 * IDs when asked, and for minimized documents de-duplicates and sorts the values of each statement.
 */
export class PolicyDocumentPostProcessor implements IPostProcessor {
  constructor(private readonly assignSids: boolean, private readonly normalize: boolean) { }

  public postProcess(input: any): any {
    if (input === null || typeof input !== 'object' || !Array.isArray(input.Statement)) { return input; }
    let statements: any[] = input.Statement;
    if (this.normalize) { statements = statements.map(normalizeStatement); }
    if (statements.length > 1) { statements = uniqueStatements(statements); }
    if (this.assignSids) {
      statements.forEach((statement, index) => {
        if (statement.Sid === undefined) { statement.Sid = `${index}`; }
      });
    }
    input.Statement = statements;
    return input;
  }
}

function uniqueStatements(statements: any[]): any[] {
  const seen = new Set<string>();
  const out: any[] = [];
  for (const statement of statements) {
    const key = JSON.stringify(statement);
    if (seen.has(key)) { continue; }
    seen.add(key);
    out.push(statement);
  }
  return out;
}

/** Sorted, de-duplicated Action, Resource and Principal values (NotAction, NotResource, NotPrincipal are kept as given). */
function normalizeStatement(statement: any): any {
  if (statement === null || typeof statement !== 'object') { return statement; }
  if (statement.Action !== undefined) { statement.Action = sortedUnique(statement.Action); }
  if (statement.Resource !== undefined) { statement.Resource = sortedUnique(statement.Resource); }
  const principal = statement.Principal;
  if (principal !== null && typeof principal === 'object' && !Array.isArray(principal)) {
    const sorted: { [key: string]: any } = {};
    for (const key of Object.keys(principal).sort()) { sorted[key] = sortedUnique(principal[key]); }
    statement.Principal = sorted;
  }
  return statement;
}

/** A list sorted by the JSON text of its values (plain strings before intrinsics), duplicates dropped, one value unwrapped. */
function sortedUnique(values: any): any {
  if (!Array.isArray(values)) { return values; }
  const byJson = new Map<string, any>();
  for (const value of values) {
    const key = JSON.stringify(value);
    if (!byJson.has(key)) { byJson.set(key, value); }
  }
  const keys = [...byJson.keys()].sort();
  if (keys.length === 1) { return byJson.get(keys[0]); }
  return keys.map((k) => byJson.get(k));
}
