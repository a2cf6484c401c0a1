/** Which kinds of public access to block. */
export interface BlockPublicAccessOptions {
  /**
   * Whether to reject PUT requests that set public ACLs.
   * @default - not set
   */
  readonly blockPublicAcls?: boolean;

  /**
   * Whether to reject bucket policies that allow public access.
   * @default - not set
   */
  readonly blockPublicPolicy?: boolean;

  /**
   * Whether to ignore public ACLs on the bucket and its objects.
   * @default - not set
   */
  readonly ignorePublicAcls?: boolean;

  /**
   * Whether to restrict access to a bucket with a public policy to AWS services and the owner's account.
   * @default - not set
   */
  readonly restrictPublicBuckets?: boolean;
}

/** The public access block configuration of a bucket. */
export class BlockPublicAccess {
  /** Block every kind of public access. */
  public static readonly BLOCK_ALL = new BlockPublicAccess({
    blockPublicAcls: true,
    blockPublicPolicy: true,
    ignorePublicAcls: true,
    restrictPublicBuckets: true,
  });

  /** Block public ACLs only (the policy settings are left unset). */
  public static readonly BLOCK_ACLS = new BlockPublicAccess({
    blockPublicAcls: true,
    ignorePublicAcls: true,
  });

  /** Block public ACLs and explicitly allow public policies. */
  public static readonly BLOCK_ACLS_ONLY = new BlockPublicAccess({
    blockPublicAcls: true,
    blockPublicPolicy: false,
    ignorePublicAcls: true,
    restrictPublicBuckets: false,
  });

  public blockPublicAcls: boolean | undefined;
  public blockPublicPolicy: boolean | undefined;
  public ignorePublicAcls: boolean | undefined;
  public restrictPublicBuckets: boolean | undefined;

  constructor(options: BlockPublicAccessOptions) {
    this.blockPublicAcls = options.blockPublicAcls;
    this.blockPublicPolicy = options.blockPublicPolicy;
    this.ignorePublicAcls = options.ignorePublicAcls;
    this.restrictPublicBuckets = options.restrictPublicBuckets;
  }
}
