import { setTimeout as sleep } from 'node:timers/promises';
import type { Client } from 'discord.js';
import type { Config } from '../../config.js';
import { UserError } from '../../errors.js';
import { Retriever } from '../../retrieval/engine.js';
import { periodName, scheduledWindow, windowDays } from '../../answer/digest/window.js';
import { DAILY_FETCH_JOB, createDailyFetchJob, createDigestJob } from '../../schedule/jobs.js';
import { type Schedule, type SchedulerClock, systemClock } from '../../schedule/scheduler.js';
import { toPayloads } from './discord-reply.js';
import { digestMap, digestReply } from '../views/digest-view.js';
import { newErrorId } from '../log.js';
import type { OwnedServices } from '../services.js';
import { jobStateIn } from '../../schedule/job-state.js';

/**
 * The bot's scheduled work: the daily-papers fetch and the digest posting, each when configured, and
 * the check for papers other processes added. Each period of a job runs once across every process
 * sharing the store of record (bot processes, shards): see `createSchedule`.
 */
export interface BotJobs {
  /**
   * Starts the timers once the client is ready. Resolves when any period missed while the bot was
   * down has been run (failures are logged, never thrown).
   */
  start(): Promise<void>;
  readonly digest?: Schedule;
  readonly dailyFetch?: Schedule;
  /** Serves the papers the store holds beyond the index served (see {@link PaperRefresh}). */
  readonly papers: PaperRefresh;
  /** Stops the timers, aborts a daily fetch in progress and waits for the runs to end. */
  stop(): Promise<void>;
}

/**
 * Keeps the served index up to date with the store of record, whoever added the papers: this
 * process's daily fetch, another bot process or shard sharing the store, or `paperbot ingest`.
 */
export interface PaperRefresh {
  /**
   * When the store's paper revision has moved past the index served, reopens the index (brought up
   * to date with the store first) and serves it. Resolves true when newer papers are served.
   */
  refresh(fields?: Record<string, unknown>): Promise<boolean>;
}

export interface JobsOptions {
  clock?: SchedulerClock;
  /** After a failed run, try again this soon (default 15 minutes). */
  retryDelayMs?: number;
}

/** Checks that the digest schedule is either fully configured or not at all. */
export function checkDigestSettings(config: Config): void {
  const cron = Boolean(config.PAPERBOT_DIGEST_CRON);
  const channel = Boolean(config.PAPERBOT_DIGEST_CHANNEL_ID);
  if (cron && !channel) throw new UserError('PAPERBOT_DIGEST_CRON is set but PAPERBOT_DIGEST_CHANNEL_ID is not: set the channel to post the digest in');
  if (channel && !cron) throw new UserError('PAPERBOT_DIGEST_CHANNEL_ID is set but PAPERBOT_DIGEST_CRON is not: set when to post, e.g. "0 9 * * 1" (Mondays 09:00)');
}

/**
 * Posts the digest of a scheduled period into the configured channel, paged to Discord's limits,
 * with its theme map: the papers published from the day of the previous posting to the day before
 * this one, under a heading naming that period ("Weekly paper digest"). Returns the messages posted
 * (none when no whole day has passed since the previous posting).
 */
export async function postScheduledDigest(client: Client, services: OwnedServices, period: Date, previous: Date | undefined): Promise<number> {
  const config = services.config;
  const window = scheduledWindow(period, previous, config.PAPERBOT_DIGEST_TIMEZONE, config.PAPERBOT_DIGEST_DAYS);
  if (!window) {
    services.log.info('digest: no whole day since the last posting; nothing posted', { period: period.toISOString() });
    return 0;
  }
  const channelId = config.PAPERBOT_DIGEST_CHANNEL_ID!;
  // Any process may post it, also a shard that does not serve the channel's guild.
  const channel = await client.channels.fetch(channelId, { allowUnknownGuild: true }).catch((err: unknown) => {
    throw new UserError(`cannot open the digest channel ${channelId} (PAPERBOT_DIGEST_CHANNEL_ID): ${err instanceof Error ? err.message : String(err)}`);
  });
  if (!channel?.isSendable()) throw new UserError(`the digest channel ${channelId} (PAPERBOT_DIGEST_CHANNEL_ID) is not a channel the bot can post in`);
  const digest = await services.digest(window);
  const map = await digestMap(digest, services.log);
  const heading = `${periodName(windowDays(window))} paper digest`;
  const payloads = toPayloads(digestReply(digest, { heading, ...(map ? { map } : {}) }));
  for (const payload of payloads) await channel.send(payload);
  services.log.info('digest posted', {
    channel: channelId,
    period: period.toISOString(),
    since: digest.window.since,
    until: digest.window.until,
    papers: digest.totalPapers,
    themes: digest.themes.length,
    messages: payloads.length,
  });
  return payloads.length;
}

/** How long a scheduled digest waits for a daily fetch in progress, and how often it looks. */
const FETCH_WAIT_MS = 10 * 60_000;
const FETCH_POLL_MS = 1000;

/**
 * Resolves once no daily fetch runs, in this process or another sharing the store (when one is
 * running, its papers belong in the digest about to be built); gives up after {@link FETCH_WAIT_MS}.
 */
