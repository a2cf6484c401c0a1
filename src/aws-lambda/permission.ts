import type { IConstruct } from 'constructs';
import type * as iam from '../aws-iam';
import type { FunctionUrlAuthType } from './function-url';

/**
 * A permission in the resource policy of a Lambda function: who may call which action on it.
 * Rendered as an `AWS::Lambda::Permission`.
 */
export interface Permission {
  /**
   * The Lambda action allowed, e.g. `lambda:GetFunction`, or `lambda:*` for all.
   * @default 'lambda:InvokeFunction'
   */
  readonly action?: string;

  /**
   * A token the caller must present (used by Alexa skills).
   * @default - no token
   */
  readonly eventSourceToken?: string;

  /**
   * Who is allowed: an account, an ARN, a service or an organization principal; its `aws:SourceArn`,
   * `aws:SourceAccount` or `aws:PrincipalOrgID` conditions become the matching fields.
   */
  readonly principal: iam.IPrincipal;

  /**
   * The construct under which the permission is created.
   * @default - the function
   */
  readonly scope?: IConstruct;

  /**
   * The account that must own the calling resource (e.g. the account of the bucket whose events invoke the function).
   * @default - no source account condition
   */
  readonly sourceAccount?: string;

  /**
   * The resource that must be the caller (e.g. the ARN of the bucket or rule whose events invoke the function).
   * @default - no source ARN condition
   */
  readonly sourceArn?: string;

  /**
   * Only principals of this AWS Organization are allowed.
   * @default - no organization condition
   */
  readonly organizationId?: string;

  /**
   * The auth type of the function URL this permission is for (with `lambda:InvokeFunctionUrl`).
   * @default - not for a function URL
   */
  readonly functionUrlAuthType?: FunctionUrlAuthType;

  /**
   * Restrict the permission to invocations that come through the function URL.
   * @default - no restriction
   */
  readonly invokedViaFunctionUrl?: boolean;
}
