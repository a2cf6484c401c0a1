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
/** Shared by every manager without tags of its own; never changed (ownMaps() replaces them first). */
const NO_TAGS: Map<string, TagEntry> = new Map();
const NO_PRIORITIES: Map<string, number> = new Map();
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
  // Most resources are never tagged: they share empty maps until they get a tag (or a removal) of their own.
  private tags: Map<string, TagEntry> = NO_TAGS;
  private priorities: Map<string, number> = NO_PRIORITIES;
  private _renderedTags?: IResolvable;
  private readonly initialTagPriority = INITIAL_TAG_PRIORITY;
  private dynamicTags: any;

  constructor(
    private readonly tagType: TagType,
    private readonly resourceTypeName: string,
    initialTags?: any,
    options: TagManagerOptions = {},
  ) {
    this.tagPropertyName = options.tagPropertyName || 'tags';
    if (initialTags !== undefined) { this.parseInitialTags(initialTags); }
  }

  /** A lazy value that represents the rendered tags at synthesis time. */
  public get renderedTags(): IResolvable {
    return this._renderedTags ??= Lazy.any({ produce: () => this.renderTags() });
  }

  /** Adds the specified tag to the array of tags. */
  public setTag(key: string, value: string, priority = 0, applyToLaunchedInstances = true): void {
    this._setTag({ key, value, applyToLaunchedInstances }, priority);
  }

  /** Removes the specified tag from the array if it exists. */
  public removeTag(key: string, priority: number): void {
    if (priority >= (this.priorities.get(key) || 0)) {
      this.ownMaps();
      this.tags.delete(key);
      this.priorities.set(key, priority);
    }
  }

  /**
   * Renders tags into the shape the resource type takes (for L1 properties: `{ key, value }` objects, which the L1
   * renders as `{ Key, Value }`). `combineWithTags` are tags the resource was given directly (newer L1s keep them
   * in a mutable `tags` field): they count as initial tags, so tags set or removed through `Tags.of()` win.
   */
  public renderTags(combineWithTags?: any): any {
    const direct = combineWithTags ?? this.dynamicTags;
    // Most resources have no tags at all: nothing to merge, sort or format.
    if (direct === undefined && this.tags.size === 0) { return undefined; }
    if (direct !== undefined && !isLiteralTagList(direct) && !isLiteralTagMap(direct)) {
      // Tokens among the given tags: keep them as they are, after ours.
      const rendered = formatTags(this.tagType, this.sortedTags());
      if (rendered === undefined) { return direct; }
      return Array.isArray(rendered) && Array.isArray(direct) ? [...rendered, ...direct] : rendered;
    }
    const entries = new Map<string, TagEntry>();
    for (const t of parseTagInput(direct)) {
      if (!this.priorities.has(t.key)) { entries.set(t.key, t); }
    }
    for (const t of this.tags.values()) { entries.set(t.key, t); }
    return formatTags(this.tagType, sortByKey([...entries.values()]));
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

  private sortedTags(): TagEntry[] {
    return sortByKey([...this.tags.values()]);
  }

  /** Give this manager maps of its own before its first change (they start as the shared empty ones). */
  private ownMaps(): void {
    if (this.tags === NO_TAGS) { this.tags = new Map(); }
    if (this.priorities === NO_PRIORITIES) { this.priorities = new Map(); }
  }

  private _setTag(tag: TagEntry, priority: number) {
    if (priority >= (this.priorities.get(tag.key) || 0)) {
      this.ownMaps();
      this.tags.set(tag.key, tag);
      this.priorities.set(tag.key, priority);
    }
  }

  private parseInitialTags(initialTags: any) {
    if (!isLiteralTagList(initialTags) && !isLiteralTagMap(initialTags)) {
      this.dynamicTags = initialTags;
      return;
    }
    for (const t of parseTagInput(initialTags)) { this._setTag(t, this.initialTagPriority); }
  }
}

// On the prototype: one definition, instead of a property added to every instance.
Object.defineProperty(TagManager.prototype, TAG_MANAGER_SYMBOL, { value: true });

function isLiteralTagList(x: any): boolean {
  return Array.isArray(x) && x.every(t => typeof t === 'object' && t !== null && typeof t.resolve !== 'function');
}

function isLiteralTagMap(x: any): boolean {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && typeof x.resolve !== 'function';
}

/** Tags given as a list of `{ key, value }` (either casing) or as a map. */
function parseTagInput(input: any): TagEntry[] {
  if (input === undefined || input === null) { return []; }
  if (Array.isArray(input)) {
    return input.map(t => {
      const propagate = t.propagateAtLaunch ?? t.PropagateAtLaunch;
      return { key: t.key ?? t.Key, value: t.value ?? t.Value, applyToLaunchedInstances: propagate !== false && propagate !== 'false' };
    });
  }
  return Object.keys(input).map(key => ({ key, value: input[key] }));
}

function sortByKey(tags: TagEntry[]): TagEntry[] {
  return tags.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function formatTags(tagType: TagType, tags: TagEntry[]): any {
  if (tags.length === 0) { return undefined; }
  switch (tagType) {
    case TagType.STANDARD:
      return tags.map(t => ({ key: t.key, value: t.value }));
    case TagType.KEY_VALUE:
      return tags.map(t => ({ Key: t.key, Value: t.value }));
    case TagType.AUTOSCALING_GROUP:
      return tags.map(t => ({ key: t.key, value: t.value, propagateAtLaunch: t.applyToLaunchedInstances !== false }));
    case TagType.MAP: {
      const ret: Record<string, string> = {};
      for (const t of tags) { ret[t.key] = t.value; }
      return ret;
    }
    default:
      return undefined;
  }
}
