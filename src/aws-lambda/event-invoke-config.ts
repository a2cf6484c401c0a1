import type { Construct } from 'constructs';
import { Duration, Resource, Token, ValidationError } from '../core';
import { DestinationType, IDestination } from './destination';
import type { IFunction } from './function-base';
import { CfnEventInvokeConfig } from './lambda.generated';

/** How Lambda handles asynchronous invocations of a function. */
export interface EventInvokeConfigOptions {
  /**
   * Where the result of a failed invocation goes.
   * @default - nowhere
   */
  readonly onFailure?: IDestination;

  /**
   * Where the result of a successful invocation goes.
   * @default - nowhere
   */
  readonly onSuccess?: IDestination;

  /**
   * How long Lambda keeps an event before dropping it: 60 seconds to 6 hours.
   * @default Duration.hours(6) (not rendered)
   */
  readonly maxEventAge?: Duration;

  /**
   * How often Lambda retries an invocation that returned an error: 0 to 2.
   * @default 2 (not rendered)
   */
  readonly retryAttempts?: number;
}

/** The asynchronous invocation configuration of a function (or one of its versions or aliases). */
export interface EventInvokeConfigProps extends EventInvokeConfigOptions {
  /** The function it applies to. */
  readonly function: IFunction;

  /**
   * The version or alias it applies to.
   * @default '$LATEST'
   */
  readonly qualifier?: string;
}

const MIN_EVENT_AGE_SECONDS = 60;
const MAX_EVENT_AGE_SECONDS = 6 * 3600;
const MAX_RETRY_ATTEMPTS = 2;

/**
 * How Lambda handles asynchronous invocations of a function, version or alias: retries, how long events are kept,
 * and where results go.
 *
 * @resource AWS::Lambda::EventInvokeConfig
 */
export class EventInvokeConfig extends Resource {
  constructor(scope: Construct, id: string, props: EventInvokeConfigProps) {
    super(scope, id);

    if (props.maxEventAge !== undefined && !props.maxEventAge.isUnresolved()) {
      const seconds = props.maxEventAge.toSeconds();
      if (seconds < MIN_EVENT_AGE_SECONDS || seconds > MAX_EVENT_AGE_SECONDS) {
        throw new ValidationError(`maxEventAge must be between ${MIN_EVENT_AGE_SECONDS} and ${MAX_EVENT_AGE_SECONDS} seconds `
          + `(1 minute to 6 hours), got ${seconds} seconds`, this);
      }
    }
    if (props.retryAttempts !== undefined && !Token.isUnresolved(props.retryAttempts)
      && (props.retryAttempts < 0 || props.retryAttempts > MAX_RETRY_ATTEMPTS || !Number.isInteger(props.retryAttempts))) {
      throw new ValidationError(`retryAttempts must be a whole number from 0 to ${MAX_RETRY_ATTEMPTS}, got ${props.retryAttempts}`, this);
    }

    // Failure first: binding a destination may grant the function access to it, and that order shows in its policy.
    const onFailure = props.onFailure?.bind(this, props.function, { type: DestinationType.FAILURE });
    const onSuccess = props.onSuccess?.bind(this, props.function, { type: DestinationType.SUCCESS });

    new CfnEventInvokeConfig(this, 'Resource', {
      destinationConfig: onFailure || onSuccess
        ? {
          onFailure: onFailure ? { destination: onFailure.destination } : undefined,
          onSuccess: onSuccess ? { destination: onSuccess.destination } : undefined,
        }
        : undefined,
      functionName: props.function.functionName,
      maximumEventAgeInSeconds: props.maxEventAge?.toSeconds(),
      maximumRetryAttempts: props.retryAttempts,
      qualifier: props.qualifier ?? '$LATEST',
    });
  }
}
