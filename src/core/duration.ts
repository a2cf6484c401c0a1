import { UnscopedValidationError } from './errors';
import { Token, Tokenization } from './tokens/token';

/** Options for how to convert a duration to a different unit. */
export interface TimeConversionOptions {
  /**
   * If `true`, the conversion fails when the result is not a whole number.
   * @default true
   */
  readonly integral?: boolean;
}

/** A unit of time; `label` is plural and `isoLabel` is the ISO 8601 designator. */
class TimeUnit {
  public static readonly Milliseconds = new TimeUnit('millis', '', 1);
  public static readonly Seconds = new TimeUnit('seconds', 'S', 1_000);
  public static readonly Minutes = new TimeUnit('minutes', 'M', 60_000);
  public static readonly Hours = new TimeUnit('hours', 'H', 3_600_000);
  public static readonly Days = new TimeUnit('days', 'D', 86_400_000);

  private constructor(public readonly label: string, public readonly isoLabel: string, public readonly inMillis: number) { }

  public toString(): string { return this.label; }
}

/** Largest first: the order in which a duration is broken into human and ISO components. */
const UNITS_LARGEST_FIRST = [TimeUnit.Days, TimeUnit.Hours, TimeUnit.Minutes, TimeUnit.Seconds, TimeUnit.Milliseconds];

/** The name of the factory that creates a duration in the given unit, for error messages. */
const FACTORY_NAMES = new Map<TimeUnit, string>([
  [TimeUnit.Milliseconds, 'Duration.millis'],
  [TimeUnit.Seconds, 'Duration.seconds'],
  [TimeUnit.Minutes, 'Duration.minutes'],
  [TimeUnit.Hours, 'Duration.hours'],
  [TimeUnit.Days, 'Duration.days'],
]);

/** Fractions of a millisecond at or below this are left out of human-readable strings. */
const NEGLIGIBLE_MILLIS = 0.0001;

// Days, hours and minutes are whole numbers; seconds may carry a fraction of up to three digits (milliseconds).
const ISO_DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:\.(\d{0,3}))?S)?)?$/;

/**
 * Represents a length of time.
 *
 * The amount can be a literal (which cannot be negative) or an unresolved number token.
 * A token amount can only be read back in the unit it was created with.
 */
export class Duration {
  /** Create a Duration representing an amount of milliseconds. */
  public static millis(amount: number): Duration {
    return new Duration(amount, TimeUnit.Milliseconds);
  }

  /** Create a Duration representing an amount of seconds. */
  public static seconds(amount: number): Duration {
    return new Duration(amount, TimeUnit.Seconds);
  }

  /** Create a Duration representing an amount of minutes. */
  public static minutes(amount: number): Duration {
    return new Duration(amount, TimeUnit.Minutes);
  }

  /** Create a Duration representing an amount of hours. */
  public static hours(amount: number): Duration {
    return new Duration(amount, TimeUnit.Hours);
  }

  /** Create a Duration representing an amount of days. */
  public static days(amount: number): Duration {
    return new Duration(amount, TimeUnit.Days);
  }

  /**
   * Parse a period formatted according to the ISO 8601 standard, e.g. `PT1H30M` or `P1DT0.5S`.
   *
   * Only days, hours, minutes and seconds (with up to three fractional digits) are accepted.
   * @returns a Duration in milliseconds
   */
  public static parse(duration: string): Duration {
    const match = ISO_DURATION.exec(duration);
    if (!match || (match[1] === undefined && match[2] === undefined && match[3] === undefined && match[4] === undefined)) {
      throw new UnscopedValidationError(`Duration.parse: '${duration}' is not an ISO 8601 duration; `
        + "expected the form P[nD][T[nH][nM][n[.fff]S]], e.g. 'PT1H30M' or 'P1DT0.5S'");
    }
    const [, days, hours, minutes, seconds, fraction] = match;
    const millis = wholeNumber(fraction?.padEnd(3, '0'))
      + wholeNumber(seconds) * TimeUnit.Seconds.inMillis
      + wholeNumber(minutes) * TimeUnit.Minutes.inMillis
      + wholeNumber(hours) * TimeUnit.Hours.inMillis
      + wholeNumber(days) * TimeUnit.Days.inMillis;
    return Duration.millis(millis);
  }

  private readonly amount: number;
  private readonly unit: TimeUnit;

  private constructor(amount: number, unit: TimeUnit) {
    if (amount < 0 && !Token.isUnresolved(amount)) {
      throw new UnscopedValidationError(`Duration amounts cannot be negative, got ${FACTORY_NAMES.get(unit)}(${amount})`);
    }
    this.amount = amount;
    this.unit = unit;
  }

  /** Add two Durations together; the result is expressed in the finer of the two units, in which both must be whole. */
  public plus(rhs: Duration): Duration {
    const unit = finerUnit(this.unit, rhs.unit);
    return new Duration(this.convertTo(unit, true) + rhs.convertTo(unit, true), unit);
  }

  /**
   * Subtract a Duration from this one; the result is expressed in the finer of the two units, in which both must be
   * whole, and cannot be negative.
   */
  public minus(rhs: Duration): Duration {
    const unit = finerUnit(this.unit, rhs.unit);
    return new Duration(this.convertTo(unit, true) - rhs.convertTo(unit, true), unit);
  }

