import { Construct } from 'constructs';
import { PolicyDocument } from '../aws-iam';
import { RemovalPolicy, Resource } from '../core';
import type { IBucket } from './bucket-base';
import { CfnBucketPolicy } from './s3.generated';

/** Construction properties for a bucket policy. */
export interface BucketPolicyProps {
  /** The bucket the policy applies to. */
  readonly bucket: IBucket;

  /**
   * What happens to the policy when it leaves the stack.
   * @default - CloudFormation's default (the policy is deleted)
   */
  readonly removalPolicy?: RemovalPolicy;
}

/** The resource policy of a bucket (`AWS::S3::BucketPolicy`). Usually made by `addToResourcePolicy`. */
export class BucketPolicy extends Resource {
  /** The policy document; add statements to it. */
  public readonly document = new PolicyDocument();

  /** The bucket the policy applies to. */
  public readonly bucket: IBucket;

  private readonly resource: CfnBucketPolicy;

  constructor(scope: Construct, id: string, props: BucketPolicyProps) {
    super(scope, id);
    this.bucket = props.bucket;
    this.resource = new CfnBucketPolicy(this, 'Resource', {
      bucket: this.bucket.bucketName,
      policyDocument: this.document,
    });
    if (props.removalPolicy) {
      this.resource.applyRemovalPolicy(props.removalPolicy);
    }
  }

  /** Apply the given removal policy to the policy's CloudFormation resource. */
  public override applyRemovalPolicy(removalPolicy: RemovalPolicy): void {
    this.resource.applyRemovalPolicy(removalPolicy);
  }
}
