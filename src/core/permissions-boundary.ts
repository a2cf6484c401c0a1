import { IConstruct } from 'constructs';
import { lazyModule } from './lazy-module';
import { findStack } from './cfn/stack-lookup';

/** The context key that holds the permissions boundary of a scope: `{ name }` or `{ arn }`. */
export const PERMISSIONS_BOUNDARY_CONTEXT_KEY = '@aws-cdk/core:permissionsBoundary';

/** The IAM resource types a permissions boundary applies to. */
const BOUNDED_TYPES: ReadonlySet<string> = new Set(['AWS::IAM::Role', 'AWS::IAM::User']);

/**
 * A permissions boundary for every IAM role and user of a Stage or Stack (the `permissionsBoundary` prop), by the
 * name or ARN of a managed policy. A name may contain `${Qualifier}`, replaced by the stack's bootstrap qualifier.
 */
export class PermissionsBoundary {
  /** A managed policy of the stack's account, by name: `arn:<partition>:iam::<account>:policy/<name>`. */
  public static fromName(name: string): PermissionsBoundary {
    return new PermissionsBoundary({ name });
  }

  /** A managed policy by ARN. */
  public static fromArn(arn: string): PermissionsBoundary {
    return new PermissionsBoundary({ arn });
  }

  private constructor(private readonly value: { readonly name?: string; readonly arn?: string }) { }

  /** Record the boundary on a scope (as context, which the scope's IAM resources read at synthesis). @internal */
  public _bind(scope: IConstruct): void {
    scope.node.setContext(PERMISSIONS_BOUNDARY_CONTEXT_KEY, this.value);
    boundariesBound = true;
  }
}

let boundariesBound = false;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const cfnResourceModule = lazyModule(() => require('./cfn/cfn-resource') as typeof import('./cfn/cfn-resource'));

/**
 * Whether synthesis has boundaries to apply: a Stage or Stack was given one, or the app's context sets one (from
 * cdk.json or the CLI). Spares apps without boundaries a walk of the whole tree.
 */
export function permissionsBoundariesInUse(root: IConstruct): boolean {
  return boundariesBound || root.node.tryGetContext(PERMISSIONS_BOUNDARY_CONTEXT_KEY) !== undefined;
}

/**
 * Give every IAM role and user below `root` the permissions boundary its scope's context names (set by a Stage's
 * or Stack's `permissionsBoundary`, or by the context key directly). Runs before aspects, so that
 * `iam.PermissionsBoundary.of(scope)` can still override or clear it.
 */
export function applyContextPermissionsBoundaries(all: readonly IConstruct[]): void {
  const { CfnResource } = cfnResourceModule();
  for (const c of all) {
    if (!CfnResource.isCfnResource(c) || !BOUNDED_TYPES.has(c.cfnResourceType)) { continue; }
    const boundary = c.node.tryGetContext(PERMISSIONS_BOUNDARY_CONTEXT_KEY) as { name?: string; arn?: string } | undefined;
    if (!boundary || (boundary.arn === undefined && boundary.name === undefined)) { continue; }
    c.addPropertyOverride('PermissionsBoundary', boundary.arn ?? boundaryArnOf(c, boundary.name!));
  }
}

function boundaryArnOf(resource: IConstruct, name: string): string {
  const stack = findStack(resource);
  const qualifier: string | undefined = stack.synthesizer?.bootstrapQualifier;
  const policyName = qualifier !== undefined ? name.replace(/\$\{Qualifier\}/g, qualifier) : name;
  return stack.formatArn({ service: 'iam', region: '', resource: 'policy', resourceName: policyName });
}
