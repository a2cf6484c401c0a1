import { ComparablePrincipal, IPrincipal } from '../principal-base';
import { PolicyStatement } from '../policy-statement';
import { SizeEstimateOptions } from './policy-size';
import { LITERAL_STRING_KEY } from './principal-json';

/** A statement produced by merging, and the statements it was made of. */
export interface MergedStatement {
  readonly statement: PolicyStatement;
  readonly originals: readonly PolicyStatement[];
}

/** A limit on the estimated size of merged statements. */
export interface MergeSizeLimit {
  /** Statements are only merged while the estimated size of the result stays at or below this. */
  readonly maxSize: number;
  /** How to estimate sizes. */
  readonly estimate: SizeEstimateOptions;
}

/**
 * Merge the statements of a policy document as far as possible, keeping its meaning.
 *
 * Two statements merge when they have no Sid, the same effect, conditions, not-actions, not-resources and
 * not-principals, and differ in at most one of their actions, resources and principals (that one is united).
 * Statements are compared with the ones after them, earlier statements absorbing later ones, until no two
 * statements merge any more; the values inside statements are sorted later, after resolution.
 */
export function mergeStatements(statements: readonly PolicyStatement[]): PolicyStatement[] {
  if (statements.length < 2) { return statements.slice(); }
  return mergeStatementsTracked(statements).map((m) => m.statement);
}

/** Like `mergeStatements`, remembering which statements each result is made of, optionally limiting sizes. */
export function mergeStatementsTracked(statements: readonly PolicyStatement[], limit?: MergeSizeLimit): MergedStatement[] {
  const items = statements.map(describeStatement);
  let merged = true;
  while (merged) {
    merged = false;
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length;) {
        const combined = tryMerge(items[i], items[j], limit);
        if (combined) {
          items[i] = combined;
          items.splice(j, 1);
          merged = true;
        } else {
          j++;
        }
      }
    }
  }
  return items.map((item) => ({ statement: item.statement, originals: item.originals }));
}

/** A statement with what merging compares, computed once. */
interface Comparable {
  readonly statement: PolicyStatement;
  readonly originals: readonly PolicyStatement[];
  readonly mergeable: boolean;
  readonly fixedPart: string;
  readonly actions: ReadonlySet<string>;
  readonly resources: ReadonlySet<string>;
  readonly principals: ReadonlyMap<unknown, IPrincipal>;
  readonly hasLiteralPrincipal: boolean;
}

/**
 * A key equal for statements that say the same thing: same Sid, effect and conditions, and the same sets of
 * actions, resources and principals (and their negations), whatever the order.
 */
export function statementEquivalenceKey(statement: PolicyStatement): string {
  const item = describeStatement(statement);
  return JSON.stringify([
    statement.sid ?? null,
    item.fixedPart,
    [...item.actions].sort(),
    [...item.resources].sort(),
    [...item.principals.keys()].map(keyText).sort(),
  ]);
}

function describeStatement(statement: PolicyStatement): Comparable {
  const principals = principalMap(statement.principals);
  return {
    statement,
    originals: [statement],
    mergeable: statement.sid === undefined,
    // Everything that must be equal for two statements to merge, as one string.
    fixedPart: JSON.stringify([
      statement.effect,
      statement.conditions,
      [...new Set(statement.notActions)].sort(),
      [...new Set(statement.notResources)].sort(),
      [...principalMap(statement.notPrincipals).keys()].map(keyText).sort(),
    ]),
    actions: new Set(statement.actions),
    resources: new Set(statement.resources),
    principals,
    hasLiteralPrincipal: [...principals.values()].some((p) => LITERAL_STRING_KEY in p.policyFragment.principalJson),
  };
}

function tryMerge(a: Comparable, b: Comparable, limit: MergeSizeLimit | undefined): Comparable | undefined {
  if (!a.mergeable || !b.mergeable || a.fixedPart !== b.fixedPart) { return undefined; }
  const sameActions = sameSet(a.actions, b.actions);
  const sameResources = sameSet(a.resources, b.resources);
  const samePrincipals = sameKeys(a.principals, b.principals);
  const differences = (sameActions ? 0 : 1) + (sameResources ? 0 : 1) + (samePrincipals ? 0 : 1);
  if (differences > 1) { return undefined; }
  // A literal principal ("*") cannot share a Principal element with other principals.
  if (!samePrincipals && (a.hasLiteralPrincipal || b.hasLiteralPrincipal)) { return undefined; }
  if (differences === 0) { return { ...a, originals: [...a.originals, ...b.originals] }; }

  const principals = new Map(a.principals);
  for (const [key, principal] of b.principals) { if (!principals.has(key)) { principals.set(key, principal); } }
  const s = a.statement;
  let statement: PolicyStatement;
  try {
    statement = new PolicyStatement({
      effect: s.effect,
      actions: [...union(a.actions, b.actions)],
      notActions: s.notActions,
      principals: [...principals.values()],
      notPrincipals: s.notPrincipals,
      resources: [...union(a.resources, b.resources)],
      notResources: s.notResources,
      conditions: s.conditions,
    });
  } catch {
    // Principals whose own conditions differ cannot share a statement; keep the statements apart.
    return undefined;
  }
  if (limit && statement._estimateSize(limit.estimate) > limit.maxSize) { return undefined; }
  return {
    statement,
    originals: [...a.originals, ...b.originals],
    mergeable: true,
    fixedPart: a.fixedPart,
    actions: sameActions ? a.actions : union(a.actions, b.actions),
    resources: sameResources ? a.resources : union(a.resources, b.resources),
    principals,
    hasLiteralPrincipal: a.hasLiteralPrincipal || b.hasLiteralPrincipal,
  };
}

/**
 * Principals keyed by what makes them equal: comparable principals by their dedupe string, any other
 * principal only by being the same object.
 */
function principalMap(principals: readonly IPrincipal[]): Map<unknown, IPrincipal> {
  const map = new Map<unknown, IPrincipal>();
  for (const principal of principals) {
    const dedupe = ComparablePrincipal.dedupeStringFor(principal);
    const key = dedupe !== undefined ? `principal:${dedupe}` : principal;
    if (!map.has(key)) { map.set(key, principal); }
  }
  return map;
}

const anonymousKeys = new WeakMap<object, string>();
let anonymousCounter = 0;

function keyText(key: unknown): string {
  if (typeof key === 'string') { return key; }
  let text = anonymousKeys.get(key as object);
  if (text === undefined) {
    text = `object:${++anonymousCounter}`;
    anonymousKeys.set(key as object, text);
  }
  return text;
}

function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  if (a.size !== b.size) { return false; }
  for (const x of a) { if (!b.has(x)) { return false; } }
  return true;
}

function sameKeys(a: ReadonlyMap<unknown, unknown>, b: ReadonlyMap<unknown, unknown>): boolean {
  if (a.size !== b.size) { return false; }
  for (const key of a.keys()) { if (!b.has(key)) { return false; } }
  return true;
}

function union<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): Set<T> {
  const out = new Set(a);
  for (const x of b) { out.add(x); }
  return out;
}
