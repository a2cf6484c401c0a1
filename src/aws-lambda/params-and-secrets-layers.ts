import type { Construct } from 'constructs';
import { Duration, Token, Tokenization, ValidationError } from '../core';
import { regionalFact, regionTableLookup } from '../core/region-facts';
import { Architecture } from './architecture';
import type { IFunction } from './function-base';
import { paramsAndSecretsLayerTable } from './private/extension-layer-data';

/** The published versions of the AWS Parameters and Secrets Lambda Extension. */
export enum ParamsAndSecretsVersions {
  /** Version 1.0.103 (the latest this library knows). */
  V1_0_103 = '1.0.103',
}

/** How much the Parameters and Secrets Extension logs. */
export enum ParamsAndSecretsLogLevel {
  /** Debug: also shows the cache configuration. */
  DEBUG = 'debug',
  /** Info */
  INFO = 'info',
  /** Warnings */
  WARN = 'warn',
  /** Errors */
  ERROR = 'error',
  /** Nothing */
  NONE = 'none',
}

/** The configuration of the Parameters and Secrets Extension, passed to it as environment variables. */
export interface ParamsAndSecretsOptions {
  /**
   * Whether the extension caches parameters and secrets.
   * @default true
   */
  readonly cacheEnabled?: boolean;

  /**
   * The most secrets and parameters the cache holds: 0 to 1000 (0 turns caching off). Ignored when both
   * `parameterStoreTtl` and `secretsManagerTtl` are 0.
   * @default 1000
   */
  readonly cacheSize?: number;

  /**
   * The port of the extension's local HTTP server: 1 to 65535.
   * @default 2773
   */
  readonly httpPort?: number;

  /**
   * How much the extension logs (`DEBUG` shows the cache configuration).
   * @default ParamsAndSecretsLogLevel.INFO
   */
  readonly logLevel?: ParamsAndSecretsLogLevel;

  /**
   * The most HTTP connections the extension opens to Parameter Store or Secrets Manager, per running copy of the
   * function: at least 1, no upper limit.
   * @default 3
   */
  readonly maxConnections?: number;

  /**
   * How long a request to Secrets Manager may take (0 means no timeout).
   * @default Duration.millis(0)
   */
  readonly secretsManagerTimeout?: Duration;

  /**
   * How long a secret stays cached: at most 300 seconds (0 turns the secret cache off). Ignored when `cacheSize` is 0.
   * @default Duration.seconds(300)
   */
  readonly secretsManagerTtl?: Duration;

  /**
   * How long a request to Parameter Store may take (0 means no timeout).
   * @default Duration.millis(0)
   */
  readonly parameterStoreTimeout?: Duration;

  /**
   * How long a parameter stays cached: at most 300 seconds (0 turns the parameter cache off). Ignored when
   * `cacheSize` is 0.
   * @default Duration.seconds(300)
   */
  readonly parameterStoreTtl?: Duration;
}

/** What binding the extension to a function gives: the layer to add and its configuration variables. */
interface ParamsAndSecretsBindConfig {
  /** The ARN of the extension layer version. */
  readonly arn: string;

  /** The environment variables that configure the extension, in the order they are set. */
  readonly environmentVars: { readonly [key: string]: string };
}

/**
 * A version of the AWS Parameters and Secrets Lambda Extension with its configuration: a layer that reads and caches
 * SSM parameters and Secrets Manager secrets for the function over a local HTTP server. Grant the function read
 * access to the parameters and secrets it uses.
 */
export abstract class ParamsAndSecretsLayerVersion {
  /**
   * Use the extension layer version with this ARN (for versions this library does not list); it must be in the
   * function's region and match its architecture.
   */
  public static fromVersionArn(arn: string, options: ParamsAndSecretsOptions = {}): ParamsAndSecretsLayerVersion {
    return new class extends ParamsAndSecretsLayerVersion {
      public _bind(scope: Construct, _fn: IFunction): ParamsAndSecretsBindConfig {
        return { arn, environmentVars: this.environmentVariablesFromOptions(scope) };
      }
    }(options);
  }

  /** Use a published version of the extension, in the function's region and for its architecture. */
  public static fromVersion(version: ParamsAndSecretsVersions, options: ParamsAndSecretsOptions = {}): ParamsAndSecretsLayerVersion {
    return new class extends ParamsAndSecretsLayerVersion {
      public _bind(scope: Construct, fn: IFunction): ParamsAndSecretsBindConfig {
        // The layer first: an unsupported region is reported before the options.
        const arn = paramsAndSecretsLayerArn(scope, version, fn.architecture ?? Architecture.X86_64);
        return { arn, environmentVars: this.environmentVariablesFromOptions(scope) };
      }
    }(options);
  }

