import { Construct } from 'constructs';
import { ValidationError } from '../errors';
import { Token } from '../tokens/token';
import { CfnRefElement } from './cfn-element';
import { lazyModule } from '../lazy-module';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const fnModule = lazyModule(() => require('./fn') as typeof import('./fn'));

/** Properties of a CfnMapping. */
export interface CfnMappingProps {
  /**
   * Mapping of key to a set of corresponding set of named values.
   * @default - No mapping.
   */
  readonly mapping?: { [k1: string]: { [k2: string]: any } };
  /**
   * Whether the mapping is only rendered when it is used (by `findInMap` with a token key).
   * @default false
   */
  readonly lazy?: boolean;
}

/** Represents a CloudFormation mapping. */
export class CfnMapping extends CfnRefElement {
  private mapping: { [k1: string]: { [k2: string]: any } };
  private readonly lazy?: boolean;
  private lazyRender = false;

  constructor(scope: Construct, id: string, props: CfnMappingProps = {}) {
    super(scope, id);
    this.mapping = { ...(props.mapping ?? {}) };
    this.lazy = props.lazy;
  }

  /** Sets a value in the map based on the two keys. */
  public setValue(key1: string, key2: string, value: any): void {
    this.validateAlphanumeric(key2);
    if (!(key1 in this.mapping)) { this.mapping[key1] = {}; }
    this.mapping[key1][key2] = value;
  }

  /** Returns a token for `Fn::FindInMap` on this mapping (or the literal value when it is lazy and the keys are known). */
  public findInMap(key1: string, key2: string, defaultValue?: string): string {
    let fullyResolved = false;
    let notInMap = false;
    if (!Token.isUnresolved(key1)) {
      if (!(key1 in this.mapping)) {
        if (defaultValue === undefined) {
          throw new ValidationError(`Mapping doesn't contain top-level key '${key1}'`, this);
        }
        notInMap = true;
      } else if (!Token.isUnresolved(key2)) {
        if (!(key2 in this.mapping[key1])) {
          if (defaultValue === undefined) {
            throw new ValidationError(`Mapping doesn't contain second-level key '${key2}'`, this);
          }
          notInMap = true;
        }
        fullyResolved = true;
      }
    }
    if (this.lazy) {
      if (notInMap && defaultValue !== undefined) { return defaultValue; }
      if (fullyResolved) { return this.mapping[key1][key2]; }
    }
    if (!fullyResolved) { this.lazyRender = true; }
    const { Fn } = fnModule();
    return Fn.findInMap(this.logicalId, key1, key2, defaultValue);
  }

  /** @internal */
  public _toCloudFormation(): object {
    if (this.lazy === true && !this.lazyRender) { return {}; }
    return { Mappings: { [this.resolvedLogicalId]: this.mapping } };
  }

  private validateAlphanumeric(value: any) {
    if (typeof value === 'string' && value.match(/[^a-zA-Z0-9]/g)) {
      throw new ValidationError(`Attribute name '${value}' must contain only alphanumeric characters.`, this);
    }
  }
}
