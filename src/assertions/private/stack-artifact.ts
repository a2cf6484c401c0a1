import { CloudFormationStackArtifact, Stack, Stage } from '../../core';

/**
 * Synthesizes the stage that holds `stack` (forced, so assertions always see
 * the current construct tree) and returns the stack's artifact.
 *
 * @param purpose the calling API, named in the error for a stack outside any stage.
 */
export function synthesizeStack(stack: Stack, purpose: string): CloudFormationStackArtifact {
  const stage = Stage.of(stack);
  if (stage === undefined) {
    throw new Error(`${purpose}: stack '${stack.node.path || stack.node.id}' is not part of an App or Stage, so it cannot be synthesized. `
      + 'Create it inside one: new Stack(new App(), \'MyStack\').');
  }
  // As in aws-cdk-lib, error annotations do not stop synthesis here: tests inspect them.
  const assembly = stage.synth({ force: true, failOnErrorAnnotations: false });
  return assembly.getStackArtifact(stack.artifactId);
}
