import { Duration } from '../core';

/** How the delay between retries grows in the backoff phase. */
export enum BackoffFunction {
  /** Arithmetic growth. */
  ARITHMETIC = 'ARITHMETIC',
  /** Exponential growth. */
  EXPONENTIAL = 'EXPONENTIAL',
  /** Geometric growth. */
  GEOMETRIC = 'GEOMETRIC',
  /** Linear growth. */
  LINEAR = 'LINEAR',
}

/** How SNS retries deliveries to a healthy HTTP/S endpoint. */
export interface HealthyRetryPolicy {
  /**
   * The smallest delay between retries: 1 second to 1 hour.
   * @default Duration.seconds(20)
   */
  readonly minDelayTarget?: Duration;

  /**
   * The largest delay between retries: 1 second to 1 hour, not below `minDelayTarget`.
   * @default Duration.seconds(20)
   */
  readonly maxDelayTarget?: Duration;

  /**
   * The total number of retries: 0 to 100.
   * @default 3
   */
  readonly numRetries?: number;

  /**
   * The number of retries made at once, before the backoff phase.
   * @default 0
   */
  readonly numNoDelayRetries?: number;

  /**
   * The number of retries made with `minDelayTarget` before the backoff phase.
   * @default 0
   */
  readonly numMinDelayRetries?: number;

  /**
   * The number of retries made with `maxDelayTarget` after the backoff phase.
   * @default 0
   */
  readonly numMaxDelayRetries?: number;

  /**
   * How the delay grows in the backoff phase.
   * @default BackoffFunction.LINEAR
   */
  readonly backoffFunction?: BackoffFunction;
}

/** How fast SNS delivers to an HTTP/S endpoint. */
export interface ThrottlePolicy {
  /**
   * The most deliveries per second; a whole number above zero.
   * @default - no throttling
   */
  readonly maxReceivesPerSecond?: number;
}

/** The request SNS sends to an HTTP/S endpoint. */
export interface RequestPolicy {
  /**
   * The Content-Type header of the request.
   * @default 'text/plain; charset=UTF-8'
   */
  readonly headerContentType?: string;
}

/** The delivery policy of an HTTP/S subscription. */
export interface DeliveryPolicy {
  /**
   * How deliveries to a healthy endpoint are retried.
   * @default - SNS's default retry policy
   */
  readonly healthyRetryPolicy?: HealthyRetryPolicy;

  /**
   * How fast deliveries are made.
   * @default - no throttling
   */
  readonly throttlePolicy?: ThrottlePolicy;

  /**
   * The request sent to the endpoint.
   * @default - SNS's default request
   */
  readonly requestPolicy?: RequestPolicy;
}
