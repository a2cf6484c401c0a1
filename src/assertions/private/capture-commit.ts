/**
 * Key of the method through which a finished MatchResult hands a captured
 * value to its Capture. A symbol keeps it out of reach of user code while
 * letting two separate files cooperate.
 */
export const COMMIT_CAPTURED_VALUE: unique symbol = Symbol('lambda-cdk.assertions.commitCapturedValue');
