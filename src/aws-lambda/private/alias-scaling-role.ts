import * as iam from '../../aws-iam';
import { Stack } from '../../core';
import type { Construct } from 'constructs';

/** The service-linked role Application Auto Scaling uses for Lambda provisioned concurrency (created by AWS). */
const SCALING_ROLE_PATH = 'role/aws-service-role/lambda.application-autoscaling.amazonaws.com';
const SCALING_ROLE_NAME = 'AWSServiceRoleForApplicationAutoScaling_LambdaConcurrency';

/**
 * The service-linked role that scales an alias's provisioned concurrency, imported as the alias's child
 * `ScalingRole`. aws-cdk-lib imports it in every alias's constructor, right after the alias's resource (observed in
 * its tree.json): so does this, so that the construct tree, and the order of the alias's children, are the same.
 */
export function importAliasScalingRole(alias: Construct): iam.IRole {
  const roleArn = Stack.of(alias).formatArn({ service: 'iam', region: '', resource: SCALING_ROLE_PATH, resourceName: SCALING_ROLE_NAME });
  return iam.Role.fromRoleArn(alias, 'ScalingRole', roleArn);
}
