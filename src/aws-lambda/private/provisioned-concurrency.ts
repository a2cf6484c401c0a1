import type { IConstruct } from 'constructs';
import { Token, ValidationError } from '../../core';

/**
 * Provisioned concurrency, when given (0 counts as not given, as in aws-cdk-lib), is at least 1 execution
 * environment. A token is checked by CloudFormation.
 */
export function validateProvisionedConcurrency(scope: IConstruct, value: number): void {
  if (!Token.isUnresolved(value) && value < 1) {
    throw new ValidationError(`provisionedConcurrentExecutions must be at least 1, got ${value}`, scope);
  }
}
