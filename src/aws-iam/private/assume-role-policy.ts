import type { IAssumeRolePrincipal, IPrincipal } from '../principal-base';
import { PolicyDocument } from '../policy-document';
import { PolicyStatement } from '../policy-statement';

/** Add the statement that lets `principal` assume a role, with the given action, to a trust policy. */
export function addAssumeRoleStatement(document: PolicyDocument, principal: IPrincipal, action: string): void {
  document.addStatements(new PolicyStatement({ actions: [action], principals: [principal] }));
}

/**
 * Add a principal to a trust policy: principals that know how to (composites, wrappers) do it themselves,
 * any other principal gets one statement allowing its assume-role action.
 */
export function addPrincipalToAssumeRolePolicy(principal: IPrincipal, document: PolicyDocument): void {
  if (isAssumeRolePrincipal(principal)) {
    principal.addToAssumeRolePolicy(document);
  } else {
    addAssumeRoleStatement(document, principal, principal.assumeRoleAction);
  }
}

function isAssumeRolePrincipal(principal: IPrincipal): principal is IAssumeRolePrincipal {
  return typeof (principal as Partial<IAssumeRolePrincipal>).addToAssumeRolePolicy === 'function';
}

/**
 * A document that rewrites every statement added to it and passes it on to another document. Principal
 * wrappers use it to add their actions or conditions to whatever statements the wrapped principal writes.
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
