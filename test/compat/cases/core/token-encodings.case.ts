import * as cdk from 'aws-cdk-lib';

/** Token.asString/asNumber/asList/asAny of intrinsics, and how each encoding resolves in place. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'TokenEncodings');
  const queue = new cdk.CfnResource(stack, 'Queue', { type: 'AWS::SQS::Queue' });
  const ref = { Ref: 'AWS::Region' };

  const asNumber = cdk.Token.asNumber(queue.getAtt('MessageRetentionPeriod'));
  const asList = cdk.Token.asList(queue.getAtt('Subnets'));
  const asString = cdk.Token.asString(ref);

  new cdk.CfnResource(stack, 'Holder', {
    type: 'Custom::Holder',
    properties: {
      StringOfIntrinsic: asString,
      StringInTemplate: `region=${asString}`,
      NumberOfAttribute: asNumber,
      NumberInString: `retention=${asNumber}`,
      NumberLiteral: cdk.Token.asNumber(17),
      ListOfAttribute: asList,
      ListElement: cdk.Fn.select(0, asList),
      ListJoined: cdk.Fn.join('+', asList),
      AnyOfObject: cdk.Token.asAny({ Custom: [1, 'two'] }),
      StringOfLiteral: cdk.Token.asString('just a string'),
      StringOfNumber: cdk.Token.asString(3.5),
      Stringified: cdk.Tokenization.stringifyNumber(asNumber),
      StringifiedLiteral: cdk.Tokenization.stringifyNumber(12),
      JsonOfTokens: stack.toJsonString({ Region: cdk.Aws.REGION, Queue: queue.ref, Count: asNumber, Literal: 'x' }),
      JsonLiteral: stack.toJsonString({ A: 1, B: ['c'] }),
      ResolvedEarly: stack.resolve({ Fixed: cdk.Fn.join('-', ['a', 'b']) }),
      IsUnresolved: String(cdk.Token.isUnresolved(asString)),
      Duration: cdk.Duration.minutes(5).toSeconds(),
      DurationIso: cdk.Duration.hours(1).toIsoString(),
    },
  });
}
