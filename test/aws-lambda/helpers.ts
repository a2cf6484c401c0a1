import { App, Stack, StackProps } from '../../src/core';
import * as lambda from '../../src/aws-lambda';

/** A fresh env-agnostic stack in its own app. */
export function newStack(props?: StackProps): Stack {
  return new Stack(new App(), 'Stack', props);
}

/** A Node.js function with inline code and the given extra props. */
export function newFunction(stack: Stack, props: Partial<lambda.FunctionProps> = {}, id = 'Fn'): lambda.Function {
  return new lambda.Function(stack, id, {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => 1;'),
    ...props,
  });
}

/** The function's logical ID and the GetAtt of its ARN, as they appear in templates for `newFunction(stack)`. */
export const FN_ARN = { 'Fn::GetAtt': ['Fn9270CBC0', 'Arn'] };
