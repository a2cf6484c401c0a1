import { IConstruct } from 'constructs';

/** Represents an Aspect: it visits every construct in the scope it was added to, at synthesis. */
export interface IAspect {
  /** All aspects can visit an IConstruct. */
  visit(node: IConstruct): void;
}

/** Options when adding an aspect. */
export interface AspectOptions {
  /**
   * The priority value to apply on an Aspect: lower values run first.
   * @default - AspectPriority.DEFAULT
   */
  readonly priority?: number;
}

/** Default priority values for Aspects. */
export class AspectPriority {
  /** Suggested priority for Aspects that mutate the construct tree. */
  public static readonly MUTATING: number = 200;
  /** Suggested priority for Aspects that only read the construct tree. */
  public static readonly READONLY: number = 1000;
  /** Default priority for Aspects that are applied without a priority. */
  public static readonly DEFAULT: number = 500;
}

/** An aspect applied to a construct, with its priority. */
export class AspectApplication {
  /** The construct the aspect was added to. */
  public readonly construct: IConstruct;
  /** The aspect. */
  public readonly aspect: IAspect;
  private _priority: number;

  constructor(construct: IConstruct, aspect: IAspect, priority: number) {
    this.construct = construct;
    this.aspect = aspect;
    this._priority = priority;
  }

  /** The priority of the aspect. */
  public get priority(): number { return this._priority; }
  public set priority(priority: number) {
    if (priority < 0) { throw new Error(`Priority must be a non-negative number, got ${priority}`); }
    this._priority = priority;
  }
}

const ASPECTS_SYMBOL = Symbol.for('lambda-cdk.Aspects');

/** Aspects can be applied to CDK tree scopes and can operate on the tree before synthesis. */
export class Aspects {
  /** Returns the `Aspects` object associated with a construct scope. */
  public static of(scope: IConstruct): Aspects {
    let aspects = (scope as any)[ASPECTS_SYMBOL];
    if (!aspects) {
      aspects = new Aspects(scope);
      Object.defineProperty(scope, ASPECTS_SYMBOL, { value: aspects, configurable: false, enumerable: false });
    }
    return aspects;
  }

  /** Whether the construct has aspects (without creating the Aspects object). @internal */
  public static _peek(scope: IConstruct): Aspects | undefined {
    return (scope as any)[ASPECTS_SYMBOL];
  }

  private readonly _applications: AspectApplication[] = [];

  private constructor(private readonly _scope: IConstruct) { }

  /** Adds an aspect to apply to this scope before synthesis. */
  public add(aspect: IAspect, options?: AspectOptions): void {
    const priority = options?.priority ?? AspectPriority.DEFAULT;
    if (this._applications.some(a => a.aspect === aspect && a.priority === priority)) { return; }
    this._applications.push(new AspectApplication(this._scope, aspect, priority));
    (globalThis as any)[ASPECTS_ADDED] = true;
  }

  /** The list of aspects which were directly applied on this scope. */
  public get all(): IAspect[] {
    return this._applications.map(a => a.aspect);
  }

  /** The list of aspect applications (with priorities) on this scope. */
  public get applied(): AspectApplication[] {
    return [...this._applications];
  }
}

/** Set when any aspect is added, by any copy of this library in the process (aspects are found by a global symbol too). */
const ASPECTS_ADDED = Symbol.for('lambda-cdk.AspectsAdded');

/** Which aspect applications have visited each construct: an aspect visits a construct once, however often we synthesize. */
const invoked = new WeakMap<IConstruct, Set<AspectApplication>>();

/**
 * Invoke every aspect on every construct below `root`, inherited aspects first and by priority; repeat until
 * no aspect adds further aspects or constructs that have not been visited (the stabilization loop).
 * @internal
 */
export function invokeAspects(root: IConstruct): void {
  // Most apps add no aspect at all (no tags, no aspect of their own): then there is no tree to walk.
  if (!(globalThis as any)[ASPECTS_ADDED]) { return; }
  for (let pass = 0; pass < 100; pass++) {
    let didSomething = false;
    const visit = (construct: IConstruct, inherited: AspectApplication[]) => {
      const own = Aspects._peek(construct)?.applied ?? [];
      const all = own.length > 0 ? [...inherited, ...own].sort((a, b) => a.priority - b.priority) : inherited;
      let done = invoked.get(construct);
      for (const app of all) {
        if (done?.has(app)) { continue; }
        if (!done) { done = new Set(); invoked.set(construct, done); }
        app.aspect.visit(construct);
        done.add(app);
        didSomething = true;
      }
      for (const child of construct.node.children) { visit(child, all); }
    };
    visit(root, []);
    if (!didSomething) { return; }
  }
  throw new Error('Aspects keep adding new aspects or constructs after 100 passes; check for an aspect that adds itself');
}
