import type { IConstruct } from 'constructs';
import { Annotations, Size, Token, ValidationError } from '../../core';
import type { CfnFunction } from '../lambda.generated';
import type { FunctionProps } from '../function-props';
import { LoggingFormat } from '../logging-config';
import { Runtime } from '../runtime';

const MAX_NAME_LENGTH = 64;
const NAME_PATTERN = /^[a-zA-Z0-9-_]+$/;
const MAX_DESCRIPTION_LENGTH = 256;
const MIN_EPHEMERAL_MIB = 512;
const MAX_EPHEMERAL_MIB = 10240;

/** Environment variables the Lambda runtime sets itself; a function may not define them. */
const RESERVED_ENVIRONMENT_VARIABLES: ReadonlySet<string> = new Set([
  '_HANDLER', '_X_AMZN_TRACE_ID', 'AWS_DEFAULT_REGION', 'AWS_REGION', 'AWS_EXECUTION_ENV', 'AWS_LAMBDA_FUNCTION_NAME',
  'AWS_LAMBDA_FUNCTION_MEMORY_SIZE', 'AWS_LAMBDA_FUNCTION_VERSION', 'AWS_LAMBDA_INITIALIZATION_TYPE',
  'AWS_LAMBDA_LOG_GROUP_NAME', 'AWS_LAMBDA_LOG_STREAM_NAME', 'AWS_ACCESS_KEY', 'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_LAMBDA_RUNTIME_API', 'LAMBDA_TASK_ROOT', 'LAMBDA_RUNTIME_DIR',
]);

/** A literal function name must be at most 64 letters, digits, hyphens and underscores. */
export function validateFunctionName(scope: IConstruct, name: string | undefined): void {
  if (name === undefined || Token.isUnresolved(name)) { return; }
  if (name.length > MAX_NAME_LENGTH) {
    throw new ValidationError(`functionName must be at most ${MAX_NAME_LENGTH} characters, got ${name.length}: '${name}'`, scope);
  }
  if (!NAME_PATTERN.test(name)) {
    throw new ValidationError(`functionName may only contain letters, digits, hyphens and underscores (no spaces), got '${name}'`, scope);
  }
}

/** A literal description must be at most 256 characters. */
export function validateDescription(scope: IConstruct, description: string | undefined): void {
  if (description === undefined || Token.isUnresolved(description)) { return; }
  if (description.length > MAX_DESCRIPTION_LENGTH) {
    throw new ValidationError(`description must be at most ${MAX_DESCRIPTION_LENGTH} characters, got ${description.length}`, scope);
  }
}

/** The Lambda runtime owns some variable names. */
export function validateEnvironmentVariableName(scope: IConstruct, key: string): void {
  if (RESERVED_ENVIRONMENT_VARIABLES.has(key)) {
    throw new ValidationError(`Environment variable '${key}' is reserved by the Lambda runtime and cannot be set; reserved `
      + `names: ${[...RESERVED_ENVIRONMENT_VARIABLES].join(', ')} `
      + '(https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html)', scope);
  }
}

/** Ephemeral storage is 512 to 10240 MiB (checked when known). */
export function validateEphemeralStorage(scope: IConstruct, size: Size | undefined): void {
  if (size === undefined || size.isUnresolved()) { return; }
  const mib = size.toMebibytes();
  if (mib < MIN_EPHEMERAL_MIB || mib > MAX_EPHEMERAL_MIB) {
    throw new ValidationError(`ephemeralStorageSize must be from ${MIN_EPHEMERAL_MIB} to ${MAX_EPHEMERAL_MIB} MiB, got ${mib} MiB`, scope);
  }
}

/** The legacy `architectures` list: one entry at most, and not together with `architecture`. */
export function validateArchitectureProps(scope: IConstruct, props: FunctionProps): void {
  if (props.architectures === undefined) { return; }
  if (props.architecture !== undefined) {
    throw new ValidationError('Give either architecture or the deprecated architectures, not both', scope);
  }
  if (props.architectures.length > 1) {
    throw new ValidationError(`A function has one architecture; architectures lists ${props.architectures.length}: `
      + `${props.architectures.map(a => a.name).join(', ')}`, scope);
  }
}

/** SnapStart needs a runtime that supports it (or an image), and at most 512 MiB of ephemeral storage. */
export function renderSnapStart(scope: IConstruct, props: FunctionProps): CfnFunction.SnapStartProperty | undefined {
  if (!props.snapStart) { return undefined; }
  if (props.runtime !== Runtime.FROM_IMAGE && !props.runtime.supportsSnapStart) {
    const supported = [...new Set(Runtime.ALL.filter(r => r.supportsSnapStart).map(r => r.name))];
    throw new ValidationError(`SnapStart is not supported by runtime '${props.runtime.name}'; runtimes with SnapStart: `
      + `${supported.join(', ')}`, scope);
  }
  if (props.ephemeralStorageSize && !props.ephemeralStorageSize.isUnresolved()
    && props.ephemeralStorageSize.toMebibytes() > MIN_EPHEMERAL_MIB) {
    throw new ValidationError(`SnapStart does not support more than ${MIN_EPHEMERAL_MIB} MiB of ephemeral storage, got `
      + `${props.ephemeralStorageSize.toMebibytes()} MiB`, scope);
  }
  Annotations.of(scope).addWarningV2('@aws-cdk/aws-lambda:snapStartRequirePublish',
    'SnapStart applies to published versions only: publish one (e.g. use fn.currentVersion) for it to take effect. '
    + 'Acknowledge this warning if the function already has published versions.');
  return props.snapStart._render();
}

/** The `LoggingConfig` property: rendered when a format or a log group is given; levels require the JSON format. */
export function renderLoggingConfig(scope: IConstruct, props: FunctionProps): CfnFunction.LoggingConfigProperty | undefined {
  if (props.logFormat !== undefined && props.loggingFormat !== undefined) {
    throw new ValidationError('Give either loggingFormat or the deprecated logFormat, not both', scope);
  }
  if (props.applicationLogLevel !== undefined && props.applicationLogLevelV2 !== undefined) {
    throw new ValidationError('Give either applicationLogLevelV2 or the deprecated applicationLogLevel, not both', scope);
  }
  if (props.systemLogLevel !== undefined && props.systemLogLevelV2 !== undefined) {
    throw new ValidationError('Give either systemLogLevelV2 or the deprecated systemLogLevel, not both', scope);
  }
  const applicationLogLevel = props.applicationLogLevelV2 ?? props.applicationLogLevel;
  const systemLogLevel = props.systemLogLevelV2 ?? props.systemLogLevel;
  const format = props.loggingFormat ?? props.logFormat;
  if ((applicationLogLevel !== undefined || systemLogLevel !== undefined) && format !== LoggingFormat.JSON) {
    const property = props.loggingFormat !== undefined ? 'loggingFormat' : 'logFormat';
    throw new ValidationError(`applicationLogLevel and systemLogLevel need JSON logs: set ${property} to `
      + `${property === 'loggingFormat' ? 'LoggingFormat.JSON' : "'JSON'"}, got ${format === undefined ? 'none' : `'${format}'`}`, scope);
  }
  if (format === undefined && props.logGroup === undefined) { return undefined; }
  return {
    logFormat: format,
    applicationLogLevel,
    systemLogLevel,
    logGroup: props.logGroup?.logGroupRef.logGroupName,
  };
}
