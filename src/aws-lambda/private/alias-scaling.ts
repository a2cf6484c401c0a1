import * as appscaling from '../../aws-applicationautoscaling';
import * as iam from '../../aws-iam';
import { Stack } from '../../core';
import type { Alias } from '../alias';
import type { AutoScalingOptions, IScalableFunctionAttribute } from '../scalable-attribute-api';
import { ScalableFunctionAttribute } from './scalable-function-attribute';

/** The service-linked role Application Auto Scaling uses for Lambda provisioned concurrency (created by AWS). */
const SCALING_ROLE_PATH = 'role/aws-service-role/lambda.application-autoscaling.amazonaws.com';
const SCALING_ROLE_NAME = 'AWSServiceRoleForApplicationAutoScaling_LambdaConcurrency';

/** Scale the provisioned concurrency of `alias`: a scalable target named `AliasScaling` under the alias. */
export function scaleAliasProvisionedConcurrency(alias: Alias, options: AutoScalingOptions): IScalableFunctionAttribute {
  const roleArn = Stack.of(alias).formatArn({ service: 'iam', region: '', resource: SCALING_ROLE_PATH, resourceName: SCALING_ROLE_NAME });
  return new ScalableFunctionAttribute(alias, 'AliasScaling', {
    minCapacity: options.minCapacity ?? 1,
    maxCapacity: options.maxCapacity,
    resourceId: `function:${alias.functionName}`,
    dimension: 'lambda:function:ProvisionedConcurrency',
    serviceNamespace: appscaling.ServiceNamespace.LAMBDA,
    role: iam.Role.fromRoleArn(alias, 'ScalingRole', roleArn),
  });
}
