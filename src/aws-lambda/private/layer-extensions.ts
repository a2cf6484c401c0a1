/**
 * The AWS-published extension layers a function can ask for in its props: CloudWatch Lambda Insights, ADOT
 * instrumentation and the Parameters and Secrets Extension. Each adds a layer (and configuration) to the function at
 * the end of its construction, in that order, as aws-cdk-lib does: layers given in `layers` come first.
 */
import * as iam from '../../aws-iam';
import { ValidationError } from '../../core';
import type { Function as LambdaFunction } from '../function';
import type { FunctionProps } from '../function-props';
import { LayerVersion } from '../layers';
import { Runtime, RuntimeFamily } from '../runtime';

const INSIGHTS_MANAGED_POLICY = 'CloudWatchLambdaInsightsExecutionRolePolicy';
const EXEC_WRAPPER_VARIABLE = 'AWS_LAMBDA_EXEC_WRAPPER';
/** `AdotLambdaExecWrapper.INSTRUMENT_HANDLER`, spelled here so that this file does not load the ADOT module. */
const INSTRUMENT_HANDLER = '/opt/otel-instrument';

/** Add the Insights, ADOT and Parameters and Secrets layers the props ask for (call last in the constructor). */
export function addExtensionLayers(fn: LambdaFunction, props: FunctionProps): void {
  if (props.insightsVersion) { addInsights(fn, props); }
  if (props.adotInstrumentation) { addAdot(fn, props); }
  if (props.paramsAndSecrets) { addParamsAndSecrets(fn, props); }
}

function addInsights(fn: LambdaFunction, props: FunctionProps): void {
  // Container images bring the extension in the image; the role still needs the policy to publish metrics.
  if (props.runtime !== Runtime.FROM_IMAGE) {
    const { arn } = props.insightsVersion!._bind(fn, fn);
    fn.addLayers(LayerVersion.fromLayerVersionArn(fn, 'LambdaInsightsLayer', arn));
  }
  fn.role?.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName(INSIGHTS_MANAGED_POLICY));
}

function addAdot(fn: LambdaFunction, props: FunctionProps): void {
  const { layerVersion, execWrapper } = props.adotInstrumentation!;
  if (props.runtime === Runtime.FROM_IMAGE) {
    throw new ValidationError('adotInstrumentation cannot be used with a container image function (Runtime.FROM_IMAGE): '
      + 'add the ADOT layer contents to the image and set AWS_LAMBDA_EXEC_WRAPPER in it instead', fn);
  }
  if (props.runtime === Runtime.GO_1_X) {
    throw new ValidationError(`adotInstrumentation does not support runtime ${props.runtime.name} (the ADOT Lambda Go SDK `
      + 'does not): use an OS-only runtime such as Runtime.PROVIDED_AL2023 with the generic ADOT layer', fn);
  }
  if (props.runtime.family === RuntimeFamily.PYTHON && execWrapper !== INSTRUMENT_HANDLER) {
    throw new ValidationError(`adotInstrumentation on a Python runtime (${props.runtime.name}) requires execWrapper `
      + `AdotLambdaExecWrapper.INSTRUMENT_HANDLER ('${INSTRUMENT_HANDLER}'), got '${execWrapper}'`, fn);
  }
  const { arn } = layerVersion._bind(fn);
  fn.addLayers(LayerVersion.fromLayerVersionArn(fn, 'AdotLayer', arn));
  fn.addEnvironment(EXEC_WRAPPER_VARIABLE, execWrapper);
}

function addParamsAndSecrets(fn: LambdaFunction, props: FunctionProps): void {
  const { arn, environmentVars } = props.paramsAndSecrets!._bind(fn, fn);
  fn.addLayers(LayerVersion.fromLayerVersionArn(fn, 'ParamsAndSecretsLayer', arn));
  for (const [key, value] of Object.entries(environmentVars)) {
    fn.addEnvironment(key, value);
  }
}
