/** Calendar days (`YYYY-MM-DD`, UTC) and the arithmetic on them that windows and fetches need. */
import { UserError } from '../errors.js';

/** A calendar day, `YYYY-MM-DD`. */
export type Day = string;

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isDay(value: string): boolean {
  const m = DAY_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** Validates a `YYYY-MM-DD` day; `what` names it in the error. */
export function parseDay(value: string, what = 'date'): Day {
  const v = value.trim();
  if (!isDay(v)) throw new UserError(`${what} must be a date written YYYY-MM-DD (got "${value}")`);
  return v;
}

/** The day `n` days after `day` (before it when `n` is negative). */
export function addDays(day: Day, n: number): Day {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/** Every day from `since` to `until`, both included, in order. */
export function dayRange(since: Day, until: Day): Day[] {
  const out: Day[] = [];
  for (let d = since; d <= until; d = addDays(d, 1)) out.push(d);
  return out;
}

/** The calendar day of an instant in a time zone (IANA name, e.g. "Europe/Berlin"). */
export function dayIn(timeZone: string, at: Date = new Date()): Day {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** How many papers have a publication date, over which days, and when the undated ones were added. */
export interface DateCoverage {
  dated: number;
  undated: number;
  /** Earliest and latest publication date, when any paper has one. */
  published?: { first: Day; last: Day };
  /** Days the undated papers were added, first and last, when there are any. */
  undatedAdded?: { first: Day; last: Day };
}

export function dateCoverage(papers: readonly { published?: string | undefined; addedAt: string }[]): DateCoverage {
  const span = (days: string[]) => (days.length === 0 ? undefined : { first: days.reduce((a, b) => (b < a ? b : a)), last: days.reduce((a, b) => (b > a ? b : a)) });
  const published = span(papers.flatMap((p) => (p.published === undefined ? [] : [p.published])));
  const undatedAdded = span(papers.flatMap((p) => (p.published === undefined ? [p.addedAt.slice(0, 10)] : [])));
  const dated = papers.filter((p) => p.published !== undefined).length;
  return { dated, undated: papers.length - dated, ...(published ? { published } : {}), ...(undatedAdded ? { undatedAdded } : {}) };
}
