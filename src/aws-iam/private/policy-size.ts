import { Token } from '../../core';
import type { IPrincipal } from '../principal-base';

/** How to count values whose length is only known at deployment. */
export interface SizeEstimateOptions {
  /** Characters assumed for a token in a resource (usually an ARN), and for each principal. */
  readonly arnEstimate: number;
  /** Characters assumed for a token in an action. */
  readonly actionEstimate: number;
}

/** The estimates aws-cdk-lib uses: a principal or token ARN counts 150 characters, a token action 20. */
export const DEFAULT_SIZE_ESTIMATE: SizeEstimateOptions = { arnEstimate: 150, actionEstimate: 20 };

/** The parts of a statement that its size estimate looks at. */
export interface EstimatedStatement {
  readonly effect: string;
  readonly actions: readonly string[];
  readonly notActions: readonly string[];
  readonly resources: readonly string[];
  readonly notResources: readonly string[];
  readonly principals: readonly IPrincipal[];
  readonly notPrincipals: readonly IPrincipal[];
  readonly conditions: { [key: string]: any };
}

/**
 * Estimate the number of characters a statement takes in a rendered policy, as aws-cdk-lib does to decide
 * when a role's default policy must be split: literal values count their length plus JSON punctuation, tokens
 * count a fixed estimate, each principal counts as an ARN, conditions count their JSON.
 */
export function estimateStatementSize(statement: EstimatedStatement, options: SizeEstimateOptions): number {
  let size = 15 + statement.effect.length;
  size += listSize('Action', statement.actions, options.actionEstimate);
  size += listSize('NotAction', statement.notActions, options.actionEstimate);
  size += listSize('Resource', statement.resources, options.arnEstimate);
  size += listSize('NotResource', statement.notResources, options.arnEstimate);
  size += (statement.principals.length + statement.notPrincipals.length) * options.arnEstimate;
  if (Object.keys(statement.conditions).length > 0) {
    size += JSON.stringify(statement.conditions).length - 2;
  }
  return size;
}

function listSize(key: string, values: readonly string[], tokenEstimate: number): number {
  if (values.length === 0) { return 0; }
  // "Key":[ ... ] plus, per value, its quotes and a comma.
  let size = key.length + 5;
  for (const value of values) {
    size += (Token.isUnresolved(value) ? tokenEstimate : value.length) + 3;
  }
  return size;
}
