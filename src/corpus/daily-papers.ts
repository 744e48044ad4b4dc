import { setTimeout as setTimeoutPromise } from 'node:timers/promises';
import * as z from 'zod';
import type { Config } from '../config.js';
import { UserError } from '../errors.js';
import { type Progress, silent } from '../util/progress.js';
import { cleanLine } from '../util/sanitize.js';
import { type Day, dayRange, daysBetween, isDay, parseDay } from './dates.js';
import { fromLatex } from './latex.js';
import { type RawPaper, normalizeTitle } from './paper.js';

/** At most this many days are fetched in one go (`--since` a year ago is the limit). */
export const MAX_FETCH_DAYS = 366;

/**
 * The days a fetch covers: `date` alone, or every day from `since` to `today`. Neither given means
 * `today`. Rejects days after `today`, both options at once, and ranges over {@link MAX_FETCH_DAYS}.
 */
export function fetchDays(options: { date?: string; since?: string }, today: Day): Day[] {
  if (options.date !== undefined && options.since !== undefined) throw new UserError('use either --date or --since, not both');
  if (options.since !== undefined) {
    const since = parseDay(options.since, '--since');
    if (since > today) throw new UserError(`--since ${since} is in the future (today is ${today})`);
    const n = daysBetween(since, today) + 1;
    if (n > MAX_FETCH_DAYS) throw new UserError(`--since ${since} covers ${n} days; at most ${MAX_FETCH_DAYS} can be fetched at once`);
    return dayRange(since, today);
  }
  const date = options.date === undefined ? today : parseDay(options.date, '--date');
  if (date > today) throw new UserError(`--date ${date} is in the future (today is ${today})`);
  return [date];
}

const AuthorSchema = z.object({ name: z.string() });

/** One entry of `GET /api/daily_papers`, reduced to the fields paperbot uses. */
const EntrySchema = z.object({
  paper: z.object({
    id: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, 'not an arXiv id'),
    title: z.string().optional(),
    summary: z.string().optional(),
    publishedAt: z.string().optional(),
    upvotes: z.number().int().nonnegative().optional(),
    authors: z.array(z.unknown()).optional(),
  }),
});

export interface ParsedDay {
  papers: RawPaper[];
  warnings: string[];
}

function clean(text: string | undefined): string {
  return cleanLine(text ?? '');
}

/** The source recorded on papers read from the daily list of `day`. */
export function dailySource(day: Day): string {
  return `daily-papers:${day}`;
}

/**
 * Maps one day's response body to papers. Entries that are malformed or lack a title or abstract
 * are skipped with a warning; so are repeats of a title already in `seen` (normalised titles).
 */
export function parseDailyPapers(body: unknown, day: Day, seen: Set<string> = new Set()): ParsedDay {
  const where = `daily papers ${day}`;
  if (!Array.isArray(body)) return { papers: [], warnings: [`${where}: response is not a list of papers; day skipped`] };
  const papers: RawPaper[] = [];
  const warnings: string[] = [];
  body.forEach((value: unknown, i) => {
    const entry = `${where}: entry ${i + 1}`;
    const parsed = EntrySchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      warnings.push(`${entry} skipped: malformed (${issue?.path.join('.') || 'entry'}: ${issue?.message ?? 'invalid'})`);
      return;
    }
    const p = parsed.data.paper;
    const title = clean(p.title);
    const abstract = fromLatex(clean(p.summary));
    if (title === '') {
      warnings.push(`${entry} (${p.id}) skipped: no title`);
      return;
    }
    if (abstract === '') {
      warnings.push(`${entry} (${p.id}) skipped: no abstract`);
      return;
    }
    const key = normalizeTitle(title);
    if (key === '') {
      warnings.push(`${entry} (${p.id}) skipped: no title`);
      return;
    }
    if (seen.has(key)) {
      warnings.push(`${entry} (${p.id}) skipped: duplicate of "${title}"`);
      return;
    }
    seen.add(key);
    const published = p.publishedAt?.slice(0, 10);
    const authors = (p.authors ?? []).flatMap((a) => {
      const r = AuthorSchema.safeParse(a);
      const name = r.success ? clean(r.data.name) : '';
      return name === '' ? [] : [name];
    });
    papers.push({
      title,
      abstract,
      url: `https://arxiv.org/abs/${p.id}`,
      published: published !== undefined && isDay(published) ? published : day,
      source: dailySource(day),
      ...(p.upvotes !== undefined ? { upvotes: p.upvotes } : {}),
      ...(authors.length > 0 ? { authors } : {}),
    });
  });
  return { papers, warnings };
}

