import type { IConstruct } from 'constructs';
import { Annotations } from '../../core';
import { Runtime, RuntimeFamily } from '../runtime';

/**
 * The date (YYYY-MM-DD) AWS Lambda deprecates each managed runtime: security patches stop and functions stop being
 * eligible for support; creating and updating functions is blocked a few weeks later.
 *
 * Source: the "Supported runtimes" and "Deprecated runtimes" tables of the AWS Lambda Developer Guide,
 * https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html (dates for supported runtimes are AWS's
 * projections and may move). Runtimes without a published date are absent.
 * Checked 2026-11-25: AWS moved python3.10 to 2026-10-31 (the end of life of Python 3.10), provided.al2 to 2026-07-31,
 * and java8.al2, java11, java17 and python3.11 by a year, to 2027-06-30.
 */
export const RUNTIME_DEPRECATION_DATES: Readonly<Record<string, string>> = {
  'nodejs': '2016-10-31',
  'nodejs4.3': '2020-03-05',
  'nodejs6.10': '2019-08-12',
  'nodejs8.10': '2020-03-06',
  'nodejs10.x': '2021-07-30',
  'nodejs12.x': '2023-03-31',
  'nodejs14.x': '2023-12-04',
  'nodejs16.x': '2024-06-12',
  'nodejs18.x': '2025-09-01',
  'nodejs20.x': '2026-04-30',
  'nodejs22.x': '2027-04-30',
  'nodejs24.x': '2028-04-30',
  'python2.7': '2021-07-15',
  'python3.6': '2022-07-18',
  'python3.7': '2023-12-04',
  'python3.8': '2024-10-14',
  'python3.9': '2025-12-15',
  'python3.10': '2026-10-31',
  'python3.11': '2027-06-30',
  'python3.12': '2028-10-31',
  'python3.13': '2029-06-30',
  'python3.14': '2029-06-30',
  'java8': '2024-01-08',
  'java8.al2': '2027-06-30',
  'java11': '2027-06-30',
  'java17': '2027-06-30',
  'java21': '2029-06-30',
  'java25': '2029-06-30',
  'dotnet6': '2024-12-20',
  'dotnet8': '2026-11-10',
  'dotnet9': '2026-11-10',
  'dotnet10': '2028-11-14',
  'dotnetcore1.0': '2019-07-30',
  'dotnetcore2.0': '2019-05-30',
  'dotnetcore2.1': '2022-01-05',
  'dotnetcore3.1': '2023-04-03',
  'go1.x': '2024-01-08',
  'ruby2.5': '2021-07-30',
  'ruby2.7': '2023-12-07',
  'ruby3.2': '2026-03-31',
  'ruby3.3': '2027-03-31',
  'ruby3.4': '2028-03-31',
  'provided': '2024-01-08',
  'provided.al2': '2026-07-31',
  'provided.al2023': '2029-06-30',
};

/** How long before a runtime's deprecation date a function using it gets a warning. */
export const DEPRECATION_NOTICE_DAYS = 180;

/** Warning ids, so that users can acknowledge them. */
export const DEPRECATED_RUNTIME_WARNING = 'lambda-cdk/aws-lambda:deprecatedRuntime';
export const RUNTIME_DEPRECATION_SOON_WARNING = 'lambda-cdk/aws-lambda:runtimeDeprecationSoon';

/** Go functions move to the OS-only runtime; every other family moves to its own newest runtime. */
const REPLACEMENT_FAMILY: Partial<Record<RuntimeFamily, RuntimeFamily>> = { [RuntimeFamily.GO]: RuntimeFamily.OTHER };

const MS_PER_DAY = 86_400_000;

/**
 * Warn on `scope` when `runtime` is deprecated by AWS Lambda, or will be within `DEPRECATION_NOTICE_DAYS` of `now`;
 * the warning names the date and the runtime to move to.
 */
export function warnAboutRuntimeDeprecation(scope: IConstruct, runtime: Runtime, now: Date = new Date()): void {
  const notice = deprecationNotice(runtime, now);
  if (notice !== undefined) { Annotations.of(scope).addWarningV2(notice.id, notice.message); }
}

const noticeCache = new Map<Runtime, { readonly day: number; readonly notice?: { readonly id: string; readonly message: string } }>();

/** The warning for a runtime on the day of `now`, if it needs one; remembered per runtime and day (one string for every function). */
function deprecationNotice(runtime: Runtime, now: Date): { readonly id: string; readonly message: string } | undefined {
  const day = Math.floor(now.getTime() / MS_PER_DAY);
  const cached = noticeCache.get(runtime);
  if (cached?.day === day) { return cached.notice; }
  const notice = computeNotice(runtime, now);
  noticeCache.set(runtime, { day, notice });
  return notice;
}

function computeNotice(runtime: Runtime, now: Date): { readonly id: string; readonly message: string } | undefined {
  const date = RUNTIME_DEPRECATION_DATES[runtime.name];
  if (date === undefined) { return undefined; }
  const deprecatedAt = Date.parse(`${date}T00:00:00Z`);
  const daysLeft = Math.floor((deprecatedAt - now.getTime()) / MS_PER_DAY);
  if (daysLeft > DEPRECATION_NOTICE_DAYS) { return undefined; }

  const advice = adviceFor(runtime, now);
  if (daysLeft <= 0) {
    return {
      id: DEPRECATED_RUNTIME_WARNING,
      message: `Runtime ${runtime.name} was deprecated by AWS Lambda on ${date}: it gets no security patches, and creating or `
        + `updating functions that use it is blocked.${advice}`,
    };
  }
  return {
    id: RUNTIME_DEPRECATION_SOON_WARNING,
    message: `Runtime ${runtime.name} will be deprecated by AWS Lambda on ${date} (in ${daysLeft} days).${advice}`,
  };
}

/** The sentence naming the runtime to move to (or nothing). */
function adviceFor(runtime: Runtime, now: Date): string {
  const replacement = replacementFor(runtime, now);
  return replacement ? ` Move to ${replacement.name} (Runtime.${staticNameOf(replacement)}).` : '';
}

/**
 * The runtime to recommend instead of `runtime`: among the known runtimes of the same (or replacement) family,
 * the one whose deprecation date is the latest and beyond the notice period; the later-declared one on a tie.
 */
export function replacementFor(runtime: Runtime, now: Date = new Date()): Runtime | undefined {
  const family = runtime.family === undefined ? undefined : REPLACEMENT_FAMILY[runtime.family] ?? runtime.family;
  if (family === undefined) { return undefined; }
  const horizon = now.getTime() + DEPRECATION_NOTICE_DAYS * MS_PER_DAY;
  let best: { runtime: Runtime; date: number } | undefined;
  for (const candidate of staticRuntimes()) {
    if (candidate.family !== family || candidate.isVariable) { continue; }
    const date = RUNTIME_DEPRECATION_DATES[candidate.name];
    if (date === undefined) { continue; }
    const at = Date.parse(`${date}T00:00:00Z`);
    if (at <= horizon) { continue; }
    if (!best || at >= best.date) { best = { runtime: candidate, date: at }; }
  }
  return best?.runtime;
}

/** The `Runtime.X` static name of a runtime, for messages. */
function staticNameOf(runtime: Runtime): string {
  const entry = Object.entries(Runtime).find(([, value]) => value === runtime);
  return entry ? entry[0] : runtime.name;
}

/** The runtimes declared as statics on `Runtime`, in declaration order (user-constructed ones are not advice). */
function staticRuntimes(): Runtime[] {
  return Object.values(Runtime).filter((v): v is Runtime => v instanceof Runtime);
}
