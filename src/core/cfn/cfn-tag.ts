/** A CloudFormation tag as an L1 property takes it. */
export interface CfnTag {
  /** The key of the tag. */
  readonly key: string;
  /** The value of the tag. */
  readonly value: string;
}
