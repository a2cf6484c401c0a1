import type * as iam from '../aws-iam';
import type * as sns from '../aws-sns';
import type * as sqs from '../aws-sqs';
import type { Duration, Size } from '../core';
import type { IKeyRef } from '../interfaces/generated/aws-kms-interfaces.generated';
import type { ILogGroupRef } from '../interfaces/generated/aws-logs-interfaces.generated';
import type { AdotInstrumentationConfig } from './adot-layers';
import type { Architecture } from './architecture';
import type { Code } from './code';
import type { EventInvokeConfigOptions } from './event-invoke-config';
import type { IEventSource } from './event-source';
import type { LambdaInsightsVersion } from './lambda-insights';
import type { ICodeSigningConfigRef } from './lambda.generated';
import type { VersionOptions } from './lambda-version';
import type { ILayerVersion } from './layers';
import type { ApplicationLogLevel, LoggingFormat, SystemLogLevel } from './logging-config';
import type { ParamsAndSecretsLayerVersion } from './params-and-secrets-layers';
import type { Runtime } from './runtime';
import type { RuntimeManagementMode } from './runtime-management';
import type { SnapStartConf } from './snapstart-config';

/** How Lambda traces invocations with AWS X-Ray. */
export enum Tracing {
  /** Trace sampled requests: follow an incoming trace header, or sample at Lambda's fixed rate when there is none. */
  ACTIVE = 'Active',
  /** Trace only requests whose incoming trace header says they are sampled. */
  PASS_THROUGH = 'PassThrough',
  /** No tracing (nothing is rendered). */
  DISABLED = 'Disabled',
}

/** What Lambda does when it detects that the function is part of a recursive loop. */
export enum RecursiveLoop {
  /** Let the loop go on. */
  ALLOW = 'Allow',
  /** Stop the loop (Lambda's default). */
  TERMINATE = 'Terminate',
}

/** Options for one environment variable. */
export interface EnvironmentOptions {
  /**
   * Drop this variable when the function is used with Lambda@Edge (which allows no environment variables).
   * @default false - using the function with Lambda@Edge is an error
   */
  readonly removeInEdge?: boolean;
}

/** The options of a function other than its code, handler and runtime. */
export interface FunctionOptions extends EventInvokeConfigOptions {
  /**
   * A description of the function (at most 256 characters).
   * @default - No description.
   */
  readonly description?: string;

  /**
   * How long an invocation may run before Lambda stops it (whole seconds; CloudFormation allows up to 15 minutes).
   * @default Duration.seconds(3)
   */
  readonly timeout?: Duration;

  /**
   * Options of the version `fn.currentVersion` creates (removal policy, provisioned concurrency, async invoke...).
   * @default - the defaults of `Version`
   */
  readonly currentVersionOptions?: VersionOptions;

  /**
   * Environment variables of the function; more can be added with `addEnvironment`. Names reserved by the Lambda
   * runtime (such as AWS_REGION) are rejected.
   * @default - No environment variables.
   */
  readonly environment?: { [key: string]: string };

  /**
   * The physical name of the function (at most 64 letters, digits, hyphens and underscores).
   * @default - CloudFormation generates a unique name
   */
  readonly functionName?: string;

  /**
   * Memory in MB; CPU power grows with it.
   * @default 128
   */
  readonly memorySize?: number;

  /**
   * The size of the function’s /tmp directory in MiB: from 512 to 10240.
   * @default 512 MiB
   */
  readonly ephemeralStorageSize?: Size;

  /**
   * Statements for the execution role's policy, added first; `addToRolePolicy` adds more later.
   * @default - no statements
   */
  readonly initialPolicy?: iam.PolicyStatement[];

  /**
   * The execution role Lambda assumes to run the function. It is used as is: give it the AWSLambdaBasicExecutionRole
   * managed policy (for logging) yourself.
   * @default - a new role (`ServiceRole`) with the `service-role/AWSLambdaBasicExecutionRole` managed policy
   */
  readonly role?: iam.IRole;

  /**
   * Send events that failed asynchronous invocation to a dead-letter queue; without `deadLetterQueue`, a queue that
   * keeps messages 14 days is created.
   * @default - false, unless `deadLetterQueue` is given
   */
  readonly deadLetterQueueEnabled?: boolean;

  /**
   * The SQS queue that receives failed asynchronous events (the function may send to it).
   * @default - a new queue when `deadLetterQueueEnabled` is true, else none
   */
  readonly deadLetterQueue?: sqs.IQueue;

  /**
   * The SNS topic that receives failed asynchronous events (the function may publish to it). Cannot be combined
   * with `deadLetterQueue` or `deadLetterQueueEnabled`.
   * @default - no topic
   */
  readonly deadLetterTopic?: sns.ITopic;

