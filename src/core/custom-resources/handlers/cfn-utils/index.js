'use strict';
/**
 * Handler of lambda-cdk's CfnUtils custom resource provider (`Custom::AWSCDKCfnJson`): CloudFormation cannot parse
 * JSON, so the resource returns the parsed `Value` property as its `Value` attribute. Called through the provider's
 * `__entrypoint__.js`, which sends the response to CloudFormation.
 */
exports.handler = async (event) => {
  if (event.RequestType === 'Delete') { return {}; }
  if (event.ResourceType !== 'Custom::AWSCDKCfnJson') {
    throw new Error(`unexpected resource type ${event.ResourceType}`);
  }
  return { Data: { Value: JSON.parse(event.ResourceProperties.Value) } };
};
