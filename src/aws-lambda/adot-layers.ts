import type { IConstruct } from 'constructs';
import { regionalFact, regionTableLookup } from '../core/region-facts';
import type { Architecture } from './architecture';
import type { IFunction } from './function-base';
import { adotLayerTable } from './private/extension-layer-data';

/** The kinds of legacy ADOT Lambda layer; each has its own layer names and versions. */
enum AdotLambdaLayerType {
  /** OpenTelemetry for Java, instrumenting the AWS SDK only. */
  JAVA_SDK = 'JAVA_SDK',
  /** The OpenTelemetry Java agent, instrumenting many libraries (slower start). */
  JAVA_AUTO_INSTRUMENTATION = 'JAVA_AUTO_INSTRUMENTATION',
  /** OpenTelemetry for JavaScript, with the collector. */
  JAVASCRIPT_SDK = 'JAVASCRIPT_SDK',
  /** OpenTelemetry for Python, with the collector. */
  PYTHON_SDK = 'PYTHON_SDK',
  /** The collector alone, for manual instrumentation (Go, .NET, ...). */
  GENERIC = 'GENERIC',
}

/** What binding an ADOT layer to a function gives: the layer to add. */
interface AdotLambdaLayerBindConfig {
  /** The ARN of the ADOT layer version for the function's region and architecture. */
  readonly arn: string;
}

/**
 * AWS Distro for OpenTelemetry (ADOT) instrumentation of a function: a layer and the wrapper script Lambda runs the
 * handler through. Also turns on active X-Ray tracing unless `tracing` is set.
 *
 * These are the legacy ADOT layers with an embedded collector; for the newer `AWSOpenTelemetryDistro*` layers, add
 * the layer with `addLayers` and set `AWS_LAMBDA_EXEC_WRAPPER` yourself.
 */
export interface AdotInstrumentationConfig {
  /** The ADOT Lambda layer. */
  readonly layerVersion: AdotLayerVersion;

  /**
   * The startup script Lambda runs the handler through (see https://aws-otel.github.io/docs/getting-started/lambda
   * for the one that fits the handler).
   */
  readonly execWrapper: AdotLambdaExecWrapper;
}

/** The ADOT wrapper scripts, set as `AWS_LAMBDA_EXEC_WRAPPER`. */
export enum AdotLambdaExecWrapper {
  /** Wrap a regular handler (not behind API Gateway's proxy integration). */
  REGULAR_HANDLER = '/opt/otel-handler',
  /** Wrap a handler behind API Gateway's REST proxy integration. */
  PROXY_HANDLER = '/opt/otel-proxy-handler',
  /** Wrap a streaming handler (Java). */
  STREAM_HANDLER = '/opt/otel-stream-handler',
  /** Instrument the handler automatically (required for Python). */
  INSTRUMENT_HANDLER = '/opt/otel-instrument',
  /** Wrap a handler of SQS events, with a span per message. */
  SQS_HANDLER = '/opt/otel-sqs-handler',
}

/**
 * An ADOT Lambda layer version of one layer type; the ARN depends on the function's region and architecture.
 *
 * These resolve to the legacy ADOT layers with an embedded collector; for the newer `AWSOpenTelemetryDistro*` layers
 * use `LayerVersion.fromLayerVersionArn()`.
 */
export abstract class AdotLayerVersion {
  /** The ADOT layer for the Java SDK, at a version. */
  public static fromJavaSdkLayerVersion(version: AdotLambdaLayerJavaSdkVersion): AdotLayerVersion {
    return AdotLayerVersion.fromAdotVersion(version);
  }

  /** The ADOT layer for Java auto-instrumentation (the Java agent), at a version. */
  public static fromJavaAutoInstrumentationLayerVersion(version: AdotLambdaLayerJavaAutoInstrumentationVersion): AdotLayerVersion {
    return AdotLayerVersion.fromAdotVersion(version);
  }

  /** The ADOT layer for the JavaScript SDK, at a version. */
  public static fromJavaScriptSdkLayerVersion(version: AdotLambdaLayerJavaScriptSdkVersion): AdotLayerVersion {
    return AdotLayerVersion.fromAdotVersion(version);
  }

  /** The ADOT layer for the Python SDK, at a version (the function must use `AdotLambdaExecWrapper.INSTRUMENT_HANDLER`). */
  public static fromPythonSdkLayerVersion(version: AdotLambdaLayerPythonSdkVersion): AdotLayerVersion {
    return AdotLayerVersion.fromAdotVersion(version);
  }

  /** The generic ADOT layer (the collector alone, for manual instrumentation), at a version. */
  public static fromGenericLayerVersion(version: AdotLambdaLayerGenericVersion): AdotLayerVersion {
    return AdotLayerVersion.fromAdotVersion(version);
  }

  private static fromAdotVersion(version: AdotLambdaLayerVersion): AdotLayerVersion {
    return new class extends AdotLayerVersion {
      public _bind(fn: IFunction): AdotLambdaLayerBindConfig {
        return { arn: version.layerArn(fn, fn.architecture) };
      }
    }();
  }

