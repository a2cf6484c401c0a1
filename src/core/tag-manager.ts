import { IResolvable } from './tokens/resolvable';
import { Lazy } from './tokens/lazy';

/** How a resource type takes its tags. */
export enum TagType {
  /** Standard tags: a list of `{ Key, Value }`. */
  STANDARD = 'StandardTag',
  /** Auto Scaling group tags: `{ Key, Value, PropagateAtLaunch }`. */
  AUTOSCALING_GROUP = 'AutoScalingGroupTag',
  /** A map of key to value. */
  MAP = 'StringToStringMap',
  /** A list of `{ Key, Value }` (used by stacks and some resources). */
  KEY_VALUE = 'KeyValue',
  /** The resource cannot be tagged. */
  NOT_TAGGABLE = 'NotTaggable',
}

/** Options to configure TagManager behavior. */
export interface TagManagerOptions {
  /**
   * The name of the property in CloudFormation for these tags.
   * @default "tags"
   */
  readonly tagPropertyName?: string;
}

/** Interface to implement tags. */
export interface ITaggable {
  /** TagManager to set, remove and format tags. */
  readonly tags: TagManager;
}

/** Modernized version of ITaggable (`cdkTagManager` instead of `tags`). */
export interface ITaggableV2 {
  /** TagManager to set, remove and format tags. */
  readonly cdkTagManager: TagManager;
}

interface TagEntry {
  readonly key: string;
  readonly value: string;
  readonly applyToLaunchedInstances?: boolean;
}

const TAG_MANAGER_SYMBOL = Symbol.for('lambda-cdk.TagManager');
const INITIAL_TAG_PRIORITY = 50;

/**
 * TagManager facilitates a common implementation of tagging for Constructs: it keeps the tags with their
 * priorities and renders them in the shape the resource type takes.
 */
export class TagManager {
  /** Check whether the given construct is Taggable. */
  public static isTaggable(construct: any): construct is ITaggable {
    const tags = construct?.tags;
    return tags !== undefined && tags !== null && typeof tags === 'object' && TAG_MANAGER_SYMBOL in tags;
  }

  /** Check whether the given construct is ITaggableV2. */
  public static isTaggableV2(construct: any): construct is ITaggableV2 {
    const tags = construct?.cdkTagManager;
    return tags !== undefined && tags !== null && typeof tags === 'object' && TAG_MANAGER_SYMBOL in tags;
  }

  /** Return the TagManager associated with the given construct, if any. */
  public static of(construct: any): TagManager | undefined {
    if (TagManager.isTaggableV2(construct)) { return construct.cdkTagManager; }
    if (TagManager.isTaggable(construct)) { return construct.tags; }
    return undefined;
  }

  /** The property name for tag values. */
  public readonly tagPropertyName: string;
  /** A lazy value that represents the rendered tags at synthesis time. */
  public readonly renderedTags: IResolvable;

  private readonly tags = new Map<string, TagEntry>();
  private readonly priorities = new Map<string, number>();
  private readonly initialTagPriority = INITIAL_TAG_PRIORITY;
  private dynamicTags: any;

  constructor(
    private readonly tagType: TagType,
    private readonly resourceTypeName: string,
    initialTags?: any,
    options: TagManagerOptions = {},
  ) {
    Object.defineProperty(this, TAG_MANAGER_SYMBOL, { value: true });
    this.tagPropertyName = options.tagPropertyName || 'tags';
    if (initialTags !== undefined) { this.parseInitialTags(initialTags); }
    this.renderedTags = Lazy.any({ produce: () => this.renderTags() });
  }

  /** Adds the specified tag to the array of tags. */
  public setTag(key: string, value: string, priority = 0, applyToLaunchedInstances = true): void {
    this._setTag({ key, value, applyToLaunchedInstances }, priority);
  }

  /** Removes the specified tag from the array if it exists. */
  public removeTag(key: string, priority: number): void {
    if (priority >= (this.priorities.get(key) || 0)) {
      this.tags.delete(key);
      this.priorities.set(key, priority);
    }
  }

  /**
   * Renders tags into the proper format based on TagType, merged with tags the resource already had in
   * another shape (`combineWithTags`).
   */
  public renderTags(combineWithTags?: any): any {
    const sorted = [...this.tags.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const rendered = formatTags(this.tagType, sorted);
    const dynamic = combineWithTags ?? this.dynamicTags;
    if (dynamic === undefined) { return rendered; }
    if (rendered === undefined) { return dynamic; }
    if (Array.isArray(rendered) && Array.isArray(dynamic)) { return [...rendered, ...dynamic]; }
    if (!Array.isArray(rendered) && typeof dynamic === 'object') { return { ...rendered, ...dynamic }; }
    return rendered;
  }

  /** Render the tags in a readable format: a map of key to value. */
  public tagValues(): Record<string, string> {
    const ret: Record<string, string> = {};
    for (const tag of this.tags.values()) { ret[tag.key] = tag.value; }
    return ret;
  }

  /** Determine if the aspect applies here, by the resource type and the include/exclude lists. */
  public applyTagAspectHere(include?: string[], exclude?: string[]): boolean {
    if (exclude && exclude.length > 0 && exclude.indexOf(this.resourceTypeName) !== -1) { return false; }
    if (include && include.length > 0 && include.indexOf(this.resourceTypeName) === -1) { return false; }
    return true;
  }

  /** Returns true if there are any tags defined. */
  public hasTags(): boolean {
    return this.tags.size > 0;
  }

  private _setTag(tag: TagEntry, priority: number) {
    if (priority >= (this.priorities.get(tag.key) || 0)) {
      this.tags.set(tag.key, tag);
      this.priorities.set(tag.key, priority);
    }
  }

  private parseInitialTags(initialTags: any) {
    if (Array.isArray(initialTags) && initialTags.some(t => typeof t?.resolve === 'function')) {
      this.dynamicTags = initialTags;
      return;
    }
    if (typeof initialTags?.resolve === 'function') {
      this.dynamicTags = initialTags;
      return;
    }
    if (Array.isArray(initialTags)) {
      for (const t of initialTags) {
        const key = t.key ?? t.Key;
        const value = t.value ?? t.Value;
        const propagate = t.propagateAtLaunch ?? t.PropagateAtLaunch;
        this._setTag({ key, value, applyToLaunchedInstances: propagate !== false && propagate !== 'false' }, this.initialTagPriority);
      }
    } else if (typeof initialTags === 'object' && initialTags !== null) {
      for (const key of Object.keys(initialTags)) {
        this._setTag({ key, value: initialTags[key] }, this.initialTagPriority);
      }
    }
  }
}

function formatTags(tagType: TagType, tags: TagEntry[]): any {
  if (tags.length === 0) { return undefined; }
  switch (tagType) {
    case TagType.STANDARD:
    case TagType.KEY_VALUE:
      return tags.map(t => ({ Key: t.key, Value: t.value }));
    case TagType.AUTOSCALING_GROUP:
      return tags.map(t => ({ Key: t.key, Value: t.value, PropagateAtLaunch: t.applyToLaunchedInstances !== false }));
    case TagType.MAP: {
      const ret: Record<string, string> = {};
      for (const t of tags) { ret[t.key] = t.value; }
      return ret;
    }
    default:
      return undefined;
  }
}
