import { PolicyDocument } from '../policy-document';
import type { PolicyStatement } from '../policy-statement';

/**
 * A document that rewrites every statement added to it and passes it on to another document. Principal
 * wrappers use it to add their actions or conditions to whatever statements the wrapped principal writes.
 * (Its own file: the principals' trust-policy helpers are loaded while PolicyDocument itself is still loading.)
 */
export class RewritingPolicyDocument extends PolicyDocument {
  constructor(private readonly target: PolicyDocument, private readonly rewrite: (statement: PolicyStatement) => void) {
    super();
  }

  public override addStatements(...statements: PolicyStatement[]): void {
    for (const statement of statements) { this.rewrite(statement); }
    this.target.addStatements(...statements);
  }
}
