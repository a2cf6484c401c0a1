/** With the DeletionPolicy attribute you can preserve or (in some cases) backup a resource when its stack is deleted. */
export enum CfnDeletionPolicy {
  /** CloudFormation deletes the resource and all its content if applicable during stack deletion. */
  DELETE = 'Delete',
  /** CloudFormation keeps the resource without deleting the resource or its contents when its stack is deleted. */
  RETAIN = 'Retain',
  /** Retain the resource except when its creation fails (then it is deleted). */
  RETAIN_EXCEPT_ON_CREATE = 'RetainExceptOnCreate',
  /** For resources that support snapshots, CloudFormation creates a snapshot for the resource before deleting it. */
  SNAPSHOT = 'Snapshot',
}

/** Associate the CreationPolicy attribute with a resource to prevent its status from reaching create complete until signals are received. */
export interface CfnCreationPolicy {
  /**
   * For an Auto Scaling group replacement update, specifies how many instances must signal success for the update to succeed.
   * @default - no autoscaling creation policy
   */
  readonly autoScalingCreationPolicy?: { readonly minSuccessfulInstancesPercent?: number };
  /**
   * When CloudFormation creates the associated resource, configures the number of required success signals and the length of time that CloudFormation waits for those signals.
   * @default - no resource signal
   */
  readonly resourceSignal?: { readonly count?: number; readonly timeout?: string };
  /**
   * For an AppStream Fleet creation, specifies that the fleet is started after creation.
   * @default - no start fleet
   */
  readonly startFleet?: boolean;
}

/** Use the UpdatePolicy attribute to specify how CloudFormation handles updates to some resources. */
export interface CfnUpdatePolicy {
  /** @default - none */
  readonly autoScalingReplacingUpdate?: { readonly willReplace?: boolean };
  /** @default - none */
  readonly autoScalingRollingUpdate?: {
    readonly maxBatchSize?: number; readonly minInstancesInService?: number; readonly minSuccessfulInstancesPercent?: number;
    readonly pauseTime?: string; readonly suspendProcesses?: string[]; readonly waitOnResourceSignals?: boolean;
  };
  /** @default - none */
  readonly autoScalingScheduledAction?: { readonly ignoreUnmodifiedGroupSizeProperties?: boolean };
  /** @default - none */
  readonly codeDeployLambdaAliasUpdate?: {
    readonly applicationName: string; readonly deploymentGroupName: string;
    readonly beforeAllowTrafficHook?: string; readonly afterAllowTrafficHook?: string;
  };
  /** @default - none */
  readonly enableVersionUpgrade?: boolean;
  /** @default - none */
  readonly useOnlineResharding?: boolean;
}

/** Options for a CloudFormation resource (the attributes beside Type and Properties). */
export interface ICfnResourceOptions {
  /** A condition to associate with this resource. */
  condition?: import('./cfn-condition').CfnCondition;
  /** Prevent the resource's status from reaching create complete until signals are received. */
  creationPolicy?: CfnCreationPolicy;
  /** Preserve or back up the resource when its stack is deleted. */
  deletionPolicy?: CfnDeletionPolicy;
  /** How CloudFormation handles updates to the resource. */
  updatePolicy?: CfnUpdatePolicy;
  /** Preserve or back up the existing physical instance of a resource when it is replaced during a stack update. */
  updateReplacePolicy?: CfnDeletionPolicy;
  /** The version of this resource (custom resources only). */
  version?: string;
  /** The description of this resource. */
  description?: string;
  /** Metadata associated with the CloudFormation resource. */
  metadata?: { [key: string]: any };
}
