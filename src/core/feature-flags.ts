import { IConstruct } from 'constructs';

/**
 * Feature flags whose unconfigured value (no cdk.json, no context) is `true` in CDK v2; every other flag
 * is off unless set in context.
 */
const V2_ENABLED_BY_DEFAULT: ReadonlySet<string> = new Set([
  '@aws-cdk/core:newStyleStackSynthesis',
  '@aws-cdk/core:stackRelativeExports',
  '@aws-cdk/aws-rds:lowercaseDbIdentifier',
  '@aws-cdk/aws-apigateway:usagePlanKeyOrderInsensitiveId',
  '@aws-cdk/aws-lambda:recognizeVersionProps',
  '@aws-cdk/aws-cloudfront:defaultSecurityPolicyTLSv1.2_2021',
  '@aws-cdk/aws-stepfunctions-tasks:useNewS3UriParametersForBedrockInvokeModelTask',
  '@aws-cdk/core:aspectStabilization',
  '@aws-cdk/pipelines:reduceStageRoleTrustScope',
  '@aws-cdk/pipelines:reduceCrossAccountActionRoleTrustScope',
  '@aws-cdk/aws-stepfunctions-tasks:httpInvokeDynamicJsonPathEndpoint',
  '@aws-cdk/core:automaticL1Traits',
  '@aws-cdk/aws-stepfunctions-tasks:evaluateExpressionDedicatedFunction',
]);

/** Non-boolean flags and their unconfigured values. */
const V2_DEFAULT_VALUES: Readonly<Record<string, any>> = {
  '@aws-cdk/core:defaultCrossStackReferences': 'strong',
};

/** Features that are implemented behind a flag in order to preserve backwards compatibility for existing apps. */
export class FeatureFlags {
  /** Inspect feature flags on the construct node's context. */
  public static of(scope: IConstruct): FeatureFlags {
    return new FeatureFlags(scope);
  }

  private constructor(private readonly construct: IConstruct) { }

  /** Check whether a feature flag is enabled: the context value if set, else the CDK v2 default. */
  public isEnabled(featureFlag: string): boolean | undefined {
    const context = this.construct.node.tryGetContext(featureFlag);
    if (context !== undefined) { return context === true || context === 'true'; }
    return V2_ENABLED_BY_DEFAULT.has(featureFlag);
  }

  /** The value of a (possibly non-boolean) flag. @internal */
  public _value(featureFlag: string): any {
    const context = this.construct.node.tryGetContext(featureFlag);
    if (context !== undefined) { return context; }
    if (featureFlag in V2_DEFAULT_VALUES) { return V2_DEFAULT_VALUES[featureFlag]; }
    return V2_ENABLED_BY_DEFAULT.has(featureFlag);
  }
}
