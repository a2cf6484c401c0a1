import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';

/**
 * The "version-hash:<hash>" FunctionVersionUpgrade appends leaves out what invalidateVersionBasedOn() added, while
 * the currentVersion logical ID keeps it; functions with layers (both layer flag states) and a property override.
 */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'HashUpgradeInvalidated');
  const bucket = s3.Bucket.fromBucketName(stack, 'Code', 'code-bucket');
  const props: lambda.FunctionProps = { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromBucket(bucket, 'f.zip') };

  const invalidated = new lambda.Function(stack, 'Invalidated', props);
  invalidated.invalidateVersionBasedOn('build-1');
  invalidated.invalidateVersionBasedOn('dependency-2');
  void invalidated.currentVersion;

  const layer = new lambda.LayerVersion(stack, 'Layer', { code: lambda.Code.fromBucket(bucket, 'layer.zip') });
  const layered = new lambda.Function(stack, 'Layered', { ...props, layers: [layer] });
  layered.invalidateVersionBasedOn('x');
  void layered.currentVersion;

  const overridden = new lambda.Function(stack, 'Overridden', props);
  (overridden.node.defaultChild as lambda.CfnFunction).addPropertyOverride('Timeout', 42);
  void overridden.currentVersion;

  cdk.Aspects.of(stack).add(new lambda.FunctionVersionUpgrade('@aws-cdk/aws-lambda:recognizeVersionProps'));

  const layerFlag = new cdk.Stack(app, 'HashUpgradeInvalidatedLayerFlag');
  layerFlag.node.setContext('@aws-cdk/aws-lambda:recognizeLayerVersion', true);
  const layerBucket = s3.Bucket.fromBucketName(layerFlag, 'Code', 'code-bucket');
  const layer2 = new lambda.LayerVersion(layerFlag, 'Layer', { code: lambda.Code.fromBucket(layerBucket, 'layer.zip') });
  const fn = new lambda.Function(layerFlag, 'Fn', { ...props, code: lambda.Code.fromBucket(layerBucket, 'f.zip'), layers: [layer2] });
  fn.invalidateVersionBasedOn('y');
  void fn.currentVersion;
  cdk.Aspects.of(layerFlag).add(new lambda.FunctionVersionUpgrade('@aws-cdk/aws-lambda:recognizeLayerVersion'));
}
