import * as fs from 'fs';
import * as path from 'path';
import { IConstruct } from 'constructs';

/** A flag as aws-cdk-lib reports it in the cloud assembly (`cdk flags` reads the report). */
export interface FeatureFlagFacts {
  /** The value aws-cdk-lib recommends (what `cdk init` puts in cdk.json). */
  readonly recommendedValue?: any;
  /** What the flag changes, for people. */
  readonly explanation?: string;
  /** The value an app that does not configure the flag behaves as (`v2`; absent means false). */
  readonly unconfiguredBehavesLike?: { readonly v2?: any };
}

/** Every flag aws-cdk-lib 2.276.0 knows, in its order: src/core/data/feature-flags.json (scripts/feature-flags/record.js). */
export interface FeatureFlagTable {
  readonly module: string;
  readonly flags: { readonly [name: string]: FeatureFlagFacts };
}

let table: FeatureFlagTable | undefined;

/** The flag table, read on first use. @internal */
export function featureFlagTable(): FeatureFlagTable {
  return table ??= JSON.parse(fs.readFileSync(path.join(__dirname, 'data', 'feature-flags.json'), 'utf8'));
}

/** The value a flag has when an app does not configure it. */
function unconfiguredValue(featureFlag: string): any {
  return featureFlagTable().flags[featureFlag]?.unconfiguredBehavesLike?.v2 ?? false;
}

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
    return unconfiguredValue(featureFlag) === true;
  }

  /** The value of a (possibly non-boolean) flag. @internal */
  public _value(featureFlag: string): any {
    const context = this.construct.node.tryGetContext(featureFlag);
    return context !== undefined ? context : unconfiguredValue(featureFlag);
  }
}

/**
 * The feature flag report of an app, as the `aws-cdk-lib/feature-flag-report` artifact of its cloud assembly carries
 * it: every known flag, with the value the app's context gives it.
 */
export function featureFlagReport(app: IConstruct): { module: string; flags: Record<string, any> } {
  const { module, flags } = featureFlagTable();
  const report: Record<string, any> = {};
  for (const name of Object.keys(flags)) {
    const userValue = app.node.tryGetContext(name);
    report[name] = userValue === undefined ? flags[name] : { userValue, ...flags[name] };
  }
  return { module, flags: report };
}
