import type { IAssumeRolePrincipal, IPrincipal } from '../principal-base';
import type { PolicyDocument } from '../policy-document';
import { lazyModule } from '../../core/lazy-module';

// Loaded on use: principal-base imports this file, and policy-statement loads classes that extend PrincipalBase,
// so a top-level import would leave PrincipalBase undefined when a principal is the first thing a program loads.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const policyStatementModule = lazyModule(() => require('../policy-statement') as typeof import('../policy-statement'));

/** Add the statement that lets `principal` assume a role, with the given action, to a trust policy. */
export function addAssumeRoleStatement(document: PolicyDocument, principal: IPrincipal, action: string): void {
  const { PolicyStatement } = policyStatementModule();
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
