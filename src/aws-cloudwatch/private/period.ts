import { Duration, UnscopedValidationError } from '../../core';

/** CloudWatch takes periods of 1, 5, 10 and 30 seconds (high resolution) and whole minutes. */
export function validatePeriod(period: Duration): void {
  if (period.isUnresolved()) { return; }
  const seconds = period.toSeconds();
  if (![1, 5, 10, 30].includes(seconds) && seconds % 60 !== 0) {
    throw new UnscopedValidationError(`'period' must be 1, 5, 10, 30, or a multiple of 60 seconds, received ${seconds}`);
  }
}
