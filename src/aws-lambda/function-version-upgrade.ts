import type { IConstruct } from 'constructs';
import { FeatureFlags, IAspect } from '../core';
import { Function as LambdaFunction } from './function';
import type { CfnFunction } from './lambda.generated';

/**
 * An aspect that forces a new version of every function on which a feature flag has a given state, by appending
 * `version-hash:<hash>` to its description. Use it when turning on a flag that changes how versions are hashed
 * (`@aws-cdk/aws-lambda:recognizeVersionProps`, `@aws-cdk/aws-lambda:recognizeLayerVersion`): Lambda refuses to
 * publish a version whose configuration has not changed.
 */
export class FunctionVersionUpgrade implements IAspect {
  /** Functions already changed: synthesizing again must not append a second hash. */
  private readonly upgraded = new WeakSet<LambdaFunction>();

  /**
   * @param featureFlag The feature flag to look at
   * @param enabled The state of the flag that selects the functions to change
   */
  constructor(private readonly featureFlag: string, private readonly enabled: boolean = true) {}

  public visit(node: IConstruct): void {
    if (!(node instanceof LambdaFunction)) { return; }
    if (this.upgraded.has(node) || FeatureFlags.of(node).isEnabled(this.featureFlag) !== this.enabled) { return; }
    this.upgraded.add(node);
    const resource = node.node.defaultChild as CfnFunction;
    // Without the invalidateVersionBasedOn() inputs: aws-cdk-lib leaves them out of this hash (observed).
    const hashTag = `version-hash:${node._currentVersionHash(false)}`;
    const description = resource.description;
    resource.addPropertyOverride('Description', description ? `${description} ${hashTag}` : hashTag);
  }
}
