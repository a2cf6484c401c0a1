import { IResolvable, IResolveContext } from './tokens/resolvable';
import { NO_CREATION_STACK } from './tokens/creation-stack';

/**
 * An object that renders as a JSON `null` where `undefined` would be dropped: in a template, and in
 * `JSON.stringify`.
 */
export class JsonNull implements IResolvable {
  /** The canonical instance of `JsonNull`. */
  public static readonly INSTANCE = new JsonNull();

  /** The creation stack of this token (none is recorded). */
  public readonly creationStack: string[] = NO_CREATION_STACK;

  private constructor() { }

  /** Produces the value `null`. */
  public resolve(_ctx: IResolveContext): any {
    return null;
  }

  /** Obtains the JSON representation of this object (`null`). */
  public toJSON(): any {
    return null;
  }

  /** Obtains the string representation of this object (`'null'`). */
  public toString(): string {
    return 'null';
  }
}
