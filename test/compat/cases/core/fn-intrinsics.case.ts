import * as cdk from 'aws-cdk-lib';

/** Fn.getAzs/cidr/select/split/base64/importValue/getAtt/ref and friends, with literals and tokens. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'Intrinsics');
  const vpc = new cdk.CfnResource(stack, 'Vpc', { type: 'AWS::EC2::VPC', properties: { CidrBlock: '10.0.0.0/16' } });
  const param = new cdk.CfnParameter(stack, 'Csv', { type: 'String' });

  new cdk.CfnResource(stack, 'Holder', {
    type: 'Custom::Holder',
    properties: {
      Azs: cdk.Fn.getAzs(),
      AzsOfRegion: cdk.Fn.getAzs('eu-west-1'),
      FirstAz: cdk.Fn.select(0, cdk.Fn.getAzs()),
      SelectLiteral: cdk.Fn.select(1, ['a', 'b', 'c']),
      SelectToken: cdk.Fn.select(2, cdk.Fn.split(',', param.valueAsString)),
      Cidr: cdk.Fn.cidr(vpc.getAtt('CidrBlock').toString(), 6, '5'),
      CidrNumber: cdk.Fn.cidr('10.0.0.0/16', 4, '8'),
      Split: cdk.Fn.split('|', 'a|b|c'),
      SplitToken: cdk.Fn.split(':', param.valueAsString),
      SplitAssumed: cdk.Fn.split(',', param.valueAsString, 3),
      Base64Literal: cdk.Fn.base64('hello'),
      Base64Token: cdk.Fn.base64(`x-${cdk.Aws.REGION}`),
      ImportValue: cdk.Fn.importValue('shared-export'),
      ImportValueToken: cdk.Fn.importValue(`${cdk.Aws.STACK_NAME}-name`),
      GetAtt: cdk.Fn.getAtt('Vpc', 'DefaultSecurityGroup'),
      GetAttNested: cdk.Fn.getAtt(vpc.logicalId, 'Ipv6CidrBlocks'),
      Ref: cdk.Fn.ref('Csv'),
      ParseDomain: cdk.Fn.parseDomainName('https://example.com/path'),
      Length: cdk.Fn.len(cdk.Fn.split(',', param.valueAsString)),
      ToJsonString: cdk.Fn.toJsonString({ a: cdk.Aws.REGION, b: [1, 2] }),
      Transform: cdk.Fn.transform('AWS::Include', { Location: 's3://bucket/file.yaml' }),
      ValueOf: cdk.Fn.conditionIf('NoSuchCondition', cdk.Fn.valueOf('Csv', 'Tags'), cdk.Aws.NO_VALUE),
      RefAll: cdk.Fn.refAll('AWS::EC2::VPC::Id'),
    },
  });
}
