import { CfnElement } from '../cfn/cfn-element';
import { CfnOutput } from '../cfn/cfn-output';
import { CfnParameter } from '../cfn/cfn-parameter';
import { CfnReference } from '../cfn/cfn-reference';
import { Names } from '../names';
import type { NestedStack } from '../nested-stack';
import type { Stack } from '../stack';
import { CLOUDFORMATION_TOKEN_RESOLVER } from '../tokens/cloudformation-lang';
import { IResolveContext } from '../tokens/resolvable';
import { resolve } from '../tokens/resolve';
import { Token } from '../tokens/token';

/**
 * A reference between stacks of which one is nested. A value leaves a nested stack through an Output, read by
 * its parent as `Fn::GetAtt <nested stack resource>.Outputs.<id>`; a value enters a nested stack through a
 * Parameter its parent passes. Going up first, then down, a value crosses any number of nesting levels.
 * Returns undefined when the stacks share no nesting tree: then the top-level producer exports the value.
 */
export function resolveNestedStackReference(reference: CfnReference, producer: Stack, consumer: Stack, context: IResolveContext): any {
  if (producer.nested && !isAtOrBelow(consumer, producer)) {
    return context.resolve(outputOfNestedStack(producer as NestedStack, reference));
  }
  if (consumer.nested && isAtOrBelow(consumer, producer)) {
    return { Ref: parameterOfNestedStack(consumer as NestedStack, reference) };
  }
  return undefined;
}

function isAtOrBelow(stack: Stack, ancestor: Stack): boolean {
  for (let s: Stack | undefined = stack; s !== undefined; s = s.nestedStackParent) {
    if (s === ancestor) { return true; }
  }
  return false;
}

/** The Output of `stack` for the reference (made once), as the parent reads it. */
function outputOfNestedStack(stack: NestedStack, reference: CfnReference): CfnReference {
  const id = `${Names.uniqueId(reference.target)}${reference.attribute}`;
  let output = stack.node.tryFindChild(id) as CfnOutput | undefined;
  if (output === undefined) {
    output = new CfnOutput(stack, id, { value: Token.asString(reference) });
  }
  lockTarget(reference);
  return CfnReference.for(stack.nestedStackResource, `Outputs.${output.resolvedLogicalId}`);
}

/** The Parameter of `stack` for the reference (made once, with the value its parent passes); returns its logical ID. */
function parameterOfNestedStack(stack: NestedStack, reference: CfnReference): string {
  const id = `reference-to-${Names.uniqueId(reference.target)}${reference.attribute}`;
  let parameter = stack.node.tryFindChild(id) as CfnParameter | undefined;
  if (parameter === undefined) {
    parameter = new CfnParameter(stack, id, { type: 'String' });
    lockTarget(reference);
    const parentValue = resolve(reference, {
      scope: stack.nestedStackResource, resolver: CLOUDFORMATION_TOKEN_RESOLVER, preparing: false, removeEmpty: true,
    });
    stack._addReferenceParameter(parameter.resolvedLogicalId, parentValue);
  }
  return parameter.resolvedLogicalId;
}

function lockTarget(reference: CfnReference) {
  if (CfnElement.isCfnElement(reference.target)) { reference.target._lockLogicalId(); }
}
