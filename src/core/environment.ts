/** The deployment environment for a stack. */
export interface Environment {
  /**
   * The AWS account ID for this environment.
   * @default Aws.ACCOUNT_ID which means that the stack will be account-agnostic.
   */
  readonly account?: string;
  /**
   * The AWS region for this environment.
   * @default Aws.REGION which means that the stack will be region-agnostic.
   */
  readonly region?: string;
}
