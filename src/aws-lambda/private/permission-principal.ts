import type { IConstruct } from 'constructs';
import type * as iam from '../../aws-iam';
import { Annotations, ValidationError } from '../../core';
import type { Permission } from '../permission';

/** The fields of an `AWS::Lambda::Permission` that come from the principal (and its conditions). */
export interface PermissionPrincipalFields {
  /** The `Principal` property: an account id, a service name, an ARN or `*`. */
  readonly principal: string;
  /** From an `ArnLike` `aws:SourceArn` condition. */
  readonly sourceArn?: string;
  /** From a `StringEquals` `aws:SourceAccount` condition. */
  readonly sourceAccount?: string;
  /** From a `StringEquals` `aws:PrincipalOrgID` condition (or an OrganizationPrincipal). */
  readonly principalOrgId?: string;
  /** Whether the principal is a service principal (for the confused-deputy warning). */
  readonly isService: boolean;
}

/** The condition operator and key pairs a Lambda permission can express, and the field each one becomes. */
const SUPPORTED_CONDITIONS: ReadonlyArray<{ operator: string; key: string; field: 'sourceArn' | 'sourceAccount' | 'principalOrgId' }> = [
  { operator: 'ArnLike', key: 'aws:SourceArn', field: 'sourceArn' },
  { operator: 'StringEquals', key: 'aws:SourceAccount', field: 'sourceAccount' },
  { operator: 'StringEquals', key: 'aws:PrincipalOrgID', field: 'principalOrgId' },
];

/**
 * Translate an IAM principal into the fields of a Lambda permission. A Lambda permission names one principal (an
 * account, a service, an ARN, or everyone in an organization) and can only express source ARN, source account and
 * organization conditions; anything else is rejected here rather than silently dropped.
 */
export function permissionFieldsOf(principal: iam.IPrincipal, scope: IConstruct): PermissionPrincipalFields {
  const inner = unwrap(principal);
  const conditions = conditionFieldsOf(principal, scope);
  return { principal: principalString(inner, scope), ...conditions, isService: hasString(inner, 'service') };
}

/** The principal inside adapters such as PrincipalWithConditions. */
function unwrap(principal: iam.IPrincipal): iam.IPrincipal {
  let current = principal;
  while (hasObject(current, 'wrapped')) {
    current = (current as unknown as { wrapped: iam.IPrincipal }).wrapped;
  }
  return current;
}

function principalString(principal: iam.IPrincipal, scope: IConstruct): string {
  const fields = principal as unknown as { accountId?: unknown; service?: unknown; arn?: unknown; organizationId?: unknown };
  if (fields.accountId !== undefined) { return String(fields.accountId); }
  if (typeof fields.service === 'string') { return fields.service; }
  if (typeof fields.arn === 'string') { return fields.arn; }
  if (typeof fields.organizationId === 'string') { return '*'; }

  // Other principals (roles, users, composites) work when they stand for exactly one AWS identity.
  const aws = principal.policyFragment.principalJson.AWS;
  if (aws && aws.length === 1) { return aws[0]; }

  throw new ValidationError(`A Lambda permission cannot name ${describePrincipal(principal)}: it takes one account, `
    + 'service, ARN or organization principal (AccountPrincipal, ServicePrincipal, ArnPrincipal, OrganizationPrincipal, '
    + 'AnyPrincipal, or a role or user)', scope);
}

function conditionFieldsOf(principal: iam.IPrincipal, scope: IConstruct): Omit<PermissionPrincipalFields, 'principal' | 'isService'> {
  const conditions = principal.policyFragment.conditions ?? {};
  const fields: { sourceArn?: string; sourceAccount?: string; principalOrgId?: string } = {};
  const unsupported: string[] = [];
  let count = 0;
  for (const [operator, byKey] of Object.entries(conditions)) {
    for (const [key, value] of Object.entries((byKey ?? {}) as Record<string, unknown>)) {
      count++;
      const supported = SUPPORTED_CONDITIONS.find(c => c.operator === operator && c.key === key);
      if (!supported) {
        unsupported.push(`${operator} ${key}`);
        continue;
      }
      fields[supported.field] = value as string;
    }
  }
  if (unsupported.length > 0) {
    throw new ValidationError(`A Lambda permission cannot express the conditions [${unsupported.join(', ')}] of `
      + `${describePrincipal(principal)}; supported: ${SUPPORTED_CONDITIONS.map(c => `${c.operator} ${c.key}`).join(', ')}`, scope);
  }
  if (fields.principalOrgId !== undefined && count > 1) {
    throw new ValidationError(`A Lambda permission cannot combine an aws:PrincipalOrgID condition with other conditions `
      + `(principal ${describePrincipal(principal)}): use either the organization or the source ARN/account`, scope);
  }
  return fields;
}

/** Warning ids for permissions that anyone (or any resource of a service) could use. */
export const PUBLIC_PERMISSION_WARNING = 'lambda-cdk/aws-lambda:permissionOpenToEveryone';
export const SERVICE_PERMISSION_WITHOUT_SOURCE_WARNING = 'lambda-cdk/aws-lambda:servicePermissionWithoutSource';

/**
 * Warn about permissions that are wider than they look: to everyone without any condition, or to a service without
 * a source ARN or account (any resource of that service in any account could then invoke: the confused deputy).
 */
export function warnAboutUnscopedPermission(scope: IConstruct, permission: Permission, fields: PermissionPrincipalFields): void {
  const sourceArn = permission.sourceArn ?? fields.sourceArn;
  const sourceAccount = permission.sourceAccount ?? fields.sourceAccount;
  const orgId = permission.organizationId ?? fields.principalOrgId;
  if (fields.principal === '*') {
    const limited = sourceArn || sourceAccount || orgId || permission.eventSourceToken
      || permission.functionUrlAuthType !== undefined || permission.invokedViaFunctionUrl;
    if (!limited) {
      Annotations.of(scope).addWarningV2(PUBLIC_PERMISSION_WARNING,
        `This permission lets any principal in any AWS account call ${permission.action ?? 'lambda:InvokeFunction'}. `
        + 'Limit it with sourceAccount, sourceArn or organizationId, or acknowledge this warning if it is meant to be public.');
    }
    return;
  }
  if (fields.isService && !sourceArn && !sourceAccount) {
    Annotations.of(scope).addWarningV2(SERVICE_PERMISSION_WITHOUT_SOURCE_WARNING,
      `This permission lets ${fields.principal} call ${permission.action ?? 'lambda:InvokeFunction'} on behalf of any `
      + 'resource in any account (confused deputy). Give sourceArn or sourceAccount (or a principal with '
      + 'aws:SourceArn/aws:SourceAccount conditions).');
  }
}

function describePrincipal(principal: iam.IPrincipal): string {
  return `${principal.constructor.name} ${principal}`;
}

function hasString(x: object, key: string): boolean {
  return typeof (x as Record<string, unknown>)[key] === 'string';
}

function hasObject(x: object, key: string): boolean {
  const value = (x as Record<string, unknown>)[key];
  return typeof value === 'object' && value !== null;
}
