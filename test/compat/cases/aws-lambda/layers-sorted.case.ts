import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/** With recognizeLayerVersion, a function's Layers are sorted by construct path. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'LayersSorted');
  stack.node.setContext('@aws-cdk/aws-lambda:recognizeLayerVersion', true);
  const b = lambda.LayerVersion.fromLayerVersionArn(stack, 'Lb', 'arn:aws:lambda:us-east-1:123456789012:layer:b:1');
  const a = lambda.LayerVersion.fromLayerVersionArn(stack, 'La', 'arn:aws:lambda:us-east-1:123456789012:layer:a:1');
  const fn = new lambda.Function(stack, 'Fn', {
    code: lambda.Code.fromInline('foo'), handler: 'index.handler', runtime: lambda.Runtime.NODEJS_22_X, layers: [b],
  });
  fn.addLayers(a);
}
