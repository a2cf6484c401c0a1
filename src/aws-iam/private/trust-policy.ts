import { PolicyDocument } from '../policy-document';
import type { IPrincipal } from '../principal-base';
import { addPrincipalToAssumeRolePolicy } from './assume-role-policy';
import { RewritingPolicyDocument } from './rewriting-policy-document';

/**
 * The trust policy (AssumeRolePolicyDocument) of a role assumed by `principal`. With external IDs, every
 * statement requires one of them (`sts:ExternalId`).
 */
export function createTrustPolicy(principal: IPrincipal, externalIds: string[]): PolicyDocument {
  const document = new PolicyDocument();
  const target = externalIds.length === 0 ? document : new RewritingPolicyDocument(document, (statement) => {
    statement.addCondition('StringEquals', { 'sts:ExternalId': externalIds.length === 1 ? externalIds[0] : externalIds });
  });
  addPrincipalToAssumeRolePolicy(principal, target);
  return document;
}