  /** Return the total number of milliseconds in this Duration. */
  public toMilliseconds(opts: TimeConversionOptions = {}): number {
    return this.convertTo(TimeUnit.Milliseconds, opts.integral ?? true);
  }

  /** Return the total number of seconds in this Duration. */
  public toSeconds(opts: TimeConversionOptions = {}): number {
    return this.convertTo(TimeUnit.Seconds, opts.integral ?? true);
  }

  /** Return the total number of minutes in this Duration. */
  public toMinutes(opts: TimeConversionOptions = {}): number {
    return this.convertTo(TimeUnit.Minutes, opts.integral ?? true);
  }

  /** Return the total number of hours in this Duration. */
  public toHours(opts: TimeConversionOptions = {}): number {
    return this.convertTo(TimeUnit.Hours, opts.integral ?? true);
  }

  /** Return the total number of days in this Duration. */
  public toDays(opts: TimeConversionOptions = {}): number {
    return this.convertTo(TimeUnit.Days, opts.integral ?? true);
  }

  /** Return an ISO 8601 representation of this period, e.g. `P1DT1H1M1S`; zero is `PT0S`. */
  public toIsoString(): string {
    if (Token.isUnresolved(this.amount)) {
      throw new UnscopedValidationError(`${FACTORY_NAMES.get(this.unit)}(<token>) cannot be rendered as an ISO 8601 duration: `
        + 'its amount is a token, known only at deployment');
    }
    if (this.amount === 0) { return 'PT0S'; }
    let date = '';
    let time = '';
    for (const [amount, unit] of this.components(true)) {
      if (unit === TimeUnit.Days) { date += `${amount}D`; } else { time += `${amount}${unit.isoLabel}`; }
    }
    return `P${date}${time ? `T${time}` : ''}`;
  }

  /**
   * Return an ISO 8601 representation of this period.
   * @deprecated Use `toIsoString()` instead.
   */
  public toISOString(): string {
    return this.toIsoString();
  }

  /** Turn this duration into a human-readable string of at most two parts, e.g. `1 day 1 hour`. */
  public toHumanString(): string {
    if (Token.isUnresolved(this.amount)) { return `<token> ${this.unit.label}`; }
    if (this.amount === 0) { return `0 ${this.unit.label}`; }
    return this.components(false)
      // A sub-microsecond rest is floating-point residue of the unit arithmetic, not something a human wants to read.
      .filter(([amount]) => amount > NEGLIGIBLE_MILLIS)
      .slice(0, 2)
      .map(([amount, unit]) => `${amount} ${amount === 1 ? unit.label.slice(0, -1) : unit.label}`)
      .join(' ');
  }

  /** Returns a string representation of this Duration, e.g. `Duration.minutes(5)`. */
  public toString(): string {
    return `${FACTORY_NAMES.get(this.unit)}(${this.amount})`;
  }

  /** Checks if duration is a token or a resolvable object. */
  public isUnresolved(): boolean {
    return Token.isUnresolved(this.amount);
  }

  /** Returns the unit this Duration was created with, e.g. `seconds`. */
  public unitLabel(): string {
    return this.unit.label;
  }

  /** Returns the amount followed by the unit, e.g. `5 minutes`; a token amount stays a token inside the string. */
  public formatTokenToNumber(): string {
    return `${Tokenization.stringifyNumber(this.amount)} ${this.unit.label}`;
  }

  private convertTo(target: TimeUnit, integral: boolean): number {
    if (this.unit !== target && Token.isUnresolved(this.amount)) {
      throw new UnscopedValidationError(`Duration must be specified as '${FACTORY_NAMES.get(target)}()' here: its amount is a token, `
        + `which cannot be converted from ${this.unit.label} to ${target.label} (got ${FACTORY_NAMES.get(this.unit)}(<token>))`);
    }
    const value = this.unit === target ? this.amount : this.amount * this.unit.inMillis / target.inMillis;
    if (integral && !Number.isInteger(value)) {
      throw new UnscopedValidationError(`${this.toString()} cannot be converted into a whole number of ${target.label} (got ${value}); `
        + `pass { integral: false } to accept a fraction`);
    }
    return value;
  }

  /**
   * Break the duration into non-zero parts from days down; the smallest part (seconds when
   * `combineMillisWithSeconds`, else millis) keeps any remaining fraction.
   */
  private components(combineMillisWithSeconds: boolean): Array<[number, TimeUnit]> {
    const smallest = combineMillisWithSeconds ? TimeUnit.Seconds : TimeUnit.Milliseconds;
    const result: Array<[number, TimeUnit]> = [];
    let remaining = this.convertTo(TimeUnit.Milliseconds, false);
    for (const unit of UNITS_LARGEST_FIRST) {
      if (unit === smallest) {
        const amount = remaining / unit.inMillis;
        if (amount > 0) { result.push([amount, unit]); }
        break;
      }
      const count = Math.floor(remaining / unit.inMillis);
      if (count > 0) {
        result.push([count, unit]);
        remaining -= count * unit.inMillis;
      }
    }
    return result;
  }
}

function finerUnit(a: TimeUnit, b: TimeUnit): TimeUnit {
  return a.inMillis <= b.inMillis ? a : b;
}

function wholeNumber(digits: string | undefined): number {
  return digits ? Number(digits) : 0;
}