  /**
   * X-Ray tracing; Active and PassThrough also let the function send traces.
   * @default Tracing.DISABLED
   */
  readonly tracing?: Tracing;

  /**
   * SnapStart for published versions (runtimes with `supportsSnapStart`, and at most 512 MiB of ephemeral storage).
   * @default - no SnapStart
   */
  readonly snapStart?: SnapStartConf;

  /**
   * Layers for the function (at most 5, each compatible with its runtime); `addLayers` adds more.
   * @default - no layers
   */
  readonly layers?: ILayerVersion[];

  /**
   * Concurrency reserved for (and limiting) this function; 0 stops all invocations.
   * @default - no reservation: the function shares the account's unreserved concurrency
   */
  readonly reservedConcurrentExecutions?: number;

  /**
   * Event sources bound to the function at creation; `addEventSource` adds more.
   * @default - no event sources
   */
  readonly events?: IEventSource[];

  /**
   * The KMS key that encrypts the environment variables at rest.
   * @default - the AWS managed key of Lambda
   */
  readonly environmentEncryption?: IKeyRef;

  /**
   * The code signing configuration that decides which code may be deployed to the function.
   * @default - no code signing
   */
  readonly codeSigningConfig?: ICodeSigningConfigRef;

  /**
   * The architectures of the function (one at most).
   * @default [Architecture.X86_64]
   * @deprecated use `architecture`
   */
  readonly architectures?: Architecture[];

  /**
   * The instruction set the function runs on (rendered only when given).
   * @default Architecture.X86_64
   */
  readonly architecture?: Architecture;

  /**
   * When Lambda updates the runtime version of the function.
   * @default RuntimeManagementMode.AUTO (not rendered)
   */
  readonly runtimeManagementMode?: RuntimeManagementMode;

  /**
   * The log group the function writes to.
   * @default - Lambda's own `/aws/lambda/<function name>` group, created on first write
   */
  readonly logGroup?: ILogGroupRef;

  /**
   * The log format, as a string ('Text' or 'JSON').
   * @default "Text"
   * @deprecated use `loggingFormat`
   */
  readonly logFormat?: string;

  /**
   * The log format: plain text, or JSON (required by the log levels).
   * @default LoggingFormat.TEXT (not rendered)
   */
  readonly loggingFormat?: LoggingFormat;

  /**
   * What Lambda does when it detects the function in a recursive loop.
   * @default RecursiveLoop.TERMINATE (not rendered)
   */
  readonly recursiveLoop?: RecursiveLoop;

  /**
   * The lowest level of application logs to keep, as a string.
   * @default "INFO"
   * @deprecated use `applicationLogLevelV2`
   */
  readonly applicationLogLevel?: string;

  /**
   * The lowest level of application logs to keep (JSON logging only).
   * @default ApplicationLogLevel.INFO
   */
  readonly applicationLogLevelV2?: ApplicationLogLevel;

  /**
   * The lowest level of Lambda's own logs to keep, as a string.
   * @default "INFO"
   * @deprecated use `systemLogLevelV2`
   */
  readonly systemLogLevel?: string;

  /**
   * The lowest level of Lambda's own logs to keep (JSON logging only).
   * @default SystemLogLevel.INFO
   */
  readonly systemLogLevelV2?: SystemLogLevel;

  /**
   * Add the CloudWatch Lambda Insights extension at this version (as the layer `LambdaInsightsLayer`, except for
   * container images, which bring it themselves) and give the role the CloudWatchLambdaInsightsExecutionRolePolicy
   * managed policy.
   * @default - no Lambda Insights
   */
  readonly insightsVersion?: LambdaInsightsVersion;

  /**
   * Instrument the function with AWS Distro for OpenTelemetry: adds the ADOT layer, sets AWS_LAMBDA_EXEC_WRAPPER, and
   * turns on active X-Ray tracing unless `tracing` is set. Not for container images or Go 1.x; Python needs
   * `AdotLambdaExecWrapper.INSTRUMENT_HANDLER`.
   * @default - no ADOT instrumentation
   */
  readonly adotInstrumentation?: AdotInstrumentationConfig;

  /**
   * Add the AWS Parameters and Secrets Lambda Extension (layer and configuration variables). Grant the function read
   * access to the parameters and secrets it reads.
   * @default - no Parameters and Secrets Extension
   */
  readonly paramsAndSecrets?: ParamsAndSecretsLayerVersion;
}

/** Properties of a new Lambda function. */
export interface FunctionProps extends FunctionOptions {
  /** The runtime that runs the code (`Runtime.FROM_IMAGE` for container image code). */
  readonly runtime: Runtime;

  /** The code of the function: inline, in S3, an asset or a container image. */
  readonly code: Code;

  /**
   * The entry point Lambda calls, in the runtime's notation (e.g. `index.handler`); `Handler.FROM_IMAGE` for
   * container image code.
   */
  readonly handler: string;
}