  /**
   * The layer a function gets.
   * @internal
   */
  public abstract _bind(fn: IFunction): AdotLambdaLayerBindConfig;
}

/** A version of an ADOT layer type: it knows the layer's ARN per region and architecture. */
abstract class AdotLambdaLayerVersion {
  protected constructor(protected readonly type: AdotLambdaLayerType, protected readonly layerVersion: string) { }

  /**
   * The ARN of the layer for the region of `scope`'s stack (an expression over `AWS::Region`, or a mapping lookup,
   * when the stack has no concrete region).
   * @param scope a construct in the stack the layer is used in
   * @param architecture the architecture of the function (X86_64 or ARM_64)
   */
  public layerArn(scope: IConstruct, architecture: Architecture): string {
    const type = this.type;
    const version = this.layerVersion;
    const arch = architecture.name;
    return regionalFact(scope, `adot-lambda-layer:${type}_${version.split('.').join('_')}_${arch}`,
      regionTableLookup(adotLayerTable(type, version, arch)), {
        missingInRegion: region => `Could not find the ARN information for the ADOT Lambda Layer of type ${type} and `
          + `version ${version} (${arch}) in ${region}; ADOT layers are published in fewer regions than Lambda: pick a `
          + 'version available there, or add a layer by ARN with addLayers',
        missingEverywhere: () => `The ADOT Lambda Layer of type ${type} and version ${version} (${arch}) is not `
          + "available in any region of the target partitions (context '@aws-cdk/core:target-partitions')",
      });
  }
}

/** The versions of the ADOT Lambda layer for the Java SDK. */
export class AdotLambdaLayerJavaSdkVersion extends AdotLambdaLayerVersion {
  /** Version 1.32.0-1 */
  public static readonly V1_32_0_1 = new AdotLambdaLayerJavaSdkVersion('1.32.0-1');
  /** Version 1.32.0 */
  public static readonly V1_32_0 = new AdotLambdaLayerJavaSdkVersion('1.32.0');
  /** Version 1.31.0 */
  public static readonly V1_31_0 = new AdotLambdaLayerJavaSdkVersion('1.31.0');
  /** Version 1.30.0 */
  public static readonly V1_30_0 = new AdotLambdaLayerJavaSdkVersion('1.30.0');
  /** Version 1.28.1 */
  public static readonly V1_28_1 = new AdotLambdaLayerJavaSdkVersion('1.28.1');
  /** Version 1.19.0 */
  public static readonly V1_19_0 = new AdotLambdaLayerJavaSdkVersion('1.19.0');
  /** The latest version this library knows; a newer one may change behaviour: test before deploying it. */
  public static readonly LATEST = AdotLambdaLayerJavaSdkVersion.V1_32_0_1;

  private constructor(protected override readonly layerVersion: string) {
    super(AdotLambdaLayerType.JAVA_SDK, layerVersion);
  }
}

/** The versions of the ADOT Lambda layer for Java auto-instrumentation (the Java agent). */
export class AdotLambdaLayerJavaAutoInstrumentationVersion extends AdotLambdaLayerVersion {
  /** Version 1.32.0-1 */
  public static readonly V1_32_0_1 = new AdotLambdaLayerJavaAutoInstrumentationVersion('1.32.0-1');
  /** Version 1.32.0 */
  public static readonly V1_32_0 = new AdotLambdaLayerJavaAutoInstrumentationVersion('1.32.0');
  /** Version 1.31.0 */
  public static readonly V1_31_0 = new AdotLambdaLayerJavaAutoInstrumentationVersion('1.31.0');
  /** Version 1.30.0 */
  public static readonly V1_30_0 = new AdotLambdaLayerJavaAutoInstrumentationVersion('1.30.0');
  /** Version 1.28.1 */
  public static readonly V1_28_1 = new AdotLambdaLayerJavaAutoInstrumentationVersion('1.28.1');
  /** Version 1.19.2 */
  public static readonly V1_19_2 = new AdotLambdaLayerJavaAutoInstrumentationVersion('1.19.2');
  /** The latest version this library knows; a newer one may change behaviour: test before deploying it. */
  public static readonly LATEST = AdotLambdaLayerJavaAutoInstrumentationVersion.V1_32_0_1;

  private constructor(protected override readonly layerVersion: string) {
    super(AdotLambdaLayerType.JAVA_AUTO_INSTRUMENTATION, layerVersion);
  }
}