  private constructor(private readonly options: ParamsAndSecretsOptions) { }

  /**
   * The layer and configuration variables a function gets.
   * @internal
   */
  public abstract _bind(scope: Construct, fn: IFunction): ParamsAndSecretsBindConfig;

  /** The configuration variables of the extension, every one set (defaults included), after checking the options. */
  private environmentVariablesFromOptions(scope: Construct): { [key: string]: string } {
    const options = this.options;
    const cacheSize = options.cacheSize ?? 1000;
    const httpPort = options.httpPort ?? 2773;
    const maxConnections = options.maxConnections ?? 3;
    checkNumber(scope, 'cacheSize', cacheSize, 0, 1000);
    checkNumber(scope, 'httpPort', httpPort, 1, 65535);
    checkNumber(scope, 'maxConnections', maxConnections, 1, undefined);
    const secretsManagerTtl = cachedSeconds(scope, 'secretsManagerTtl', options.secretsManagerTtl);
    const parameterStoreTtl = cachedSeconds(scope, 'parameterStoreTtl', options.parameterStoreTtl);

    return {
      PARAMETERS_SECRETS_EXTENSION_CACHE_ENABLED: String(options.cacheEnabled ?? true),
      PARAMETERS_SECRETS_EXTENSION_CACHE_SIZE: Tokenization.stringifyNumber(cacheSize),
      PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: Tokenization.stringifyNumber(httpPort),
      PARAMETERS_SECRETS_EXTENSION_LOG_LEVEL: options.logLevel ?? ParamsAndSecretsLogLevel.INFO,
      PARAMETERS_SECRETS_EXTENSION_MAX_CONNECTIONS: Tokenization.stringifyNumber(maxConnections),
      SECRETS_MANAGER_TIMEOUT_MILLIS: Tokenization.stringifyNumber(options.secretsManagerTimeout?.toMilliseconds() ?? 0),
      SECRETS_MANAGER_TTL: Tokenization.stringifyNumber(secretsManagerTtl),
      SSM_PARAMETER_STORE_TIMEOUT_MILLIS: Tokenization.stringifyNumber(options.parameterStoreTimeout?.toMilliseconds() ?? 0),
      SSM_PARAMETER_STORE_TTL: Tokenization.stringifyNumber(parameterStoreTtl),
    };
  }
}

const MAX_CACHE_TTL_SECONDS = 300;

/** A literal number must be within [min, max]; a token is left to deployment. */
function checkNumber(scope: Construct, option: string, value: number, min: number, max: number | undefined): void {
  if (Token.isUnresolved(value)) { return; }
  if (value < min || (max !== undefined && value > max)) {
    const allowed = max === undefined ? `at least ${min}` : `from ${min} to ${max} inclusive`;
    throw new ValidationError(`Parameters and Secrets Extension option ${option} must be ${allowed}, got ${value}`, scope);
  }
}

/** A cache TTL in whole seconds, at most 300 (default 300). */
function cachedSeconds(scope: Construct, option: string, ttl: Duration | undefined): number {
  const seconds = (ttl ?? Duration.seconds(MAX_CACHE_TTL_SECONDS)).toSeconds();
  if (!Token.isUnresolved(seconds) && seconds > MAX_CACHE_TTL_SECONDS) {
    throw new ValidationError(`Parameters and Secrets Extension option ${option} must be at most `
      + `${MAX_CACHE_TTL_SECONDS} seconds, got ${seconds} seconds`, scope);
  }
  return seconds;
}

/** The extension's layer ARN in the region of `scope`'s stack (a mapping lookup when it has no concrete region). */
function paramsAndSecretsLayerArn(scope: Construct, version: string, architecture: Architecture): string {
  const arch = architecture.name;
  return regionalFact(scope, `params-and-secrets-layer:${version.split('.').join('_')}_${arch}`,
    regionTableLookup(paramsAndSecretsLayerTable(version, arch)), {
      missingInRegion: region => `Parameters and Secrets Extension is not supported in region ${region} for ${arch} `
        + 'architecture; use ParamsAndSecretsLayerVersion.fromVersionArn with a layer published there, or another region',
      missingEverywhere: () => `Parameters and Secrets Extension version ${version} (${arch}) is not available in any `
        + "region of the target partitions (context '@aws-cdk/core:target-partitions')",
    });
}
