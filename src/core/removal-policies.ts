import { IConstruct } from 'constructs';
import { AspectPriority, Aspects, IAspect } from './aspects';
import { CfnResource } from './cfn/cfn-resource';
import { RemovalPolicy } from './removal-policy';

/** Which resources a removal policy applies to, and when. */
export interface RemovalPolicyProps {
  /**
   * Apply the removal policy only to these CloudFormation resource types (`AWS::S3::Bucket`...).
   * @default - every resource type
   */
  readonly applyToResourceTypes?: string[];
  /**
   * Leave out these CloudFormation resource types.
   * @default - no resource type is left out
   */
  readonly excludeResourceTypes?: string[];
  /**
   * The priority of the aspect that applies the policy: lower values run first, so among several the highest
   * priority has the last word.
   * @default - AspectPriority.MUTATING (200)
   */
  readonly priority?: number;
}

/**
 * Set the removal policy of every CloudFormation resource in a scope (at synthesis, overriding the policies
 * resources were given).
 */
export class RemovalPolicies {
  /** The removal policies API of a scope. */
  public static of(scope: IConstruct): RemovalPolicies {
    return new RemovalPolicies(scope, false);
  }

  protected constructor(private readonly scope: IConstruct, private readonly onlyWhereMissing: boolean) { }

  /** Apply a removal policy to the resources of the scope. */
  public apply(policy: RemovalPolicy, props: RemovalPolicyProps = {}): void {
    Aspects.of(this.scope).add(new RemovalPolicyAspect(policy, props, this.onlyWhereMissing), {
      priority: props.priority ?? AspectPriority.MUTATING,
    });
  }

  /** Apply RemovalPolicy.DESTROY. */
  public destroy(props: RemovalPolicyProps = {}): void {
    this.apply(RemovalPolicy.DESTROY, props);
  }

  /** Apply RemovalPolicy.RETAIN. */
  public retain(props: RemovalPolicyProps = {}): void {
    this.apply(RemovalPolicy.RETAIN, props);
  }

  /** Apply RemovalPolicy.SNAPSHOT. */
  public snapshot(props: RemovalPolicyProps = {}): void {
    this.apply(RemovalPolicy.SNAPSHOT, props);
  }

  /** Apply RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE. */
  public retainOnUpdateOrDelete(props: RemovalPolicyProps = {}): void {
    this.apply(RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE, props);
  }
}

/** Like RemovalPolicies, but only for resources that have no removal policy of their own. */
export class MissingRemovalPolicies extends RemovalPolicies {
  /** The missing-removal-policies API of a scope. */
  public static override of(scope: IConstruct): MissingRemovalPolicies {
    return new MissingRemovalPolicies(scope, true);
  }
}

class RemovalPolicyAspect implements IAspect {
  constructor(
    private readonly policy: RemovalPolicy,
    private readonly props: RemovalPolicyProps,
    private readonly onlyWhereMissing: boolean,
  ) { }

  public visit(node: IConstruct): void {
    if (!CfnResource.isCfnResource(node)) { return; }
    const type = node.cfnResourceType;
    if (this.props.applyToResourceTypes && !this.props.applyToResourceTypes.includes(type)) { return; }
    if (this.props.excludeResourceTypes?.includes(type)) { return; }
    if (this.onlyWhereMissing && node.cfnOptions.deletionPolicy !== undefined) { return; }
    node.applyRemovalPolicy(this.policy);
  }
}
