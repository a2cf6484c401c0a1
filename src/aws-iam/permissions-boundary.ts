import { IConstruct } from 'constructs';
import { Aspects, CfnResource, IAspect } from '../core';
import type { IManagedPolicy } from './managed-policy';

/** The resource types that take a permissions boundary. */
const BOUNDED_TYPES: ReadonlySet<string> = new Set(['AWS::IAM::Role', 'AWS::IAM::User']);

/**
 * Apply a permissions boundary to every IAM role and user in a scope (at synthesis, over boundaries they were
 * given), or remove it: `PermissionsBoundary.of(stack).apply(policy)`.
 */
export class PermissionsBoundary {
  /** The permissions boundary API of a scope. */
  public static of(scope: IConstruct): PermissionsBoundary {
    return new PermissionsBoundary(scope);
  }

  private constructor(private readonly scope: IConstruct) { }

  /** Apply the given managed policy as the permissions boundary of the roles and users in the scope. */
  public apply(boundaryPolicy: IManagedPolicy): void {
    Aspects.of(this.scope).add(new BoundaryAspect((resource) => {
      resource.addPropertyOverride('PermissionsBoundary', boundaryPolicy.managedPolicyArn);
    }));
  }

  /** Remove the permissions boundary of the roles and users in the scope (one applied higher up included). */
  public clear(): void {
    Aspects.of(this.scope).add(new BoundaryAspect((resource) => {
      resource.addPropertyDeletionOverride('PermissionsBoundary');
    }));
  }
}

class BoundaryAspect implements IAspect {
  constructor(private readonly change: (resource: CfnResource) => void) { }

  public visit(node: IConstruct): void {
    if (CfnResource.isCfnResource(node) && BOUNDED_TYPES.has(node.cfnResourceType)) { this.change(node); }
  }
}
