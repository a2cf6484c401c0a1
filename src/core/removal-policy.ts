/** What happens to a resource when it is removed from the stack or replaced. */
export enum RemovalPolicy {
  /** Physically destroy the resource when it is no longer managed by CloudFormation. */
  DESTROY = 'destroy',
  /** Keep the resource in the account, orphaned from the stack. */
  RETAIN = 'retain',
  /** Keep a snapshot of the data, then delete the resource (only for resources that support snapshots). */
  SNAPSHOT = 'snapshot',
  /** Retain the resource on update and delete, but delete it if its creation fails (rollback). */
  RETAIN_ON_UPDATE_OR_DELETE = 'retain-on-update-or-delete',
}

/** Options for applying a removal policy. */
export interface RemovalPolicyOptions {
  /**
   * Apply the same deletion policy to the resource's "UpdateReplacePolicy".
   * @default true
   */
  readonly applyToUpdateReplacePolicy?: boolean;
  /**
   * The default policy to apply in case the removal policy is not defined.
   * @default - Default value is resource specific. To determine the default value for a resource,
   * please consult that specific resource's documentation.
   */
  readonly default?: RemovalPolicy;
}
