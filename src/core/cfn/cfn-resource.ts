import { Construct, IConstruct } from 'constructs';
import { ValidationError } from '../errors';
import { RemovalPolicy, RemovalPolicyOptions } from '../removal-policy';
import type { ResourceEnvironment } from '../resource';
import { Reference } from '../tokens/reference';
import { ResolutionTypeHint } from '../tokens/resolvable';
import { CfnRefElement } from './cfn-element';
import { CfnReference } from './cfn-reference';
import { CfnDeletionPolicy, ICfnResourceOptions } from './cfn-resource-policy';
import { compareConstructPaths } from './path-order';
import { isStackLike, isStageLike } from './stack-lookup';
import { PROPERTY_ORDER, capitalizeKeys, deepMerge, orderKeys, splitOverridePath } from './render-util';

/** Construction properties of a raw CloudFormation resource. */
export interface CfnResourceProps {
  /** CloudFormation resource type (e.g. `AWS::S3::Bucket`). */
  readonly type: string;
  /**
   * Resource properties.
   * @default - No resource properties.
   */
  readonly properties?: { [name: string]: any };
}

const NO_OVERRIDES = Object.freeze({});
const NO_DEPENDENCIES: Set<CfnResource> = new Set();

const CFN_RESOURCE_SYMBOL = Symbol.for('lambda-cdk.CfnResource');
const PATH_METADATA_KEY = 'aws:cdk:path';
const ENABLE_PATH_METADATA_CONTEXT = 'aws:cdk:enable-path-metadata';

/** Represents a CloudFormation resource. */
export class CfnResource extends CfnRefElement {
  /** Check whether the given object is a CfnResource. */
  public static isCfnResource(x: any): x is CfnResource {
    return typeof x === 'object' && x !== null && CFN_RESOURCE_SYMBOL in x;
  }

  /** Options for this resource, such as condition, update policy etc. */
  public readonly cfnOptions: ICfnResourceOptions = {};
  /** AWS resource type. */
  public readonly cfnResourceType: string;

  /** The raw properties given to a plain CfnResource. */
  protected readonly _cfnProperties: any;

  // Most resources have neither overrides nor DependsOn: they share empty ones until they get their own.
  private rawOverrides: any = NO_OVERRIDES;
  private dependsOn: Set<CfnResource> = NO_DEPENDENCIES;

  constructor(scope: Construct, id: string, props: CfnResourceProps) {
    super(scope, id);
    if (!props.type) {
      throw new ValidationError('The `type` property is required for a CfnResource', this);
    }
    this.cfnResourceType = props.type;
    this._cfnProperties = props.properties || {};
    if (this.node.tryGetContext(ENABLE_PATH_METADATA_CONTEXT)) {
      this.addMetadata(PATH_METADATA_KEY, this.node.path);
    }
  }

  /**
   * Sets the deletion policy of the resource based on the removal policy specified.
   */
  public applyRemovalPolicy(policy: RemovalPolicy | undefined, options: RemovalPolicyOptions = {}): void {
    policy = policy ?? options.default ?? RemovalPolicy.RETAIN;
    let deletionPolicy: CfnDeletionPolicy;
    let updateReplacePolicy: CfnDeletionPolicy;
    switch (policy) {
      case RemovalPolicy.DESTROY: deletionPolicy = updateReplacePolicy = CfnDeletionPolicy.DELETE; break;
      case RemovalPolicy.RETAIN: deletionPolicy = updateReplacePolicy = CfnDeletionPolicy.RETAIN; break;
      case RemovalPolicy.SNAPSHOT: deletionPolicy = updateReplacePolicy = CfnDeletionPolicy.SNAPSHOT; break;
      case RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE:
        deletionPolicy = CfnDeletionPolicy.RETAIN_EXCEPT_ON_CREATE;
        updateReplacePolicy = CfnDeletionPolicy.RETAIN;
        break;
      default:
        throw new ValidationError(`Invalid removal policy: ${policy}; allowed: ${Object.values(RemovalPolicy).join(', ')}`, this);
    }
    this.cfnOptions.deletionPolicy = deletionPolicy;
    if (options.applyToUpdateReplacePolicy !== false) {
      this.cfnOptions.updateReplacePolicy = updateReplacePolicy;
    }
  }

  /** The environment (account and region) of the stack this resource is in. */
  public get env(): ResourceEnvironment {
    return { account: this.stack.account, region: this.stack.region };
  }

  /** Returns a token for a runtime attribute of this resource. */
  public getAtt(attributeName: string, typeHint?: ResolutionTypeHint): Reference {
    return CfnReference.for(this, attributeName, undefined, typeHint);
  }

