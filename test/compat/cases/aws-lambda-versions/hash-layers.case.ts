import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/**
 * currentVersion logical IDs with @aws-cdk/aws-lambda:recognizeLayerVersion: the layers' own configuration counts
 * (in-app layers by their properties, imported ones by ARN and compatible runtimes), and Layers sort by path.
 */
export function build(app: cdk.App): void {
  const layerStack = new cdk.Stack(app, 'HashLayersShared');
  layerStack.node.setContext('@aws-cdk/aws-lambda:recognizeLayerVersion', true);
  const asset = path.join(__dirname, '..', '..', '..', 'fixtures', 'lambda', 'hello');
  const sharedLayer = new lambda.LayerVersion(layerStack, 'SharedLayer', { code: lambda.Code.fromAsset(asset), description: 'shared' });

  const stack = new cdk.Stack(app, 'HashLayers');
  stack.node.setContext('@aws-cdk/aws-lambda:recognizeLayerVersion', true);
  const fn = (id: string, layers: lambda.ILayerVersion[] = []): lambda.Function => {
    const f = new lambda.Function(stack, id, {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = async () => 1;'),
      layers,
    });
    void f.currentVersion;
    return f;
  };
  const arn = (name: string) => `arn:aws:lambda:us-east-1:123456789012:layer:${name}:1`;
  const layerParameter = new cdk.CfnParameter(stack, 'LayerArn');

  fn('NoLayers');
  fn('ImportedLiteral', [lambda.LayerVersion.fromLayerVersionArn(stack, 'Literal', arn('literal'))]);
  fn('ImportedNoRuntimes', [lambda.LayerVersion.fromLayerVersionAttributes(stack, 'NoRuntimes', { layerVersionArn: arn('plain') })]);
  fn('ImportedRuntimes', [lambda.LayerVersion.fromLayerVersionAttributes(stack, 'Runtimes', {
    layerVersionArn: arn('runtimes'), compatibleRuntimes: [lambda.Runtime.NODEJS_22_X, lambda.Runtime.NODEJS_20_X],
  })]);
  fn('ImportedToken', [lambda.LayerVersion.fromLayerVersionArn(stack, 'Token', layerParameter.valueAsString)]);
  fn('ImportedTokenRuntimes', [lambda.LayerVersion.fromLayerVersionAttributes(stack, 'TokenRuntimes', {
    layerVersionArn: `arn:aws:lambda:${cdk.Aws.REGION}:123456789012:layer:regional:2`, compatibleRuntimes: [lambda.Runtime.NODEJS_22_X],
  })]);
  fn('InApp', [new lambda.LayerVersion(stack, 'AppLayer', {
    code: lambda.Code.fromAsset(asset),
    compatibleRuntimes: [lambda.Runtime.NODEJS_22_X],
    compatibleArchitectures: [lambda.Architecture.X86_64, lambda.Architecture.ARM_64],
    description: 'in-app layer',
    license: 'MIT',
    layerVersionName: 'app-layer',
  })]);
  const overridden = new lambda.LayerVersion(stack, 'OverriddenLayer', { code: lambda.Code.fromAsset(asset) });
  (overridden.node.defaultChild as cdk.CfnResource).addPropertyOverride('ZCompatCaseExtra', 'z');
  (overridden.node.defaultChild as cdk.CfnResource).addPropertyOverride('ACompatCaseExtra', 'a');
  fn('InAppOverridden', [overridden]);
  fn('CrossStack', [sharedLayer]);
  fn('Sorted', [
    lambda.LayerVersion.fromLayerVersionArn(stack, 'b', arn('b')),
    lambda.LayerVersion.fromLayerVersionArn(stack, 'C', arn('c')),
    lambda.LayerVersion.fromLayerVersionArn(stack, '_d', arn('d')),
    lambda.LayerVersion.fromLayerVersionArn(stack, 'A', arn('a')),
  ]);
  fn('LayersAndInvalidate', [lambda.LayerVersion.fromLayerVersionArn(stack, 'Extra', arn('extra'))]).invalidateVersionBasedOn('v2');
}
