import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Cron } from 'croner';
import { z } from 'zod';
import type { Config } from '../config.js';
import { type DailyFetchResult, type DailyPapersOptions, dailyPapersOptions, fetchDailyPapers } from '../corpus/daily-papers.js';
import { addDays, type Day, dayIn } from '../corpus/dates.js';
import { UserError } from '../errors.js';
import { currentGeneration } from '../retrieval/index-store.js';
import { type IngestReport, ingest } from '../retrieval/ingest.js';
import { writeJsonAtomic } from '../util/fs.js';
import { type Progress, silent } from '../util/progress.js';

/** Time and timers, injectable so that tests can move the clock. */
export interface SchedulerClock {
  /** Milliseconds since the epoch. */
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The real clock. Its timers do not keep the process alive on their own. */
export const systemClock: SchedulerClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => {
    const t = setTimeout(fn, ms);
    t.unref();
    return t;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface ScheduleOptions {
  /** Names the job in log lines, e.g. "digest". */
  name: string;
  /** Cron expression (5 or 6 fields), read in `timezone`. */
  cron: string;
  /** IANA time zone, e.g. "Europe/Berlin". */
  timezone: string;
  /** JSON file recording the last period done (written atomically). */
  statePath: string;
  /** Does the work of one period; the period is recorded only when this resolves. */
  post: (period: Date) => Promise<void>;
  clock?: SchedulerClock;
  log?: (message: string) => void;
  /** Called when `post` (or recording the period) fails. */
  onError?: (error: unknown, period: Date) => void;
  /**
   * With no state file yet: true runs the current period at once; false (default) only records
   * it, so a first start does not post a digest straight away.
   */
  catchUpOnFirstStart?: boolean;
  /** After a failed `post`, try again this soon (or at the next scheduled time, if sooner). */
  retryDelayMs?: number;
  /** Setting names for error messages. */
  settings?: { cron: string; timezone: string };
}

export interface Schedule {
  /** Loads the state, runs a period missed while down (once), then keeps to the schedule. */
  start(): Promise<void>;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
  /** Runs the most recent period if it is not recorded yet. Resolves true when it ran and was recorded. */
  runDue(): Promise<boolean>;
  /** The next scheduled time, if any. */
  nextRun(): Date | undefined;
  /** The last period recorded as done. */
  lastPeriod(): Date | undefined;
  /** Resolves once no run is in progress and the next timer is set. */
  idle(): Promise<void>;
}

const StateSchema = z.object({
  version: z.literal(1),
  /** The scheduled time of the last period done (ISO). */
  period: z.iso.datetime(),
  /** When it was done (ISO). */
  at: z.iso.datetime(),
  /** True when the period was only recorded on a first start, not run. */
  baseline: z.boolean().optional(),
});

const DEFAULT_RETRY_MS = 15 * 60_000;
/** setTimeout's limit; longer waits are done in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Runs `post` once per period of a cron schedule (croner, with a time zone). The last period done
 * is kept in a state file, so a restart never runs a period twice, and a period missed while the
 * process was down runs once on start. A failed `post` leaves its period unrecorded: it is retried
 * after `retryDelayMs`, at the next tick or on the next start, whichever comes first.
 */
export function createSchedule(options: ScheduleOptions): Schedule {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? (() => {});
  const onError = (err: unknown, period: Date): void => {
    try {
      options.onError?.(err, period);
    } catch {
      log(`${options.name}: the error handler failed`);
    }
  };
  const retryDelayMs = options.retryDelayMs ?? DEFAULT_RETRY_MS;
  const names = options.settings ?? { cron: 'cron expression', timezone: 'time zone' };
  let cron: Cron;
  try {
    cron = new Cron(options.cron, { timezone: options.timezone, paused: true });
  } catch (err) {
    throw new UserError(`invalid ${names.cron} "${options.cron}": ${firstLine(err)}`);
  }
  try {
    cron.nextRun(new Date(clock.now()));
  } catch {
    throw new UserError(`invalid ${names.timezone} "${options.timezone}": not a known IANA time zone`);
  }

  let last: number | undefined;
  let started = false;
  let stopped = false;
  let retrying = false;
  let timer: unknown;
  let inFlight: Promise<boolean> | undefined;
  let ticking: Promise<void> | undefined;

  /** The most recent scheduled time not after `now`. */
  function latestPeriod(now: number): Date | undefined {
    const [prev] = cron.previousRuns(1, new Date(now + 1));
    return prev && prev.getTime() <= now ? prev : undefined;
  }

  async function readState(): Promise<z.infer<typeof StateSchema> | undefined> {
    let text: string;
    try {
      text = await readFile(options.statePath, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
    const parsed = StateSchema.safeParse(value);
    if (!parsed.success) {
      log(`${options.name}: ${options.statePath} is unreadable; treating this as a first start`);
      return undefined;
    }
    return parsed.data;
  }

  async function record(period: Date, baseline: boolean): Promise<void> {
    last = period.getTime();
    await writeJsonAtomic(options.statePath, {
      version: 1,
      period: period.toISOString(),
      at: new Date(clock.now()).toISOString(),
      ...(baseline ? { baseline: true } : {}),
    });
  }

  function runDue(): Promise<boolean> {
    inFlight ??= (async () => {
      const period = latestPeriod(clock.now());
      if (!period || (last !== undefined && period.getTime() <= last)) return false;
      retrying = false;
      try {
        await options.post(period);
      } catch (err) {
        retrying = true;
        log(`${options.name}: run for ${period.toISOString()} failed; it will be retried`);
        onError(err, period);
        return false;
      }
      try {
        await record(period, false);
      } catch (err) {
        onError(err, period);
      }
      log(`${options.name}: done for ${period.toISOString()}`);
      return true;
    })().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  }

  function arm(): void {
    if (stopped) return;
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = undefined;
    const now = clock.now();
    const next = cron.nextRun(new Date(now));
    let delay = next ? next.getTime() - now : undefined;
    if (retrying) delay = Math.min(delay ?? retryDelayMs, retryDelayMs);
    if (delay === undefined) return;
    timer = clock.setTimeout(
      () => {
        timer = undefined;
        const tick = runDue()
          .then(
            () => undefined,
            () => undefined,
          )
          .finally(() => {
            if (ticking === tick) ticking = undefined;
            arm();
          });
        ticking = tick;
      },
      Math.min(Math.max(0, delay), MAX_TIMER_MS),
    );
  }

  return {
    async start() {
      if (started) return;
      started = true;
      stopped = false;
      const state = await readState();
      if (state) last = Date.parse(state.period);
      else if (!options.catchUpOnFirstStart) {
        const period = latestPeriod(clock.now());
        if (period) await record(period, true);
      }
      await runDue();
      arm();
    },
    async stop() {
      stopped = true;
      started = false;
      if (timer !== undefined) clock.clearTimeout(timer);
      timer = undefined;
      while (ticking ?? inFlight) await (ticking ?? inFlight)?.catch(() => undefined);
    },
    runDue,
    nextRun() {
      return cron.nextRun(new Date(clock.now())) ?? undefined;
    },
    lastPeriod() {
      return last === undefined ? undefined : new Date(last);
    },
    async idle() {
      while (ticking ?? inFlight) await (ticking ?? inFlight);
    },
  };
}

function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0] ?? message;
}

// ---------------------------------------------------------------------------------------------
// Daily-papers fetch + ingest

export interface DailyFetchRunOptions {
  /** Days to fetch. */
  dates: readonly Day[];
  /** Files or directories to ingest as well. Default: nothing, or the bundled corpus when there is no index yet. */
  inputs?: string[];
  rebuild?: boolean;
  progress?: Progress;
  /** Receives each warning (skipped entries, failed days) before anything is ingested. */
  warn?: (message: string) => void;
  /** Overrides of the request settings (fetch, clock, sleep) for tests. */
  request?: Partial<DailyPapersOptions>;
}

export interface DailyFetchRun {
  fetched: DailyFetchResult;
  /** Undefined when there was nothing to ingest. */
  report?: IngestReport;
}

/**
 * Fetches the daily-papers lists of `dates` and adds the papers to the index (papers already there
 * are skipped by the ingest). When every day fails it throws a {@link UserError} before touching
 * the index.
 */
export async function runDailyFetch(config: Config, options: DailyFetchRunOptions): Promise<DailyFetchRun> {
  const progress = options.progress ?? silent;
  const fetched = await fetchDailyPapers(options.dates, { ...dailyPapersOptions(config), progress, ...options.request });
  for (const w of fetched.warnings) options.warn?.(w);
  if (fetched.allFailed) {
    const n = fetched.days.length;
    throw new UserError(`daily papers: ${n === 1 ? 'the request' : `all ${n} requests`} failed; the corpus is unchanged`);
  }
  if (fetched.papers.length === 0 && (options.inputs ?? []).length === 0 && !options.rebuild) return { fetched };
  const hasIndex = (await currentGeneration(config.PAPERBOT_DATA_DIR)) !== undefined;
  const inputs = options.inputs ?? (hasIndex ? [] : [config.PAPERBOT_CORPUS_DIR]);
  const report = await ingest({ config, papers: fetched.papers, inputs, rebuild: options.rebuild ?? false, progress });
  return { fetched, report };
}

export interface JobOptions {
  clock?: SchedulerClock;
  log?: (message: string) => void;
  onError?: (error: unknown, period: Date) => void;
  retryDelayMs?: number;
}

/**
 * The scheduled daily-papers fetch (`PAPERBOT_DAILY_FETCH`, `PAPERBOT_DAILY_FETCH_CRON` in
 * `PAPERBOT_DAILY_FETCH_TIMEZONE`): each run fetches the run's day and the day before and ingests
 * the new papers. Undefined when the fetch is off (the default). `onIngested` is called when papers
 * were added, e.g. to reopen the retriever.
 */
export function createDailyFetchJob(
  config: Config,
  options: JobOptions & { onIngested?: (run: DailyFetchRun) => void | Promise<void>; request?: Partial<DailyPapersOptions> } = {},
): Schedule | undefined {
  if (!config.PAPERBOT_DAILY_FETCH) return undefined;
  const log = options.log ?? (() => {});
  const timezone = config.PAPERBOT_DAILY_FETCH_TIMEZONE;
  return createSchedule({
    name: 'daily papers fetch',
    cron: config.PAPERBOT_DAILY_FETCH_CRON,
    timezone,
    statePath: path.join(config.PAPERBOT_DATA_DIR, 'daily-fetch-state.json'),
    catchUpOnFirstStart: true,
    settings: { cron: 'PAPERBOT_DAILY_FETCH_CRON', timezone: 'PAPERBOT_DAILY_FETCH_TIMEZONE' },
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.onError ? { onError: options.onError } : {}),
    ...(options.retryDelayMs !== undefined ? { retryDelayMs: options.retryDelayMs } : {}),
    log,
    post: async (period) => {
      const today = dayIn(timezone, period);
      const run = await runDailyFetch(config, {
        dates: [addDays(today, -1), today],
        progress: (m) => log(`daily papers fetch: ${m}`),
        warn: (w) => log(`daily papers fetch: warning: ${w}`),
        ...(options.request ? { request: options.request } : {}),
      });
      if (run.report && run.report.added > 0) await options.onIngested?.(run);
    },
  });
}

/** The window of a scheduled digest: `PAPERBOT_DIGEST_DAYS` days ending on the run's day in `PAPERBOT_DIGEST_TIMEZONE`. */
export function scheduledDigestWindow(config: Config, period: Date): { days: number; until: Day } {
  return { days: config.PAPERBOT_DIGEST_DAYS, until: dayIn(config.PAPERBOT_DIGEST_TIMEZONE, period) };
}

/**
 * The scheduled digest (`PAPERBOT_DIGEST_CRON` in `PAPERBOT_DIGEST_TIMEZONE`), state in
 * `<data dir>/digest-state.json`. Undefined when no schedule is configured. `post` builds and
 * sends the digest of its period (see {@link scheduledDigestWindow}).
 */
export function createDigestJob(config: Config, post: (period: Date) => Promise<void>, options: JobOptions = {}): Schedule | undefined {
  if (!config.PAPERBOT_DIGEST_CRON) return undefined;
  return createSchedule({
    name: 'digest',
    cron: config.PAPERBOT_DIGEST_CRON,
    timezone: config.PAPERBOT_DIGEST_TIMEZONE,
    statePath: path.join(config.PAPERBOT_DATA_DIR, 'digest-state.json'),
    settings: { cron: 'PAPERBOT_DIGEST_CRON', timezone: 'PAPERBOT_DIGEST_TIMEZONE' },
    post,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.log ? { log: options.log } : {}),
    ...(options.onError ? { onError: options.onError } : {}),
    ...(options.retryDelayMs !== undefined ? { retryDelayMs: options.retryDelayMs } : {}),
  });
}
