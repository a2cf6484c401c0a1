import { UnscopedValidationError } from './errors';
import { Token, Tokenization } from './tokens/token';

/** Rounding behaviour when converting between units of `Size`. */
export enum SizeRoundingBehavior {
  /** Fail the conversion if the result is not an integer. */
  FAIL,
  /** If the result is not an integer, round it to the closest integer less than the result. */
  FLOOR,
  /** Don't round; return even if the result is a fraction. */
  NONE,
}

/** Options for how to convert a size to a different unit. */
export interface SizeConversionOptions {
  /**
   * How the conversion behaves when the result is not an integer.
   * @default SizeRoundingBehavior.FAIL
   */
  readonly rounding?: SizeRoundingBehavior;
}

/** A unit of digital storage. */
class StorageUnit {
  public static readonly Bytes = new StorageUnit('bytes', 'bytes', 1);
  public static readonly Kibibytes = new StorageUnit('kibibytes', 'KiB', 1024);
  public static readonly Mebibytes = new StorageUnit('mebibytes', 'MiB', 1024 ** 2);
  public static readonly Gibibytes = new StorageUnit('gibibytes', 'GiB', 1024 ** 3);
  public static readonly Tebibytes = new StorageUnit('tebibytes', 'TiB', 1024 ** 4);
  public static readonly Pebibytes = new StorageUnit('pebibytes', 'PiB', 1024 ** 5);

  private constructor(public readonly label: string, public readonly shortLabel: string, public readonly inBytes: number) { }

  public toString(): string { return this.label; }
}

/** Largest first: a human-readable size uses the largest unit in which the amount is at least 1. */
const UNITS_LARGEST_FIRST = [
  StorageUnit.Pebibytes, StorageUnit.Tebibytes, StorageUnit.Gibibytes,
  StorageUnit.Mebibytes, StorageUnit.Kibibytes, StorageUnit.Bytes,
];

/**
 * Represents the amount of digital storage.
 *
 * The amount can be a literal (which cannot be negative) or an unresolved number token.
 * A token amount can only be read back in the unit it was created with, without rounding.
 */
export class Size {
  /** Create a Size representing an amount of bytes. */
  public static bytes(amount: number): Size {
    return new Size(amount, StorageUnit.Bytes);
  }

  /** Create a Size representing an amount of kibibytes (1 KiB = 1024 bytes). */
  public static kibibytes(amount: number): Size {
    return new Size(amount, StorageUnit.Kibibytes);
  }

  /** Create a Size representing an amount of mebibytes (1 MiB = 1024 KiB). */
  public static mebibytes(amount: number): Size {
    return new Size(amount, StorageUnit.Mebibytes);
  }

  /** Create a Size representing an amount of gibibytes (1 GiB = 1024 MiB). */
  public static gibibytes(amount: number): Size {
    return new Size(amount, StorageUnit.Gibibytes);
  }

  /** Create a Size representing an amount of tebibytes (1 TiB = 1024 GiB). */
  public static tebibytes(amount: number): Size {
    return new Size(amount, StorageUnit.Tebibytes);
  }

  /**
   * Create a Size representing an amount of pebibytes (1 PiB = 1024 TiB).
   * @deprecated Use `pebibytes` instead.
   */
  public static pebibyte(amount: number): Size {
    return new Size(amount, StorageUnit.Pebibytes);
  }

  /** Create a Size representing an amount of pebibytes (1 PiB = 1024 TiB). */
  public static pebibytes(amount: number): Size {
    return new Size(amount, StorageUnit.Pebibytes);
  }

  private readonly amount: number;
  private readonly unit: StorageUnit;

  private constructor(amount: number, unit: StorageUnit) {
    if (amount < 0 && !Token.isUnresolved(amount)) {
      throw new UnscopedValidationError(`Size amounts cannot be negative, got Size.${unit.label}(${amount})`);
    }
    this.amount = amount;
    this.unit = unit;
  }

  /** Return this storage as a total number of bytes. */
  public toBytes(opts: SizeConversionOptions = {}): number {
    return this.convertTo(StorageUnit.Bytes, opts.rounding);
  }

