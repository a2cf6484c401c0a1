import { IConstruct, Node } from 'constructs';
import { makeUniqueId, makeUniqueIdWithSeparator } from './logical-id';

/** Options for creating a unique resource name. */
export interface UniqueResourceNameOptions {
  /**
   * The maximum length of the unique resource name.
   * @default - 256
   */
  readonly maxLength?: number;
  /**
   * The separator used between the path components.
   * @default - none
   */
  readonly separator?: string;
  /**
   * Non-alphanumeric characters allowed in the unique resource name.
   * @default - none
   */
  readonly allowedSpecialCharacters?: string;
}

/** Functions for devising unique names for constructs. */
export class Names {
  /** Returns a CloudFormation-compatible unique identifier for a construct based on its path (max 255 chars). */
  public static uniqueId(construct: IConstruct): string {
    const node = Node.of(construct);
    const components = node.scopes.slice(1).map(c => Node.of(c).id);
    return components.length > 0 ? makeUniqueId(components) : '';
  }

  /** Returns a CloudFormation-compatible unique identifier for a construct node, based on its path. */
  public static nodeUniqueId(node: Node): string {
    const components = node.scopes.slice(1).map(c => Node.of(c).id);
    return components.length > 0 ? makeUniqueId(components) : '';
  }

  /**
   * Returns a unique name for a construct, from the path below its stack, at most `maxLength` characters:
   * the readable part is trimmed from the middle, the path hash is kept.
   */
  public static uniqueResourceName(construct: IConstruct, options: UniqueResourceNameOptions): string {
    const scopes = Node.of(construct).scopes;
    const stackIndex = scopes.findIndex(c => typeof (c as any).templateFile === 'string' && typeof (c as any).artifactId === 'string');
    const components = scopes.slice(stackIndex >= 0 ? stackIndex + 1 : 1).map(c => Node.of(c).id);
    const maxLength = options.maxLength ?? 256;
    const allowed = options.allowedSpecialCharacters ?? '';
    const cleaned = components.map(c => c.replace(new RegExp(`[^A-Za-z0-9${escapeForCharClass(allowed)}]`, 'g'), ''));
    const id = options.separator
      ? makeUniqueIdWithSeparator(cleaned, options.separator, Number.MAX_SAFE_INTEGER)
      : makeUniqueId(cleaned);
    if (id.length <= maxLength) { return id; }
    const half = Math.floor(maxLength / 2);
    return id.slice(0, half) + id.slice(id.length - (maxLength - half));
  }

  private constructor() { }
}

function escapeForCharClass(s: string): string {
  return s.replace(/[\]\\^-]/g, '\\$&');
}

