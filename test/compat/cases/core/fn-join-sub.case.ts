import * as cdk from 'aws-cdk-lib';

/** Fn.join and Fn.sub over literals, tokens, nested joins and token lists. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'JoinAndSub');
  const topic = new cdk.CfnResource(stack, 'Topic', { type: 'AWS::SNS::Topic' });
  const param = new cdk.CfnParameter(stack, 'Names', { type: 'CommaDelimitedList' });

  new cdk.CfnResource(stack, 'Holder', {
    type: 'Custom::Holder',
    properties: {
      LiteralOnly: cdk.Fn.join('-', ['a', 'b', 'c']),
      SingleLiteral: cdk.Fn.join('-', ['only']),
      SingleToken: cdk.Fn.join('', [topic.ref]),
      WithTokens: cdk.Fn.join(':', ['arn', cdk.Aws.PARTITION, 'sns', cdk.Aws.REGION, cdk.Aws.ACCOUNT_ID, topic.ref]),
      Nested: cdk.Fn.join('/', ['x', cdk.Fn.join('/', ['y', cdk.Aws.REGION]), 'z']),
      NestedDifferentDelimiter: cdk.Fn.join('/', ['x', cdk.Fn.join('-', ['y', cdk.Aws.REGION])]),
      AdjacentLiterals: cdk.Fn.join('', ['a', 'b', cdk.Aws.STACK_NAME, 'c', 'd']),
      TokenList: cdk.Fn.join(',', param.valueAsList),
      EmbeddedString: `before-${topic.ref}-between-${cdk.Aws.ACCOUNT_ID}-after`,
      EmbeddedInJoin: cdk.Fn.join('.', [`a${cdk.Aws.REGION}b`, 'c']),
      SubLiteral: cdk.Fn.sub('plain string'),
      SubWithPseudo: cdk.Fn.sub('arn:${AWS::Partition}:s3:::bucket-${AWS::Region}'),
      SubWithVariables: cdk.Fn.sub('${Name}-${Other}', { Name: topic.ref, Other: 'literal' }),
      SubWithEmbeddedToken: cdk.Fn.sub(`prefix-${cdk.Aws.ACCOUNT_ID}-\${AWS::Region}`),
      StringWithDollarBrace: 'no ${substitution} here',
    },
  });
}
