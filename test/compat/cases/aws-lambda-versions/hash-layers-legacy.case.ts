import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/** currentVersion logical IDs with recognizeLayerVersion on and recognizeVersionProps off. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'HashLayersLegacy');
  stack.node.setContext('@aws-cdk/aws-lambda:recognizeVersionProps', false);
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
  fn('NoLayers');
  fn('Imported', [lambda.LayerVersion.fromLayerVersionArn(stack, 'Layer', 'arn:aws:lambda:us-east-1:123456789012:layer:x:1')]);
  fn('Invalidated').invalidateVersionBasedOn('x');
}