async function afterDailyFetch(services: OwnedServices, signal: AbortSignal): Promise<void> {
  const until = Date.now() + FETCH_WAIT_MS;
  for (let polls = 0; ; polls++) {
    if ((await services.store.jobs.runExclusive(DAILY_FETCH_JOB, async () => undefined)).ran) return;
    if (Date.now() >= until) {
      services.log.warn('the daily papers fetch is still running; the digest is posted without its papers');
      return;
    }
    if (polls === 0) services.log.info('digest: waiting for the daily papers fetch in progress');
    await sleep(FETCH_POLL_MS, undefined, { signal });
  }
}

/**
 * Serves newer papers from the store of record when there are any, logging "new papers are served"
 * with `fields`. Checks run one after another, so one asked for after an ingest sees its papers.
 */
function paperRefresh(services: OwnedServices): PaperRefresh {
  let queue: Promise<unknown> = Promise.resolve();
  const check = async (fields: Record<string, unknown>): Promise<boolean> => {
    const served = () => services.retriever.info.storeRevision;
    if ((await services.store.papers.revision()) <= served()) return false;
    const retriever = await Retriever.open({ config: services.config, store: services.store });
    // An index another process is still updating is served as it was: nothing newer yet.
    if (retriever.info.storeRevision <= served()) return false;
    services.useRetriever(retriever);
    services.log.info('new papers are served', { ...fields, papers: retriever.size });
    return true;
  };
  return {
    refresh(fields = {}) {
      const run = queue.then(() => check(fields));
      queue = run.catch(() => undefined);
      return run;
    },
  };
}

/**
 * The daily-papers fetch (`PAPERBOT_DAILY_FETCH`) and the digest posting (`PAPERBOT_DIGEST_CRON`
 * into `PAPERBOT_DIGEST_CHANNEL_ID`), checked now (a bad setting throws a UserError) and started
 * with {@link BotJobs.start}. Papers the fetch adds are served from then on, and papers another
 * process adds within `PAPERBOT_PAPERS_CHECK_SECONDS`. Failed runs are logged with an error id and
 * retried; they never stop the bot.
 */
export function createJobs(client: Client, services: OwnedServices, options: JobsOptions = {}): BotJobs {
  const { config, log } = services;
  checkDigestSettings(config);
  const common = {
    state: jobStateIn(services.store.jobs),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.retryDelayMs !== undefined ? { retryDelayMs: options.retryDelayMs } : {}),
    log: (message: string) => log.info(message),
  };
  const onError = (job: string) => (err: unknown, period: Date) => {
    const errorId = newErrorId();
    if (err instanceof UserError) log.warn(`${job} failed`, { errorId, period: period.toISOString(), message: err.message });
    else log.error(`${job} failed`, { errorId, period: period.toISOString(), err });
  };
  const papers = paperRefresh(services);
  const dailyFetch = createDailyFetchJob(config, {
    ...common,
    // New papers are described before they are indexed; each request waits for an LLM slot behind every question.
    ...(services.backgroundLlm ? { llm: services.backgroundLlm } : {}),
    onError: onError('daily papers fetch'),
    onIngested: async (run) => void (await papers.refresh({ added: run.report?.added ?? 0 })),
  });
  const digest = createDigestJob(
    config,
    async (period, previous, signal) => {
      // The papers a daily fetch adds (here or in another process) belong in this digest.
      if (dailyFetch) await afterDailyFetch(services, signal);
      await papers.refresh().catch((err: unknown) => log.warn('could not serve the newest papers for the digest', { err }));
      await postScheduledDigest(client, services, period, previous);
    },
    { ...common, onError: onError('scheduled digest') },
  );
  const clock = options.clock ?? systemClock;
  const checkMs = config.PAPERBOT_PAPERS_CHECK_SECONDS * 1000;
  let checkTimer: unknown;
  let checking: Promise<void> | undefined;
  const checkPapers = () => {
    checkTimer = clock.setTimeout(() => {
      checkTimer = undefined;
      checking = papers
        .refresh()
        .then(
          () => undefined,
          (err: unknown) => log.warn('could not check the store for new papers', { err }),
        )
        .finally(() => {
          checking = undefined;
          if (!stopping) checkPapers();
        });
    }, checkMs);
  };
  let started: Promise<void> | undefined;
  let stopping = false;
  return {
    start() {
      started ??= (async () => {
        if (checkMs > 0 && !stopping) checkPapers();
        if (dailyFetch || digest) {
          log.info('scheduled jobs', {
            ...(dailyFetch ? { dailyFetch: config.PAPERBOT_DAILY_FETCH_CRON, dailyFetchTimezone: config.PAPERBOT_DAILY_FETCH_TIMEZONE } : {}),
            ...(digest ? { digest: config.PAPERBOT_DIGEST_CRON, digestTimezone: config.PAPERBOT_DIGEST_TIMEZONE, channel: config.PAPERBOT_DIGEST_CHANNEL_ID } : {}),
          });
        }
        if (!stopping) await dailyFetch?.start();
        if (!stopping) await digest?.start();
      })().catch((err: unknown) => log.error('scheduled jobs failed to start', { errorId: newErrorId(), err }));
      return started;
    },
    ...(digest ? { digest } : {}),
    ...(dailyFetch ? { dailyFetch } : {}),
    papers,
    async stop() {
      stopping = true;
      if (checkTimer !== undefined) clock.clearTimeout(checkTimer);
      await checking;
      await Promise.all([digest?.stop(), dailyFetch?.stop()]);
      await started;
    },
  };
}
