// Seed example "Layers": a layer version shared with another account, used by a function.
// (The seed uploads the layer as an asset; here it comes from a versioned object in a bucket.)
import * as cdk from 'lambda-cdk';
import * as lambda from 'lambda-cdk/aws-lambda';
import * as s3 from 'lambda-cdk/aws-s3';

const app = new cdk.App();
const stack = new cdk.Stack(app, 'LambdaLayers');

const bucket = s3.Bucket.fromBucketName(stack, 'LayerBucket', 'my-layers');
const layer = new lambda.LayerVersion(stack, 'MyLayer', {
  code: lambda.Code.fromBucket(bucket, 'layer-code.zip', 'layer-version-id'),
  compatibleRuntimes: [lambda.Runtime.NODEJS_LATEST],
  license: 'Apache-2.0',
  description: 'A layer to test the L2 construct',
});

// To grant usage by other AWS accounts
layer.addPermission('remote-account-grant', { accountId: '123456789012' });

new lambda.Function(stack, 'MyLayeredLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
  layers: [layer],
});

new lambda.LayerVersion(stack, 'RetainedLayer', {
  removalPolicy: cdk.RemovalPolicy.RETAIN,
  code: lambda.Code.fromBucket(bucket, 'handler.zip', 'handler-version-id'),
});

app.synth();
