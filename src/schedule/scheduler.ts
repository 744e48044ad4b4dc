/** A cron schedule whose last completed period is persisted, so each period runs once across restarts. */
import { Cron } from 'croner';
import { UserError } from '../errors.js';
import { type JobState, type JobStateStore, UnreadableStateError } from './job-state.js';

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
  /** The job's key in the state store, e.g. "digest". */
  job: string;
  /** Cron expression (5 or 6 fields), read in `timezone`. */
  cron: string;
  /** IANA time zone, e.g. "Europe/Berlin". */
  timezone: string;
  /** Where the last period done is kept, and the job's lock across processes. */
  state: JobStateStore;
  /**
   * Does the work of one period; the period is recorded only when this resolves. `previous` is the
   * last period recorded before this one (undefined when none is).
   */
  post: (period: Date, previous: Date | undefined, signal: AbortSignal) => Promise<void>;
  clock?: SchedulerClock;
  log?: (message: string) => void;
  /** Called when `post` (or recording the period) fails. */
  onError?: (error: unknown, period: Date) => void;
  /**
   * With no state yet: true runs the current period at once; false (default) only records
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

const DEFAULT_RETRY_MS = 15 * 60_000;
/** setTimeout's limit; longer waits are done in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Runs `post` once per period of a cron schedule (croner, with a time zone). The last period done
 * is kept in a {@link JobStateStore}, so a restart never runs a period twice, and a period missed while the
 * process was down runs once on start. A failed `post` leaves its period unrecorded: it is retried
 * after `retryDelayMs`, at the next tick or on the next start, whichever comes first.
 *
 * Several processes may run the same schedule over one state store (bot processes or shards sharing
 * a database): each run holds the job's lock ({@link JobStateStore.runExclusive}) and reads the state
 * under it, so each period runs once across them. A process that finds the lock taken leaves the
 * period to its holder and looks again after `retryDelayMs` (then finding it done, or running it
 * if that run failed).
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
  let stopping = new AbortController();

  /** The most recent scheduled time not after `now`. */
  function latestPeriod(now: number): Date | undefined {
    const [prev] = cron.previousRuns(1, new Date(now + 1));
    return prev && prev.getTime() <= now ? prev : undefined;
  }

  async function readState(): Promise<JobState | undefined> {
    try {
      return await options.state.get(options.job);
    } catch (err) {
      if (!(err instanceof UnreadableStateError)) throw err;
      log(`${options.name}: ${err.message}; treating this as a first start`);
      return undefined;
    }
  }

  async function record(period: Date, baseline: boolean): Promise<void> {
    last = period.getTime();
    await options.state.set(options.job, {
      version: 1,
      period: period.toISOString(),
      at: new Date(clock.now()).toISOString(),
      ...(baseline ? { baseline: true } : {}),
    });
  }

  /** Whether `period` is recorded as done (by this process or, as last read, by another). */
  const done = (period: Date) => last !== undefined && period.getTime() <= last;

  /**
   * Runs `period` unless it is done, holding the job's lock. The state is read again under the lock,
   * so a period another process completed meanwhile is not run twice.
   */
  async function runPeriod(period: Date, signal: AbortSignal): Promise<boolean> {
    const state = await readState();
    if (state) last = Math.max(last ?? -Infinity, Date.parse(state.period));
    else if (last === undefined && !options.catchUpOnFirstStart) {
      await record(period, true);
      return false;
    }
    retrying = false;
    if (done(period)) return false;
    const previous = last === undefined ? undefined : new Date(last);
    try {
      await options.post(period, previous, signal);
    } catch (err) {
      retrying = true;
      if (signal.aborted) {
        log(`${options.name}: run for ${period.toISOString()} stopped; it will run on the next start`);
        return false;
      }
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
  }

  function runDue(): Promise<boolean> {
    inFlight ??= (async () => {
      const period = latestPeriod(clock.now());
      if (!period || done(period)) return false;
      const signal = stopping.signal;
      const run = () => runPeriod(period, signal);
      try {
        const outcome = options.state.runExclusive ? await options.state.runExclusive(options.job, run) : { ran: true as const, value: await run() };
        if (outcome.ran) return outcome.value;
        // Another process runs it: look again later, when its run will have been recorded (or failed).
        retrying = true;
        log(`${options.name}: running elsewhere for ${period.toISOString()} (another process holds its lock); checking again later`);
        return false;
      } catch (err) {
        // The state or the lock could not be reached: like a failed run, retried later.
        retrying = true;
        log(`${options.name}: run for ${period.toISOString()} failed; it will be retried`);
        onError(err, period);
        return false;
      }
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
      if (stopping.signal.aborted) stopping = new AbortController();
      const state = await readState();
      if (state) last = Date.parse(state.period);
      // A first start records the current period (under the job's lock) or, when asked to, runs it.
      await runDue();
      arm();
    },
    async stop() {
      stopped = true;
      started = false;
      stopping.abort();
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
