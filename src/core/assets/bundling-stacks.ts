import type { IConstruct } from 'constructs';

/** The context key the CDK CLI sets to the stacks it deploys or synthesizes (patterns of construct paths). */
export const BUNDLING_STACKS_CONTEXT = 'aws:cdk:bundling-stacks';

/**
 * Whether assets of `stack` are to be bundled: the CLI lists the selected stacks in the context
 * `aws:cdk:bundling-stacks` as glob patterns matched against the stack's construct path
 * (`Stage/Stack`), so `cdk deploy OneStack` does not bundle the assets of the others. Without the
 * context, every stack is bundled.
 */
export function bundlingRequired(stack: IConstruct): boolean {
  const given: unknown = stack.node.tryGetContext(BUNDLING_STACKS_CONTEXT) ?? ['**'];
  const patterns = typeof given === 'string' ? [given] : given;
  if (!Array.isArray(patterns)) { return true; }
  if (patterns.length === 0) { return false; }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { minimatch } = require('minimatch') as typeof import('minimatch');
  return patterns.some(pattern => typeof pattern === 'string' && minimatch(stack.node.path, pattern));
}
