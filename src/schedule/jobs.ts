/** The scheduled jobs the configuration asks for: the daily-papers fetch and the digest posting. */
import type { ChatClient } from '../answer/llm/llm.js';
import type { Config } from '../config.js';
import type { DailyPapersOptions } from '../corpus/daily-papers.js';
import { addDays, dayIn } from '../corpus/dates.js';
import { type DailyFetchRun, runDailyFetch } from '../retrieval/ingest/daily-fetch.js';
import type { JobStateStore } from './job-state.js';
import { type Schedule, type SchedulerClock, createSchedule } from './scheduler.js';

/** The jobs' names in the state store (and their locks). */
export const DAILY_FETCH_JOB = 'daily-fetch';
export const DIGEST_JOB = 'digest';

export interface JobOptions {
  clock?: SchedulerClock;
  /** Where the jobs keep their last period (the bot's: its store of record). */
  state: JobStateStore;
  log?: (message: string) => void;
  onError?: (error: unknown, period: Date) => void;
  retryDelayMs?: number;
}

/**
 * The scheduled daily-papers fetch (`PAPERBOT_DAILY_FETCH`, `PAPERBOT_DAILY_FETCH_CRON` in
 * `PAPERBOT_DAILY_FETCH_TIMEZONE`): each run fetches the run's day and the day before, has `llm`
 * (when given) describe the new papers, and ingests them. Undefined when the fetch is off (the
 * default). `onIngested` is called when papers were added, e.g. to reopen the retriever.
 */
export function createDailyFetchJob(
  config: Config,
  options: JobOptions & { onIngested?: (run: DailyFetchRun) => void | Promise<void>; request?: Partial<DailyPapersOptions>; llm?: ChatClient },
): Schedule | undefined {
  if (!config.PAPERBOT_DAILY_FETCH) return undefined;
  const log = options.log ?? (() => {});
  const timezone = config.PAPERBOT_DAILY_FETCH_TIMEZONE;
  return createSchedule({
    name: 'daily papers fetch',
    cron: config.PAPERBOT_DAILY_FETCH_CRON,
    timezone,
    job: DAILY_FETCH_JOB,
    state: options.state,
    catchUpOnFirstStart: true,
    settings: { cron: 'PAPERBOT_DAILY_FETCH_CRON', timezone: 'PAPERBOT_DAILY_FETCH_TIMEZONE' },
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.onError ? { onError: options.onError } : {}),
    ...(options.retryDelayMs !== undefined ? { retryDelayMs: options.retryDelayMs } : {}),
    log,
    post: async (period, _previous, signal) => {
      const today = dayIn(timezone, period);
      const run = await runDailyFetch(config, {
        signal,
        dates: [addDays(today, -1), today],
        progress: (m) => log(`daily papers fetch: ${m}`),
        warn: (w) => log(`daily papers fetch: warning: ${w}`),
        ...(options.request ? { request: options.request } : {}),
        ...(options.llm ? { llm: options.llm } : {}),
      });
      if (run.report && run.report.added > 0) await options.onIngested?.(run);
    },
  });
}

/**
 * The scheduled digest (`PAPERBOT_DIGEST_CRON` in `PAPERBOT_DIGEST_TIMEZONE`). Undefined when no
 * schedule is configured. `post` builds and sends the digest of its period; it is told the period
 * of the previous posting, so that it can cover the days since.
 */
export function createDigestJob(
  config: Config,
  post: (period: Date, previous: Date | undefined, signal: AbortSignal) => Promise<void>,
  options: JobOptions,
): Schedule | undefined {
  if (!config.PAPERBOT_DIGEST_CRON) return undefined;
  return createSchedule({
    name: 'digest',
    cron: config.PAPERBOT_DIGEST_CRON,
    timezone: config.PAPERBOT_DIGEST_TIMEZONE,
    job: DIGEST_JOB,
    state: options.state,
    settings: { cron: 'PAPERBOT_DIGEST_CRON', timezone: 'PAPERBOT_DIGEST_TIMEZONE' },
    post,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.log ? { log: options.log } : {}),
    ...(options.onError ? { onError: options.onError } : {}),
    ...(options.retryDelayMs !== undefined ? { retryDelayMs: options.retryDelayMs } : {}),
  });
}
