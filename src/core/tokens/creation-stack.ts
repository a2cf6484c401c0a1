/**
 * The creation stack of a token that did not record one (stack traces are only captured with CDK_DEBUG=true or when
 * asked for): one shared, frozen empty list instead of a new array per token.
 */
export const NO_CREATION_STACK: string[] = Object.freeze([]) as unknown as string[];
