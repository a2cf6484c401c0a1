import { IConstruct, Node } from 'constructs';
import { digestOf } from './digest';
import { makeUniqueId } from './logical-id';

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
   * Returns a unique name for a construct (as aws-cdk-lib renders it): the stack name and the construct ids below
   * the stack, without `Default`, `Resource` and repeated parts, stripped of characters other than letters, digits
   * and `allowedSpecialCharacters`, joined by `separator`, followed by the separator and the first 8 hex digits
   * (upper case) of the MD5 of the raw parts joined by `/`. A readable part that is too long keeps its start and end.
   */
  public static uniqueResourceName(construct: IConstruct, options: UniqueResourceNameOptions): string {
    const scopes = Node.of(construct).scopes;
    const stackIndex = scopes.findIndex(c => typeof (c as any).templateFile === 'string' && typeof (c as any).artifactId === 'string');
    const stackName: string = stackIndex >= 0 ? (scopes[stackIndex] as any).stackName : '';
    const below = scopes.slice(stackIndex >= 0 ? stackIndex + 1 : 1).map(c => Node.of(c).id);
    const components = [stackName, ...below].filter(c => c !== '' && c !== 'Default');
    const maxLength = options.maxLength ?? 256;
    const separator = options.separator ?? '';
    const allowed = new RegExp(`[^A-Za-z0-9${escapeForCharClass(options.allowedSpecialCharacters ?? '')}]`, 'g');
    const hash = digestOf('md5', components.join('/')).slice(0, 8).toUpperCase();
    const readable = dropRepeats(components).filter(c => c !== 'Resource').map(c => c.replace(allowed, '')).filter(c => c !== '').join(separator);
    const room = maxLength - hash.length - separator.length;
    const trimmed = readable.length <= room ? readable : readable.slice(0, Math.ceil(room / 2)) + readable.slice(readable.length - Math.floor(room / 2));
    return `${trimmed}${separator}${hash}`;
  }

  private constructor() { }
}

function escapeForCharClass(s: string): string {
  return s.replace(/[\]\\^-]/g, '\\$&');
}


function dropRepeats(parts: string[]): string[] {
  const out: string[] = [];
  for (const p of parts) { if (out.length === 0 || out[out.length - 1] !== p) { out.push(p); } }
  return out;
}
