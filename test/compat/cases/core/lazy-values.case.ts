import * as cdk from 'aws-cdk-lib';

/** Lazy string/number/list/any values are produced at synthesis, after later mutations. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'LazyValues');
  const names: string[] = ['first'];
  let count = 1;

  new cdk.CfnResource(stack, 'Holder', {
    type: 'Custom::Holder',
    properties: {
      LazyString: cdk.Lazy.string({ produce: () => names.join(',') }),
      LazyStringInConcat: `prefix-${cdk.Lazy.string({ produce: () => 'middle' })}-suffix`,
      LazyNumber: cdk.Lazy.number({ produce: () => count }),
      LazyList: cdk.Lazy.list({ produce: () => names }),
      LazyEmptyList: cdk.Lazy.list({ produce: () => [] }),
      LazyEmptyListOmitted: cdk.Lazy.list({ produce: () => [] }, { omitEmpty: true }),
      LazyAny: cdk.Lazy.any({ produce: () => ({ Nested: { Count: count, Names: names } }) }),
      LazyEmptyArrayOmitted: cdk.Lazy.any({ produce: () => [] }, { omitEmptyArray: true }),
      LazyEmptyArrayKept: cdk.Lazy.any({ produce: () => [] }),
      LazyUndefined: cdk.Lazy.any({ produce: () => undefined }),
      LazyReturningToken: cdk.Lazy.string({ produce: () => cdk.Aws.REGION }),
      LazyUncached: cdk.Lazy.uncachedString({ produce: () => `n=${names.length}` }),
    },
  });

  names.push('second', 'third');
  count = 42;
}
