import type { Construct, IConstruct } from 'constructs';
import { Lazy, ValidationError } from '../core';
import { regionalFact, regionTableLookup } from '../core/region-facts';
import { Architecture } from './architecture';
import type { IFunction } from './function-base';
import { insightsLayerTable } from './private/extension-layer-data';

/** What binding a Lambda Insights version to a function gives: the layer to add. */
export interface InsightsBindConfig {
  /** The ARN of the Lambda Insights extension layer version. */
  readonly arn: string;
}

/**
 * A version of the CloudWatch Lambda Insights extension, the layer that collects a function's runtime metrics.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Lambda-Insights-extension-versions.html
 */
export abstract class LambdaInsightsVersion {
  /** Version 1.0.54.0 */
  public static readonly VERSION_1_0_54_0 = LambdaInsightsVersion.fromInsightsVersion('1.0.54.0');
  /** Version 1.0.86.0 */
  public static readonly VERSION_1_0_86_0 = LambdaInsightsVersion.fromInsightsVersion('1.0.86.0');
  /** Version 1.0.89.0 */
  public static readonly VERSION_1_0_89_0 = LambdaInsightsVersion.fromInsightsVersion('1.0.89.0');
  /** Version 1.0.98.0 */
  public static readonly VERSION_1_0_98_0 = LambdaInsightsVersion.fromInsightsVersion('1.0.98.0');
  /** Version 1.0.119.0 */
  public static readonly VERSION_1_0_119_0 = LambdaInsightsVersion.fromInsightsVersion('1.0.119.0');
  /** Version 1.0.135.0 */
  public static readonly VERSION_1_0_135_0 = LambdaInsightsVersion.fromInsightsVersion('1.0.135.0');
  /** Version 1.0.143.0 */
  public static readonly VERSION_1_0_143_0 = LambdaInsightsVersion.fromInsightsVersion('1.0.143.0');
  /** Version 1.0.178.0 */
  public static readonly VERSION_1_0_178_0 = LambdaInsightsVersion.fromInsightsVersion('1.0.178.0');
  /** Version 1.0.229.0 */
  public static readonly VERSION_1_0_229_0 = LambdaInsightsVersion.fromInsightsVersion('1.0.229.0');
  /** Version 1.0.273.0 */
  public static readonly VERSION_1_0_273_0 = LambdaInsightsVersion.fromInsightsVersion('1.0.273.0');
  /** Version 1.0.275.0 */
  public static readonly VERSION_1_0_275_0 = LambdaInsightsVersion.fromInsightsVersion('1.0.275.0');
  /** Version 1.0.295.0 */
  public static readonly VERSION_1_0_295_0 = LambdaInsightsVersion.fromInsightsVersion('1.0.295.0');
  /** Version 1.0.317.0 */
  public static readonly VERSION_1_0_317_0 = LambdaInsightsVersion.fromInsightsVersion('1.0.317.0');
  /** Version 1.0.333.0 */
  public static readonly VERSION_1_0_333_0 = LambdaInsightsVersion.fromInsightsVersion('1.0.333.0');
  /** Version 1.0.391.0 */
  public static readonly VERSION_1_0_391_0 = LambdaInsightsVersion.fromInsightsVersion('1.0.391.0');
  /** Version 1.0.404.0 */
  public static readonly VERSION_1_0_404_0 = LambdaInsightsVersion.fromInsightsVersion('1.0.404.0');
  /** Version 1.0.498.0 */
  public static readonly VERSION_1_0_498_0 = LambdaInsightsVersion.fromInsightsVersion('1.0.498.0');

  /**
   * Use the Lambda Insights extension layer version with this ARN (for versions this library does not list). The
   * layer must be in the function's region.
   *
   * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Lambda-Insights-extension-versions.html
   */
  public static fromInsightVersionArn(arn: string): LambdaInsightsVersion {
    // Classes local to the factories: the static constants above are built while this class is being defined.
    return new class extends LambdaInsightsVersion {
      public readonly layerVersionArn = arn;

      public _bind(): InsightsBindConfig {
        return { arn };
      }
    }();
  }

  private static fromInsightsVersion(version: string): LambdaInsightsVersion {
    return new class extends LambdaInsightsVersion {
      // Uncached: each stack that uses the value gets the ARN of its own region (or its own mapping).
      public readonly layerVersionArn = Lazy.uncachedString({
        produce: context => insightsLayerArn(context.scope, version, Architecture.X86_64.name),
      });

      public _bind(scope: Construct, fn: IFunction): InsightsBindConfig {
        const architecture = fn.architecture?.name ?? Architecture.X86_64.name;
        // Checked before the region: a version/architecture pair that was never published is wrong everywhere.
        if (!insightsLayerTable(version, architecture)) {
          throw new ValidationError(`Lambda Insights version ${version} does not exist for the ${architecture} `
            + `architecture in any region; use one published for ${architecture} (e.g. `
            + 'LambdaInsightsVersion.VERSION_1_0_498_0), or LambdaInsightsVersion.fromInsightVersionArn(arn)', fn);
        }
        return { arn: insightsLayerArn(scope, version, architecture) };
      }
    }();
  }

  /**
   * The ARN of the Lambda Insights extension layer (for a published version: the x86_64 layer in the region of the
   * stack that uses the value).
   */
  public abstract readonly layerVersionArn: string;

  /**
   * The layer a function gets for this version.
   * @internal
   */
  public abstract _bind(scope: Construct, fn: IFunction): InsightsBindConfig;
}

/** The layer ARN of a published version in the region of `scope`'s stack (a mapping lookup when it has none). */
function insightsLayerArn(scope: IConstruct, version: string, architecture: string): string {
  return regionalFact(scope, `cloudwatch-lambda-insights-version:${version.split('.').join('_')}_${architecture}`,
    regionTableLookup(insightsLayerTable(version, architecture)), {
      missingInRegion: region => `Lambda Insights version ${version} (${architecture}) is not available in region `
        + `${region}; use a version published there, or LambdaInsightsVersion.fromInsightVersionArn(arn)`,
      missingEverywhere: () => `Lambda Insights version ${version} (${architecture}) is not available in any region of `
        + "the target partitions (context '@aws-cdk/core:target-partitions'); use another version or add partitions",
    });
}