/** The versions of the ADOT Lambda layer for the Python SDK. */
export class AdotLambdaLayerPythonSdkVersion extends AdotLambdaLayerVersion {
  /** Version 1.29.0 */
  public static readonly V1_29_0 = new AdotLambdaLayerPythonSdkVersion('1.29.0');
  /** Version 1.25.0 */
  public static readonly V1_25_0 = new AdotLambdaLayerPythonSdkVersion('1.25.0');
  /** Version 1.24.0 */
  public static readonly V1_24_0 = new AdotLambdaLayerPythonSdkVersion('1.24.0');
  /** Version 1.21.0 */
  public static readonly V1_21_0 = new AdotLambdaLayerPythonSdkVersion('1.21.0');
  /** Version 1.20.0-1 */
  public static readonly V1_20_0_1 = new AdotLambdaLayerPythonSdkVersion('1.20.0-1');
  /** Version 1.20.0 */
  public static readonly V1_20_0 = new AdotLambdaLayerPythonSdkVersion('1.20.0');
  /** Version 1.19.0-1 */
  public static readonly V1_19_0_1 = new AdotLambdaLayerPythonSdkVersion('1.19.0-1');
  /** Version 1.18.0 */
  public static readonly V1_18_0 = new AdotLambdaLayerPythonSdkVersion('1.18.0');
  /** Version 1.17.0 */
  public static readonly V1_17_0 = new AdotLambdaLayerPythonSdkVersion('1.17.0');
  /** Version 1.16.0 */
  public static readonly V1_16_0 = new AdotLambdaLayerPythonSdkVersion('1.16.0');
  /** Version 1.15.0 */
  public static readonly V1_15_0 = new AdotLambdaLayerPythonSdkVersion('1.15.0');
  /** Version 1.14.0 */
  public static readonly V1_14_0 = new AdotLambdaLayerPythonSdkVersion('1.14.0');
  /** Version 1.13.0 */
  public static readonly V1_13_0 = new AdotLambdaLayerPythonSdkVersion('1.13.0');
  /** The latest version this library knows; a newer one may change behaviour: test before deploying it. */
  public static readonly LATEST = AdotLambdaLayerPythonSdkVersion.V1_29_0;

  private constructor(protected override readonly layerVersion: string) {
    super(AdotLambdaLayerType.PYTHON_SDK, layerVersion);
  }
}

/** The versions of the ADOT Lambda layer for the JavaScript SDK. */
export class AdotLambdaLayerJavaScriptSdkVersion extends AdotLambdaLayerVersion {
  /** Version 1.30.0 */
  public static readonly V1_30_0 = new AdotLambdaLayerJavaScriptSdkVersion('1.30.0');
  /** Version 1.18.1 */
  public static readonly V1_18_1 = new AdotLambdaLayerJavaScriptSdkVersion('1.18.1');
  /** Version 1.17.1 */
  public static readonly V1_17_1 = new AdotLambdaLayerJavaScriptSdkVersion('1.17.1');
  /** Version 1.16.0 */
  public static readonly V1_16_0 = new AdotLambdaLayerJavaScriptSdkVersion('1.16.0');
  /** Version 1.15.0-1 */
  public static readonly V1_15_0_1 = new AdotLambdaLayerJavaScriptSdkVersion('1.15.0-1');
  /** Version 1.7.0 */
  public static readonly V1_7_0 = new AdotLambdaLayerJavaScriptSdkVersion('1.7.0');
  /** The latest version this library knows; a newer one may change behaviour: test before deploying it. */
  public static readonly LATEST = AdotLambdaLayerJavaScriptSdkVersion.V1_30_0;

  private constructor(protected override readonly layerVersion: string) {
    super(AdotLambdaLayerType.JAVASCRIPT_SDK, layerVersion);
  }
}

/** The versions of the generic ADOT Lambda layer (the collector alone). */
export class AdotLambdaLayerGenericVersion extends AdotLambdaLayerVersion {
  /** Version 0.115.0 */
  public static readonly V0_115_0 = new AdotLambdaLayerGenericVersion('0.115.0');
  /** Version 0.102.1 */
  public static readonly V0_102_1 = new AdotLambdaLayerGenericVersion('0.102.1');
  /** Version 0.98.0 */
  public static readonly V0_98_0 = new AdotLambdaLayerGenericVersion('0.98.0');
  /** Version 0.90.1 */
  public static readonly V0_90_1 = new AdotLambdaLayerGenericVersion('0.90.1');
  /** Version 0.88.0 */
  public static readonly V0_88_0 = new AdotLambdaLayerGenericVersion('0.88.0');
  /** Version 0.84.0 */
  public static readonly V0_84_0 = new AdotLambdaLayerGenericVersion('0.84.0');
  /** Version 0.82.0 */
  public static readonly V0_82_0 = new AdotLambdaLayerGenericVersion('0.82.0');
  /** Version 0.62.1 */
  public static readonly V0_62_1 = new AdotLambdaLayerGenericVersion('0.62.1');
  /** The latest version this library knows; a newer one may change behaviour: test before deploying it. */
  public static readonly LATEST = AdotLambdaLayerGenericVersion.V0_115_0;

  private constructor(protected override readonly layerVersion: string) {
    super(AdotLambdaLayerType.GENERIC, layerVersion);
  }
}