export interface DailyPapersOptions {
  /** API base, e.g. "https://huggingface.co". */
  baseUrl: string;
  /** Budget for each request, body included. */
  timeoutMs: number;
  /** Minimum time between the starts of two requests. */
  minIntervalMs: number;
  fetch?: typeof globalThis.fetch;
  /** Milliseconds since the epoch (default `Date.now`). */
  now?: () => number;
  /** Waits `ms`; rejects with the signal's reason when it aborts first. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  progress?: Progress;
  /** Stops the fetch (in a request or between two): it rejects with the signal's reason. */
  signal?: AbortSignal;
}

export interface DayReport {
  date: Day;
  ok: boolean;
  papers: number;
  /** Why the day contributed nothing, when it failed. */
  error?: string;
}

export interface DailyFetchResult {
  /** Papers of every day that succeeded, deduplicated by normalised title. */
  papers: RawPaper[];
  warnings: string[];
  days: DayReport[];
  /** True when at least one day was asked for and every one failed. */
  allFailed: boolean;
}

/** Request settings from the configuration. */
export function dailyPapersOptions(config: Config): DailyPapersOptions {
  return {
    baseUrl: config.DAILY_PAPERS_URL,
    timeoutMs: config.PAPERBOT_DAILY_FETCH_TIMEOUT_MS,
    minIntervalMs: config.PAPERBOT_DAILY_FETCH_INTERVAL_MS,
  };
}

/** `{base}/api/daily_papers?date=YYYY-MM-DD` */
export function dailyPapersUrl(baseUrl: string, day: Day): string {
  const url = new URL('api/daily_papers', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  url.searchParams.set('date', day);
  return url.toString();
}

const defaultSleep = (ms: number, signal?: AbortSignal): Promise<void> => setTimeoutPromise(ms, undefined, signal ? { signal } : {});

/**
 * Fetches the Hugging Face daily-papers list of each day, one request at a time and at most one
 * request per `minIntervalMs`. A day whose request fails (HTTP error, timeout, malformed JSON)
 * contributes nothing and adds a warning; the other days still count.
 */
export async function fetchDailyPapers(days: readonly Day[], options: DailyPapersOptions): Promise<DailyFetchResult> {
  const doFetch = options.fetch ?? globalThis.fetch;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const progress = options.progress ?? silent;
  const seen = new Set<string>();
  const papers: RawPaper[] = [];
  const warnings: string[] = [];
  const reports: DayReport[] = [];
  let lastStart: number | undefined;

  for (const day of days) {
    options.signal?.throwIfAborted();
    if (lastStart !== undefined) {
      const wait = lastStart + options.minIntervalMs - now();
      if (wait > 0) {
        try {
          await sleep(wait, options.signal);
        } catch (err) {
          throw options.signal?.aborted ? options.signal.reason : err;
        }
      }
    }
    lastStart = now();
    const url = dailyPapersUrl(options.baseUrl, day);
    const got = await getJson(doFetch, url, options.timeoutMs, options.signal);
    if (!got.ok) {
      warnings.push(`daily papers ${day}: ${got.error}; day skipped`);
      reports.push({ date: day, ok: false, papers: 0, error: got.error });
      continue;
    }
    const parsed = parseDailyPapers(got.body, day, seen);
    warnings.push(...parsed.warnings);
    if (!Array.isArray(got.body)) {
      reports.push({ date: day, ok: false, papers: 0, error: 'response is not a list of papers' });
      continue;
    }
    papers.push(...parsed.papers);
    reports.push({ date: day, ok: true, papers: parsed.papers.length });
    progress(`daily papers ${day}: ${parsed.papers.length} paper(s)`);
  }
  return { papers, warnings, days: reports, allFailed: reports.length > 0 && reports.every((r) => !r.ok) };
}

type GetResult = { ok: true; body: unknown } | { ok: false; error: string };

async function getJson(doFetch: typeof globalThis.fetch, url: string, timeoutMs: number, outer: AbortSignal | undefined): Promise<GetResult> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = outer ? AbortSignal.any([timeout, outer]) : timeout;
  let text: string;
  try {
    const res = await doFetch(url, { signal, headers: { accept: 'application/json', 'user-agent': 'paperbot (daily digest)' } });
    if (!res.ok) {
      await res.body?.cancel().catch(() => {});
      return { ok: false, error: `HTTP ${res.status}` };
    }
    text = await res.text();
  } catch (err) {
    if (outer?.aborted) throw outer.reason;
    if (timeout.aborted) return { ok: false, error: `timed out after ${timeoutMs} ms` };
    return { ok: false, error: `request failed (${describeFetchError(err)})` };
  }
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, error: 'malformed JSON' };
  }
}

function describeFetchError(err: unknown): string {
  let current: unknown = err;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z][A-Z0-9_]+$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return err instanceof Error ? err.message : 'network error';
}
