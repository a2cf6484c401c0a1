import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';

/** Layers: a layer version with permissions, imported layers, and the function's Layers in insertion order. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'Layers');
  const bucket = s3.Bucket.fromBucketName(stack, 'Bucket', 'layer-bucket');
  const layer = new lambda.LayerVersion(stack, 'MyLayer', {
    code: lambda.Code.fromBucket(bucket, 'layer.zip', 'v1'),
    compatibleRuntimes: [lambda.Runtime.NODEJS_22_X, lambda.Runtime.NODEJS_20_X],
    compatibleArchitectures: [lambda.Architecture.X86_64, lambda.Architecture.ARM_64],
    license: 'Apache-2.0',
    description: 'A layer to test the L2 construct',
    layerVersionName: 'my-layer',
    removalPolicy: cdk.RemovalPolicy.RETAIN,
  });
  layer.addPermission('remote-account-grant', { accountId: '123456789012' });
  layer.addPermission('org-grant', { accountId: '*', organizationId: 'o-abcdefghij' });
  const all = new lambda.LayerVersion(stack, 'AllRuntimes', {
    code: lambda.Code.fromBucket(bucket, 'all.zip', 'v2'), compatibleRuntimes: lambda.Runtime.ALL,
  });
  const byArn = lambda.LayerVersion.fromLayerVersionArn(stack, 'ByArn', 'arn:aws:lambda:us-east-1:123456789012:layer:z:3');
  const byAttrs = lambda.LayerVersion.fromLayerVersionAttributes(stack, 'ByAttrs', {
    layerVersionArn: 'arn:aws:lambda:us-east-1:123456789012:layer:a:1', compatibleRuntimes: [lambda.Runtime.NODEJS_22_X],
  });
  byArn.addPermission('Public', { accountId: '*' });
  const fn = new lambda.Function(stack, 'MyLayeredLambda', {
    code: new lambda.InlineCode('foo'), handler: 'index.handler', runtime: lambda.Runtime.NODEJS_22_X, layers: [layer, byArn],
  });
  fn.addLayers(byAttrs, all);
}
