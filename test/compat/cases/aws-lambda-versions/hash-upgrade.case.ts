import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/**
 * FunctionVersionUpgrade appends "version-hash:<hash>" to the description of the functions whose flag has the given
 * state (the hash as before the change, without DependsOn), which in turn changes their currentVersion.
 */
export function build(app: cdk.App): void {
  const props = (description?: string): lambda.FunctionProps => ({
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => 1;'),
    description,
  });

  const upgraded = new cdk.Stack(app, 'HashUpgrade');
  void new lambda.Function(upgraded, 'Described', props('my function')).currentVersion;
  void new lambda.Function(upgraded, 'Undescribed', props()).currentVersion;
  new lambda.Function(upgraded, 'WithoutVersion', props('no version'));
  new lambda.Function(upgraded, 'TokenDescription', props(`${cdk.Aws.REGION} function`));
  cdk.Aspects.of(upgraded).add(new lambda.FunctionVersionUpgrade('@aws-cdk/aws-lambda:recognizeVersionProps'));

  const legacy = new cdk.Stack(app, 'HashUpgradeLegacy');
  legacy.node.setContext('@aws-cdk/aws-lambda:recognizeVersionProps', false);
  void new lambda.Function(legacy, 'Described', props('legacy')).currentVersion;
  void new lambda.Function(legacy, 'Undescribed', props()).currentVersion;
  cdk.Aspects.of(legacy).add(new lambda.FunctionVersionUpgrade('@aws-cdk/aws-lambda:recognizeVersionProps', false));

  const layers = new cdk.Stack(app, 'HashUpgradeLayers');
  layers.node.setContext('@aws-cdk/aws-lambda:recognizeLayerVersion', true);
  void new lambda.Function(layers, 'Layered', props('layered')).currentVersion;
  cdk.Aspects.of(layers).add(new lambda.FunctionVersionUpgrade('@aws-cdk/aws-lambda:recognizeLayerVersion'));
  // The flag is off here: nothing changes.
  cdk.Aspects.of(upgraded).add(new lambda.FunctionVersionUpgrade('@aws-cdk/aws-lambda:recognizeLayerVersion'));
}
