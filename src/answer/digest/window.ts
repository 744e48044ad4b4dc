/**
 * The days a digest covers. Only papers with a publication date are placed in a window; papers
 * without one stay searchable but are never a week's news.
 */
import { addDays, type Day, dayIn, daysBetween, parseDay } from '../../corpus/dates.js';
import { UserError } from '../../errors.js';
import { plural } from '../../util/plural.js';

export interface DigestWindow {
  since: Day;
  until: Day;
}

export interface WindowOptions {
  /** Length of the window in days (default 7). */
  days?: number;
  since?: string;
  until?: string;
  /** The day the window ends on when no paper has a publication date (default: today, UTC). */
  today?: Day;
}

export const DEFAULT_DIGEST_DAYS = 7;
export const MAX_DIGEST_DAYS = 366;

/**
 * The window a digest covers, given the corpus's newest publication date.
 * With none of `days`, `since`, `until`: the 7 days ending at the newest publication date. `days`
 * with `since` or `until` counts from that end; `since` alone runs to the newest publication date
 * (or `since` itself); `until` alone covers the 7 days ending there.
 */
export function digestWindow(newest: Day | undefined, options: WindowOptions = {}): DigestWindow {
  const { days } = options;
  if (days !== undefined && (!Number.isInteger(days) || days < 1 || days > MAX_DIGEST_DAYS)) {
    throw new UserError(`days must be a whole number from 1 to ${MAX_DIGEST_DAYS}`);
  }
  const since = options.since === undefined ? undefined : parseDay(options.since, 'since');
  const until = options.until === undefined ? undefined : parseDay(options.until, 'until');
  if (days !== undefined && since !== undefined && until !== undefined) {
    throw new UserError('give at most two of days, since and until');
  }
  const span = (days ?? DEFAULT_DIGEST_DAYS) - 1;
  let window: DigestWindow;
  if (since !== undefined && until !== undefined) window = { since, until };
  else if (since !== undefined) {
    window = { since, until: days !== undefined ? addDays(since, span) : newest !== undefined && newest > since ? newest : since };
  } else if (until !== undefined) window = { since: addDays(until, -span), until };
  else {
    const end = newest ?? options.today ?? dayIn('UTC');
    window = { since: addDays(end, -span), until: end };
  }
  if (window.since > window.until) throw new UserError(`since (${window.since}) is after until (${window.until})`);
  if (windowDays(window) > MAX_DIGEST_DAYS) throw new UserError(`a digest covers at most ${MAX_DIGEST_DAYS} days`);
  return window;
}

/** Days in a window, both ends included. */
export function windowDays(window: DigestWindow): number {
  return daysBetween(window.since, window.until) + 1;
}

/** The most recent window as long as `window` that ends at the newest publication date, if any paper has one. */
export function latestWindow(newest: Day | undefined, window: DigestWindow): DigestWindow | undefined {
  return newest === undefined ? undefined : { since: addDays(newest, -(windowDays(window) - 1)), until: newest };
}

/**
 * What a digest says when its window holds no papers: that, and the most recent window of the same
 * length that has some (see {@link latestWindow}), which holds `latestCount` papers.
 */
export function emptyNotice(corpus: { papers: number; newest?: Day }, window: DigestWindow, latestCount = 0): { message: string; latest?: DigestWindow } {
  const days = windowDays(window);
  const none = `No papers published between ${window.since} and ${window.until}.`;
  const latest = latestWindow(corpus.newest, window);
  if (latest === undefined) {
    if (corpus.papers === 0) return { message: `${none} The corpus has no papers yet.` };
    return { message: `${none} None of the ${plural(corpus.papers, 'paper')} has a publication date, so none is in a digest (they are all searchable).` };
  }
  const where =
    days === 1
      ? `The most recent day with papers is ${latest.until}`
      : `The most recent ${days}-day window with papers is ${latest.since} to ${latest.until}`;
  return { message: `${none} ${where} (${plural(latestCount, 'paper')}).`, latest };
}

/**
 * The days a scheduled posting at `period` covers: every day from the day of the previous posting
 * (`previous`, in `timeZone`) to the day before this one, so that each day is in exactly one posting.
 * With no previous posting on record: the `fallbackDays` days before this one. Undefined when no
 * whole day has passed since the previous posting. At most {@link MAX_DIGEST_DAYS} days.
 */
export function scheduledWindow(period: Date, previous: Date | undefined, timeZone: string, fallbackDays: number): DigestWindow | undefined {
  const until = addDays(dayIn(timeZone, period), -1);
  let since = previous ? dayIn(timeZone, previous) : addDays(until, -(fallbackDays - 1));
  if (since > until) return undefined;
  if (daysBetween(since, until) + 1 > MAX_DIGEST_DAYS) since = addDays(until, -(MAX_DIGEST_DAYS - 1));
  return { since, until };
}

/** How a span of days is called in a heading: "Daily", "Weekly", "Two-week", "Monthly" or "N-day". */
export function periodName(days: number): string {
  if (days === 1) return 'Daily';
  if (days === 7) return 'Weekly';
  if (days === 14) return 'Two-week';
  if (days >= 28 && days <= 31) return 'Monthly';
  return `${days}-day`;
}