  /**
   * Adds an override to the synthesized CloudFormation resource, by a dot-separated path
   * (`Properties.Foo.Bar`; escape a literal dot with `\\.`).
   */
  public addOverride(path: string, value: any): void {
    const parts = splitOverridePath(path);
    if (this.rawOverrides === NO_OVERRIDES) { this.rawOverrides = {}; }
    let curr: any = this.rawOverrides;
    while (parts.length > 1) {
      const key = parts.shift()!;
      const isObject = curr[key] != null && typeof curr[key] === 'object' && !Array.isArray(curr[key]);
      if (!isObject) { curr[key] = {}; }
      curr = curr[key];
    }
    curr[parts.shift()!] = value;
  }

  /** Syntactic sugar for `addOverride(path, undefined)`: removes the value at the path. */
  public addDeletionOverride(path: string): void {
    this.addOverride(path, undefined);
  }

  /** Adds an override to a resource property (`addOverride('Properties.' + path, value)`). */
  public addPropertyOverride(propertyPath: string, value: any): void {
    this.addOverride(`Properties.${propertyPath}`, value);
  }

  /** Adds an override that deletes the value of a property from the resource definition. */
  public addPropertyDeletionOverride(propertyPath: string): void {
    this.addPropertyOverride(propertyPath, undefined);
  }

  /**
   * Indicates that this resource depends on another resource and cannot be provisioned unless the other
   * resource has been successfully provisioned. Across stacks this becomes a stack dependency.
   */
  public addDependency(target: CfnResource): void {
    if (target.stack !== this.stack) {
      this.stack.addDependency(target.stack, `${this.node.path} -> ${target.node.path}`);
      return;
    }
    // As in aws-cdk-lib, resources nested below either side take part too (observed from its templates).
    for (const source of resourcesAtOrBelow(this)) {
      for (const dependency of resourcesAtOrBelow(target)) {
        if (source === dependency) { continue; }
        if (source.dependsOn === NO_DEPENDENCIES) { source.dependsOn = new Set(); }
        source.dependsOn.add(dependency);
      }
    }
  }

  /** Indicates that this resource depends on another resource (the newer name of `addDependency`). */
  public addResourceDependency(target: CfnResource): void {
    this.addDependency(target);
  }

  /** Removes the dependency between this resource and the target. */
  public removeDependency(target: CfnResource): void {
    for (const source of resourcesAtOrBelow(this)) {
      for (const dependency of resourcesAtOrBelow(target)) { source.dependsOn.delete(dependency); }
    }
  }

  /** Removes the dependency between this resource and the target (the newer name of `removeDependency`). */
  public removeResourceDependency(target: CfnResource): void {
    this.removeDependency(target);
  }

  /** The resources this resource depends on (the newer name of `obtainDependencies`). */
  public obtainResourceDependencies(): CfnResource[] {
    return this.obtainDependencies();
  }

  /** Replaces one dependency with another (the newer name of `replaceDependency`). */
  public replaceResourceDependency(target: CfnResource, newTarget: CfnResource): void {
    this.replaceDependency(target, newTarget);
  }

  /** Retrieves an array of resources this resource depends on. */
  public obtainDependencies(): CfnResource[] {
    return [...this.dependsOn];
  }

  /** Replaces one dependency with another. */
  public replaceDependency(target: CfnResource, newTarget: CfnResource): void {
    if (!this.dependsOn.has(target)) {
      throw new ValidationError(`"${this.node.path}" does not depend on "${target.node.path}"`, this);
    }
    this.removeDependency(target);
    this.addDependency(newTarget);
  }

  /** @deprecated use addDependency */
  public addDependsOn(target: CfnResource): void {
    this.addDependency(target);
  }

  /** Add a value to the CloudFormation Resource Metadata. */
  public addMetadata(key: string, value: any): void {
    if (!this.cfnOptions.metadata) { this.cfnOptions.metadata = {}; }
    this.cfnOptions.metadata[key] = value;
  }

  /** Retrieve a value from the CloudFormation Resource Metadata. */
  public getMetadata(key: string): any {
    return this.cfnOptions.metadata?.[key];
  }

  /** Returns a string representation of this construct. */
  public override toString(): string {
    return `${super.toString()} [${this.cfnResourceType}]`;
  }

  /** Whether this resource should be rendered into the template (false to leave it out). */
  protected shouldSynthesize(): boolean {
    return true;
  }

  /** @internal */
  public _shouldSynthesize(): boolean {
    return this.shouldSynthesize();
  }

