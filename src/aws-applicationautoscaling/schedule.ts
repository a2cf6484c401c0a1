import type { Construct } from 'constructs';
import { Annotations, Duration, UnscopedValidationError } from '../core';

/**
 * When a scheduled scaling action runs: a cron expression, a fixed rate, or one point in time.
 * @see https://docs.aws.amazon.com/autoscaling/application/userguide/scheduled-scaling-using-cron-expressions.html
 */
export abstract class Schedule {
  /** A raw schedule expression (`rate(...)`, `cron(...)` or `at(...)`), used as given. */
  public static expression(expression: string): Schedule {
    return new LiteralSchedule(expression);
  }

  /** A schedule that runs at a fixed rate: a whole number of minutes, rendered in the largest whole unit. */
  public static rate(duration: Duration): Schedule {
    return new LiteralSchedule(`rate(${renderRate(duration)})`);
  }

  /** A schedule that runs once, at the given moment (rendered in UTC, to the second). */
  public static at(moment: Date): Schedule {
    return new LiteralSchedule(`at(${renderMoment(moment)})`);
  }

  /** A schedule from cron fields; fields left out match every value (`?` for the day field not given). */
  public static cron(options: CronOptions): Schedule {
    if (options.day !== undefined && options.weekDay !== undefined) {
      throw new UnscopedValidationError("Cannot supply both 'day' and 'weekDay', use at most one");
    }
    const minute = options.minute ?? '*';
    const hour = options.hour ?? '*';
    const month = options.month ?? '*';
    const year = options.year ?? '*';
    // Exactly one of day-of-month and day-of-week may be given; the other is '?'.
    const day = options.weekDay !== undefined ? '?' : options.day ?? '*';
    const weekDay = options.weekDay ?? '?';
    return new CronSchedule(`cron(${minute} ${hour} ${day} ${month} ${weekDay} ${year})`, options.minute === undefined);
  }

  /** The schedule expression, as CloudFormation receives it. */
  public abstract readonly expressionString: string;

  protected constructor() {}

  /**
   * Called when the schedule is attached to a scalable target.
   * @internal
   */
  public abstract _bind(scope: Construct): void;
}

/** Fields of a cron expression; each is a string as cron accepts it (`'0'`, `'*'`, `'1-5'`, `'MON'`, ...). */
export interface CronOptions {
  /**
   * The minute to run this rule at.
   * @default - Every minute
   */
  readonly minute?: string;
  /**
   * The hour to run this rule at.
   * @default - Every hour
   */
  readonly hour?: string;
  /**
   * The day of the month to run this rule at.
   * @default - Every day of the month
   */
  readonly day?: string;
  /**
   * The month to run this rule at.
   * @default - Every month
   */
  readonly month?: string;
  /**
   * The year to run this rule at.
   * @default - Every year
   */
  readonly year?: string;
  /**
   * The day of the week to run this rule at.
   * @default - Any day of the week
   */
  readonly weekDay?: string;
}

class LiteralSchedule extends Schedule {
  constructor(public readonly expressionString: string) {
    super();
  }

  public _bind(): void {}
}

/** A cron schedule; one without a minute runs every minute, which is rarely meant, so binding it warns. */
class CronSchedule extends Schedule {
  constructor(public readonly expressionString: string, private readonly minuteLeftOut: boolean) {
    super();
  }

  public _bind(scope: Construct): void {
    if (this.minuteLeftOut) {
      Annotations.of(scope).addWarningV2('@aws-cdk/aws-applicationautoscaling:defaultRunEveryMinute',
        "cron: If you don't pass 'minute', by default the event runs every minute. Pass 'minute: '*'' if that's what you intend, or 'minute: 0' to run once per hour instead.");
    }
  }
}

const RATE_UNITS = ['minutes', 'hours', 'days'];
const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;

/** `5 minutes`, `1 hour`, `2 days`: the largest unit that divides the duration; a token keeps its own unit. */
function renderRate(duration: Duration): string {
  if (duration.isUnresolved()) {
    if (!RATE_UNITS.includes(duration.unitLabel())) {
      throw new UnscopedValidationError("Allowed units for scheduling are: 'minute', 'minutes', 'hour', 'hours', 'day' or 'days'");
    }
    return duration.formatTokenToNumber();
  }
  if (duration.toMilliseconds({ integral: false }) === 0) {
    throw new UnscopedValidationError('Duration cannot be 0');
  }
  const minutes = duration.toMinutes({ integral: false });
  if (!Number.isInteger(minutes)) {
    throw new UnscopedValidationError(`Schedule.rate: the rate must be a whole number of minutes, got ${duration.toHumanString()} (${minutes} minutes)`);
  }
  if (minutes % MINUTES_PER_DAY === 0) { return plural(minutes / MINUTES_PER_DAY, 'day'); }
  if (minutes % MINUTES_PER_HOUR === 0) { return plural(minutes / MINUTES_PER_HOUR, 'hour'); }
  return plural(minutes, 'minute');
}

function plural(amount: number, unit: string): string {
  return `${amount} ${unit}${amount === 1 ? '' : 's'}`;
}

/** `yyyy-mm-ddThh:mm:ss` in UTC (an invalid date renders its NaNs rather than failing, as aws-cdk-lib does). */
function renderMoment(date: Date): string {
  const pad = (n: number) => (Number.isNaN(n) ? 'NaN' : String(n).padStart(2, '0'));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
    + `T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}