  /** Return this storage as a total number of kibibytes. */
  public toKibibytes(opts: SizeConversionOptions = {}): number {
    return this.convertTo(StorageUnit.Kibibytes, opts.rounding);
  }

  /** Return this storage as a total number of mebibytes. */
  public toMebibytes(opts: SizeConversionOptions = {}): number {
    return this.convertTo(StorageUnit.Mebibytes, opts.rounding);
  }

  /** Return this storage as a total number of gibibytes. */
  public toGibibytes(opts: SizeConversionOptions = {}): number {
    return this.convertTo(StorageUnit.Gibibytes, opts.rounding);
  }

  /** Return this storage as a total number of tebibytes. */
  public toTebibytes(opts: SizeConversionOptions = {}): number {
    return this.convertTo(StorageUnit.Tebibytes, opts.rounding);
  }

  /** Return this storage as a total number of pebibytes. */
  public toPebibytes(opts: SizeConversionOptions = {}): number {
    return this.convertTo(StorageUnit.Pebibytes, opts.rounding);
  }

  /** Checks if size is a token or a resolvable object. */
  public isUnresolved(): boolean {
    return Token.isUnresolved(this.amount);
  }

  /**
   * Returns a human-readable size in the largest unit in which it is at least 1, with at most two decimals,
   * e.g. `1.5 MiB`; a token amount stays a token inside the string.
   */
  public toHumanString(): string {
    if (Token.isUnresolved(this.amount)) {
      return `${Tokenization.stringifyNumber(this.amount)} ${this.unit.shortLabel}`;
    }
    const bytes = this.toBytes();
    for (const unit of UNITS_LARGEST_FIRST) {
      const amount = bytes / unit.inBytes;
      if (amount >= 1) { return `${withAtMostTwoDecimals(amount)} ${unit.shortLabel}`; }
    }
    return `${bytes} ${StorageUnit.Bytes.shortLabel}`;
  }

  /** Returns a string representation of this Size, e.g. `Size.mebibytes(5)`. */
  public toString(): string {
    return `Size.${this.unit.label}(${this.amount})`;
  }

  /**
   * Without an explicit rounding, reading a size back in its own unit returns the amount as given
   * (so a fractional or token amount passes); an explicit FAIL or FLOOR always applies.
   */
  private convertTo(target: StorageUnit, rounding: SizeRoundingBehavior | undefined): number {
    const sameUnit = this.unit === target;
    if (Token.isUnresolved(this.amount)) {
      if (sameUnit && (rounding === undefined || rounding === SizeRoundingBehavior.NONE)) { return this.amount; }
      throw new UnscopedValidationError(`Size must be specified as 'Size.${target.label}()' here: its amount is a token, which `
        + (sameUnit ? `cannot be rounded (got rounding ${SizeRoundingBehavior[rounding!] ?? rounding}; allowed: NONE or none given)`
          : `cannot be converted from ${this.unit.label} to ${target.label} (got Size.${this.unit.label}(<token>))`));
    }
    if (sameUnit && (rounding === undefined || rounding === SizeRoundingBehavior.NONE)) { return this.amount; }
    const value = sameUnit ? this.amount : this.amount * (this.unit.inBytes / target.inBytes);
    switch (rounding) {
      case SizeRoundingBehavior.NONE: return value;
      case SizeRoundingBehavior.FLOOR: return Math.floor(value);
      default:
        if (!Number.isInteger(value)) {
          throw new UnscopedValidationError(`${this.toString()} cannot be converted into a whole number of ${target.label} (got ${value}); `
            + 'pass { rounding: SizeRoundingBehavior.FLOOR } or { rounding: SizeRoundingBehavior.NONE } to accept it');
        }
        return value;
    }
  }
}

/** `1.50` → `1.5`, `1024.00` → `1024`: the digits of `toFixed(2)`, without trailing zeros. */
function withAtMostTwoDecimals(x: number): string {
  return x.toFixed(2).replace(/0+$/, '').replace(/\.$/, '');
}