  /** The resource's properties before rendering (camelCase for generated L1s). */
  protected get cfnProperties(): { [key: string]: any } {
    return this._cfnProperties;
  }

  /** Turns the (resolved) properties into CloudFormation shape; L1 classes override this. */
  protected renderProperties(props: { [key: string]: any }): { [key: string]: any } {
    return props;
  }

  /** Deprecated alias of cfnProperties kept for API compatibility. */
  public get updatedProperites(): { [key: string]: any } {
    return this.cfnProperties;
  }

  /** The current properties of this resource (before rendering). */
  public get updatedProperties(): { [key: string]: any } {
    return this.cfnProperties;
  }

  /**
   * The resource definition with tokens in place; synthesis resolves it and then calls `_finishRendering`.
   * @internal
   */
  public _toCloudFormation(): object {
    // Only the keys that have a value: resolving then need not copy the object to drop empty ones.
    const o = this.cfnOptions;
    const out: any = { Type: this.cfnResourceType, Properties: this.cfnProperties };
    if (this.dependsOn.size > 0) { out.DependsOn = renderDependsOn(this.dependsOn); }
    if (o.creationPolicy) { out.CreationPolicy = capitalizeKeys(o.creationPolicy); }
    if (o.updatePolicy) { out.UpdatePolicy = capitalizeKeys(o.updatePolicy); }
    if (o.updateReplacePolicy !== undefined) { out.UpdateReplacePolicy = o.updateReplacePolicy; }
    if (o.deletionPolicy !== undefined) { out.DeletionPolicy = o.deletionPolicy; }
    if (o.version !== undefined) { out.Version = o.version; }
    if (o.description !== undefined) { out.Description = o.description; }
    if (o.metadata && Object.keys(o.metadata).length > 0) { out.Metadata = o.metadata; }
    if (o.condition) { out.Condition = o.condition.resolvedLogicalId; }
    return out;
  }

  /**
   * Render the resolved definition: properties to CloudFormation shape, DependsOn to sorted logical IDs,
   * then the raw overrides (resolved separately) merged on top.
   * @internal
   */
  public _finishRendering(resolved: any, resolvedOverrides: any): any {
    const rendered = resolved.Properties !== undefined ? this.renderProperties(resolved.Properties) : undefined;
    if (rendered && hasSomeValue(rendered)) {
      resolved.Properties = rendered;
    } else {
      delete resolved.Properties;
    }
    if (isEmptyObject(resolvedOverrides)) { return resolved; }
    const merged = deepMerge(resolved, resolvedOverrides);
    const order: readonly string[] | undefined = (this as any)[PROPERTY_ORDER];
    if (order && resolvedOverrides.Properties && merged.Properties) {
      merged.Properties = orderKeys(merged.Properties, order);
    }
    return merged;
  }

  /** The raw overrides, unresolved. @internal */
  public get _rawOverrides(): any {
    return this.rawOverrides;
  }

  /** @internal */
  public _dependsOnTargets(): ReadonlySet<CfnResource> {
    return this.dependsOn;
  }
}

Object.defineProperty(CfnResource.prototype, CFN_RESOURCE_SYMBOL, { value: true });

/**
 * DependsOn lists the logical IDs of the targets in the order of their construct paths, compared as text for
 * people (letters case-insensitively first), as aws-cdk-lib does. The locale is fixed so every machine agrees.
 */
function renderDependsOn(targets: Set<CfnResource>): string[] {
  return [...targets]
    .map(t => ({ path: t.node.path, id: t.resolvedLogicalId }))
    .sort((a, b) => compareConstructPaths(a.path, b.path))
    .map(t => t.id);
}

function isEmptyObject(o: any): boolean {
  for (const _ in o) { return false; }
  return true;
}

function hasSomeValue(o: object): boolean {
  for (const k in o) { if ((o as any)[k] !== undefined) { return true; } }
  return false;
}

/** A construct that is a CfnResource, or has one as its default child. */
export function isCfnResourceConstruct(x: IConstruct): x is CfnResource {
  return CfnResource.isCfnResource(x);
}

/** The resource at `scope` (if it is one) and every resource below it, not descending into other stacks or stages. */
export function resourcesAtOrBelow(scope: IConstruct, out: CfnResource[] = []): CfnResource[] {
  if (CfnResource.isCfnResource(scope)) { out.push(scope); }
  for (const child of scope.node.children) {
    if (!isStackLike(child) && !isStageLike(child)) { resourcesAtOrBelow(child, out); }
  }
  return out;
}
