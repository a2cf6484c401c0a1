import { Duration } from './duration';

/**
 * Represents a date of expiration.
 *
 * The date can be given as a Date object, a timestamp, a Duration from now or a string.
 */
export class Expiration {
  /** Expire at the specified date. */
  public static atDate(d: Date): Expiration {
    return new Expiration(d);
  }

  /**
   * Expire at the specified timestamp.
   * @param t timestamp in Unix milliseconds
   */
  public static atTimestamp(t: number): Expiration {
    return new Expiration(new Date(t));
  }

  /** Expire once the specified duration has passed since now (synthesis time). */
  public static after(t: Duration): Expiration {
    return new Expiration(new Date(Date.now() + t.toMilliseconds()));
  }

  /** Expire at the date the string represents, as `new Date(s)` parses it. */
  public static fromString(s: string): Expiration {
    return new Expiration(new Date(s));
  }

  /** Expiration value as a Date object. */
  public readonly date: Date;

  private constructor(date: Date) {
    this.date = date;
  }

  /** Expiration value in Unix epoch seconds, rounded to the nearest second. */
  public toEpoch(): number {
    return Math.round(this.date.getTime() / 1000);
  }

  /** Check if this expiration comes before the moment `t` from now. */
  public isBefore(t: Duration): boolean {
    return this.date.getTime() < Date.now() + t.toMilliseconds();
  }

  /** Check if this expiration comes after the moment `t` from now. */
  public isAfter(t: Duration): boolean {
    return this.date.getTime() > Date.now() + t.toMilliseconds();
  }
}
