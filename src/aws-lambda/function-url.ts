/** The auth types for a function URL. */
export enum FunctionUrlAuthType {
  /** Restrict access to authenticated IAM users only. */
  AWS_IAM = 'AWS_IAM',
  /** Bypass IAM authentication to create a public endpoint. */
  NONE = 'NONE',
}
