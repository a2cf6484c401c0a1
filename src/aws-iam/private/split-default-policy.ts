import { Dependable, IConstruct, IDependable } from 'constructs';
import { ManagedPolicy } from '../managed-policy';
import type { Policy } from '../policy';
import { PolicyDocument } from '../policy-document';
import type { PolicyStatement } from '../policy-statement';
import type { IRole } from '../role';
import { MergedStatement, mergeStatementsTracked, statementEquivalenceKey } from './merge-statements';
import { DEFAULT_SIZE_ESTIMATE } from './policy-size';

/** The estimated size a role's default (inline) policy must stay below. */
const MAX_INLINE_POLICY_SIZE = 10000;
/** The estimated size an overflow managed policy may reach. */
const MAX_MANAGED_POLICY_SIZE = 6000;
/** When minimizing, statements are merged into pieces no bigger than this, so that pieces can be spread out. */
const MAX_MERGED_STATEMENT_SIZE = 2000;

/**
 * The dependable returned for a statement added to a role: the policy the statement ends up in, which is the
 * default policy unless the statement had to move to an overflow policy.
 */
export class StatementDependable implements IDependable {
  constructor(public target: IConstruct) {
    const roots = () => [this.target];
    Dependable.implement(this, { get dependencyRoots() { return roots(); } });
  }
}

/**
 * Move statements out of a role's default policy into managed policies (`OverflowPolicy1`, `OverflowPolicy2`, ...)
 * when it would be too large for IAM. Statements (merged into pieces of limited size when the document minimizes)
 * go, in order, into the first policy that still has room.
 */
export function splitDefaultPolicy(role: IRole & IConstruct, defaultPolicy: Policy, dependables: ReadonlyMap<PolicyStatement, StatementDependable>): void {
  const document = defaultPolicy.document;
  const statements = document._statements;
  if (statements.length === 0) { return; }
  let pieces: MergedStatement[];
  if (document._shouldMinimize(role)) {
    pieces = mergeStatementsTracked(statements, { maxSize: MAX_MERGED_STATEMENT_SIZE, estimate: DEFAULT_SIZE_ESTIMATE });
  } else {
    // Statements that say the same thing in another order are dropped, whether or not the policy is split.
    pieces = withoutDuplicates(statements);
    if (pieces.length !== statements.length) { document._replaceStatements(pieces.map((p) => p.statement)); }
  }
  const sizes = pieces.map((p) => p.statement._estimateSize(DEFAULT_SIZE_ESTIMATE));
  if (sizes.reduce((a, b) => a + b, 0) < MAX_INLINE_POLICY_SIZE) { return; }

  const bins: Array<{ size: number; readonly pieces: MergedStatement[]; readonly max: number; readonly inline: boolean }> = [
    { size: 0, pieces: [], max: MAX_INLINE_POLICY_SIZE - 1, inline: true },
  ];
  pieces.forEach((piece, i) => {
    let bin = bins.find((b) => b.size + sizes[i] <= b.max);
    if (!bin) {
      bin = { size: 0, pieces: [], max: MAX_MANAGED_POLICY_SIZE, inline: false };
      bins.push(bin);
    }
    bin.size += sizes[i];
    bin.pieces.push(piece);
  });

  document._replaceStatements(bins[0].pieces.map((p) => p.statement));
  bins.slice(1).forEach((bin, index) => {
    const overflow = new ManagedPolicy(role, `OverflowPolicy${index + 1}`, {
      description: `Part of the policies for ${role.node.path}`,
      document: new PolicyDocument({ statements: bin.pieces.map((p) => p.statement) }),
      roles: [role],
    });
    for (const piece of bin.pieces) {
      for (const original of piece.originals) {
        const dependable = dependables.get(original);
        if (dependable) { dependable.target = overflow; }
      }
    }
  });
}

/** Statements that say the same (in any order) count once, where the first one is. */
function withoutDuplicates(statements: readonly PolicyStatement[]): MergedStatement[] {
  const byJson = new Map<string, { statement: PolicyStatement; originals: PolicyStatement[] }>();
  for (const statement of statements) {
    const key = statementEquivalenceKey(statement);
    const existing = byJson.get(key);
    if (existing) {
      existing.originals.push(statement);
    } else {
      byJson.set(key, { statement, originals: [statement] });
    }
  }
  return [...byJson.values()];
}
