import type { Construct } from 'constructs';
import type { IFunction } from './function-base';

/** A bound destination. */
export interface DestinationConfig {
  /** The ARN of the resource that receives invocation results. */
  readonly destination: string;
}

/** Which invocation results a destination receives. */
export enum DestinationType {
  /** Results of failed invocations. */
  FAILURE = 'Failure',
  /** Results of successful invocations. */
  SUCCESS = 'Success',
}

/** How a destination is bound. */
export interface DestinationOptions {
  /** Which results it receives. */
  readonly type: DestinationType;
}

/** Where the results of asynchronous invocations go (a queue, a topic, a bus, another function...). */
export interface IDestination {
  /** Bind the destination to the function: allow the function to send to it, and return its ARN. */
  bind(scope: Construct, fn: IFunction, options?: DestinationOptions): DestinationConfig;
}
