import type { IConstruct } from 'constructs';
import type { CfnResource } from '../cfn/cfn-resource';
import { Stack } from '../stack';

/** The context key the CDK CLI sets to ask for `aws:asset:*` resource metadata (the SAM CLI reads it). */
export const ASSET_RESOURCE_METADATA_CONTEXT = 'aws:cdk:enable-asset-metadata';

/**
 * Adds `aws:asset:*` entries to the metadata of `resource`, in the order given, when the context asks
 * for asset metadata; undefined values are left out.
 */
export function addAssetResourceMetadata(scope: IConstruct, resource: CfnResource, entries: { [key: string]: unknown }): void {
  if (!scope.node.tryGetContext(ASSET_RESOURCE_METADATA_CONTEXT)) { return; }
  for (const [key, value] of Object.entries(entries)) {
    if (value !== undefined) { resource.addMetadata(key, value); }
  }
}

/** The construct path of `construct` below its stack (`Outer/Inner`): the default display name of an asset. */
export function stackRelativePath(construct: IConstruct): string {
  // Assets of a nested stack are published with its top-level stack: the path is below that one.
  let stack = Stack.of(construct);
  while (stack.nestedStackParent !== undefined) { stack = stack.nestedStackParent; }
  const scopes = construct.node.scopes;
  return scopes.slice(scopes.indexOf(stack) + 1).map(s => s.node.id).join('/');
}
