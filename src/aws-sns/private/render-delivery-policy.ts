import { Construct } from 'constructs';
import { Duration, Token, ValidationError } from '../../core';
import type { DeliveryPolicy, HealthyRetryPolicy, ThrottlePolicy } from '../delivery-policy';

const DEFAULT_DELAY_TARGET = Duration.seconds(20);
const DEFAULT_NUM_RETRIES = 3;

/** Renders a delivery policy as the JSON SNS expects, checking its ranges. */
export function renderDeliveryPolicy(scope: Construct, policy: DeliveryPolicy): object {
  return {
    healthyRetryPolicy: policy.healthyRetryPolicy && renderHealthyRetryPolicy(scope, policy.healthyRetryPolicy),
    throttlePolicy: policy.throttlePolicy && renderThrottlePolicy(scope, policy.throttlePolicy),
    requestPolicy: policy.requestPolicy && { headerContentType: policy.requestPolicy.headerContentType },
  };
}

function renderHealthyRetryPolicy(scope: Construct, retry: HealthyRetryPolicy): object {
  const minDelay = (retry.minDelayTarget ?? DEFAULT_DELAY_TARGET).toSeconds();
  const maxDelay = (retry.maxDelayTarget ?? DEFAULT_DELAY_TARGET).toSeconds();
  const numRetries = retry.numRetries ?? DEFAULT_NUM_RETRIES;
  const known = (n: number) => !Token.isUnresolved(n);
  for (const [name, value] of [['minDelayTarget', minDelay], ['maxDelayTarget', maxDelay]] as const) {
    if (known(value) && (value < 1 || value > 3600)) {
      throw new ValidationError(`deliveryPolicy.healthyRetryPolicy.${name} must be between 1 and 3600 seconds, got ${value}s`, scope);
    }
  }
  if (known(minDelay) && known(maxDelay) && minDelay > maxDelay) {
    throw new ValidationError(`deliveryPolicy.healthyRetryPolicy.minDelayTarget (${minDelay}s) must not exceed maxDelayTarget (${maxDelay}s)`, scope);
  }
  if (known(numRetries) && (numRetries < 0 || numRetries > 100)) {
    throw new ValidationError(`deliveryPolicy.healthyRetryPolicy.numRetries must be between 0 and 100, got ${numRetries}`, scope);
  }
  const counts = [['numNoDelayRetries', retry.numNoDelayRetries], ['numMinDelayRetries', retry.numMinDelayRetries],
    ['numMaxDelayRetries', retry.numMaxDelayRetries]] as const;
  for (const [name, value] of counts) {
    if (value !== undefined && known(value) && (value < 0 || !Number.isInteger(value))) {
      throw new ValidationError(`deliveryPolicy.healthyRetryPolicy.${name} must be a whole number, zero or more, got ${value}`, scope);
    }
  }
  return {
    minDelayTarget: minDelay,
    maxDelayTarget: maxDelay,
    numRetries,
    numNoDelayRetries: retry.numNoDelayRetries,
    numMinDelayRetries: retry.numMinDelayRetries,
    numMaxDelayRetries: retry.numMaxDelayRetries,
    backoffFunction: retry.backoffFunction,
  };
}

function renderThrottlePolicy(scope: Construct, throttle: ThrottlePolicy): object {
  const rate = throttle.maxReceivesPerSecond;
  if (rate !== undefined && !Token.isUnresolved(rate) && (rate < 1 || !Number.isInteger(rate))) {
    throw new ValidationError(`deliveryPolicy.throttlePolicy.maxReceivesPerSecond must be a whole number above zero, got ${rate}`, scope);
  }
  return { maxReceivesPerSecond: rate };
}
