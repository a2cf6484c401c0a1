import * as cdk from 'aws-cdk-lib';

/** CfnMapping with findInMap (resolved at synthesis when possible), lazy mappings and defaults. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'Mappings');
  const regions = new cdk.CfnMapping(stack, 'RegionMap', {
    mapping: {
      'us-east-1': { ami: 'ami-east', size: 't3.micro' },
      'eu-west-1': { ami: 'ami-west', size: 't3.small' },
    },
  });
  regions.setValue('ap-south-1', 'ami', 'ami-south');

  const lazy = new cdk.CfnMapping(stack, 'LazyMap', {
    mapping: { Config: { Name: 'lazy-value' } },
    lazy: true,
  });
  new cdk.CfnMapping(stack, 'UnusedLazyMap', { mapping: { A: { B: 'c' } }, lazy: true });

  new cdk.CfnResource(stack, 'Holder', {
    type: 'Custom::Holder',
    properties: {
      ByToken: regions.findInMap(cdk.Aws.REGION, 'ami'),
      ByLiteral: regions.findInMap('us-east-1', 'size'),
      ViaFn: cdk.Fn.findInMap('RegionMap', 'eu-west-1', 'ami'),
      ViaFnWithToken: cdk.Fn.findInMap(regions.logicalId, cdk.Aws.REGION, 'size'),
      LazyLiteral: lazy.findInMap('Config', 'Name'),
      LazyToken: lazy.findInMap('Config', cdk.Fn.select(0, ['Name'])),
      WithDefault: cdk.Fn.findInMap('RegionMap', cdk.Aws.REGION, 'size', 't3.nano'),
    },
  });
}
