import { IConstruct } from 'constructs';
import { Annotations } from './annotations';
import { Aspects, IAspect } from './aspects';
import { TagManager } from './tag-manager';

/** Properties for a tag. */
export interface TagProps {
  /**
   * Whether the tag should be applied to instances in an AutoScalingGroup.
   * @default true
   */
  readonly applyToLaunchedInstances?: boolean;
  /**
   * An array of Resource Types that will not receive this tag.
   * @default []
   */
  readonly excludeResourceTypes?: string[];
  /**
   * An array of Resource Types that will receive this tag (empty means all).
   * @default []
   */
  readonly includeResourceTypes?: string[];
  /**
   * Priority of the tag operation: higher or equal priority operations win over lower ones.
   * @default Default priorities: 100 for SetTag, 200 for RemoveTag, 50 for tags added directly to the resource
   */
  readonly priority?: number;
}

/** The common functionality for Tag and Remove Tag Aspects. */
abstract class TagBase implements IAspect {
  /** The string key for the tag. */
  public readonly key: string;
  protected readonly props: TagProps;

  constructor(key: string, props: TagProps = {}) {
    this.key = key;
    this.props = props;
  }

  public visit(construct: IConstruct): void {
    const manager = TagManager.of(construct);
    if (manager) { this.applyTag(manager); }
  }

  protected abstract applyTag(manager: TagManager): void;
}

/** The Tag Aspect will handle adding a tag to this node and cascading tags to children. */
export class Tag extends TagBase {
  /** @deprecated use `Tags.of(scope).add()` */
  public static add(scope: IConstruct, key: string, value: string, props: TagProps = {}): void {
    Annotations.of(scope).addDeprecation('@aws-cdk/core.Tag.add(scope,k,v)', 'Use "Tags.of(scope).add(k,v)" instead');
    Tags.of(scope).add(key, value, props);
  }

  /** The string value of the tag. */
  public readonly value: string;
  private readonly defaultPriority = 100;

  constructor(key: string, value: string, props: TagProps = {}) {
    super(key, props);
    if (value === undefined) {
      throw new Error(`Tag '${key}': the value is undefined; a tag needs a string value`);
    }
    this.value = value;
  }

  protected applyTag(manager: TagManager): void {
    if (manager.applyTagAspectHere(this.props.includeResourceTypes, this.props.excludeResourceTypes)) {
      manager.setTag(this.key, this.value, this.props.priority ?? this.defaultPriority, this.props.applyToLaunchedInstances);
    }
  }
}

/** The RemoveTag Aspect will handle removing tags from this node and children. */
export class RemoveTag extends TagBase {
  private readonly defaultPriority = 200;

  protected applyTag(manager: TagManager): void {
    if (manager.applyTagAspectHere(this.props.includeResourceTypes, this.props.excludeResourceTypes)) {
      manager.removeTag(this.key, this.props.priority ?? this.defaultPriority);
    }
  }
}

/** Manages AWS tags for all resources within a construct scope. */
export class Tags {
  /** Returns the tags API for this scope. */
  public static of(scope: IConstruct): Tags {
    return new Tags(scope);
  }

  private constructor(private readonly scope: IConstruct) { }

  /** Add tags to the node of a construct and all its taggable children. */
  public add(key: string, value: string, props: TagProps = {}): void {
    Aspects.of(this.scope).add(new Tag(key, value, props), { priority: 200 });
  }

  /** Remove tags from the node of a construct and all its taggable children. */
  public remove(key: string, props: TagProps = {}): void {
    Aspects.of(this.scope).add(new RemoveTag(key, props), { priority: 200 });
  }
}
