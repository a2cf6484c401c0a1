import * as appscaling from '../../aws-applicationautoscaling';
import type * as iam from '../../aws-iam';
import type { Alias } from '../alias';
import type { AutoScalingOptions, IScalableFunctionAttribute } from '../scalable-attribute-api';
import { ScalableFunctionAttribute } from './scalable-function-attribute';

/**
 * Scale the provisioned concurrency of `alias`: a scalable target named `AliasScaling` under the alias, which
 * Application Auto Scaling operates with `scalingRole` (the alias's imported service-linked role).
 */
export function scaleAliasProvisionedConcurrency(alias: Alias, scalingRole: iam.IRole, options: AutoScalingOptions): IScalableFunctionAttribute {
  return new ScalableFunctionAttribute(alias, 'AliasScaling', {
    minCapacity: options.minCapacity ?? 1,
    maxCapacity: options.maxCapacity,
    resourceId: `function:${alias.functionName}`,
    dimension: 'lambda:function:ProvisionedConcurrency',
    serviceNamespace: appscaling.ServiceNamespace.LAMBDA,
    role: scalingRole,
  });
}
