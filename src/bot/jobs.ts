import type { Client } from 'discord.js';
import type { Config } from '../config.js';
import { UserError } from '../errors.js';
import { Retriever } from '../retrieval/engine.js';
import { periodName, scheduledWindow, windowDays } from '../answer/digest/window.js';
import { createDailyFetchJob, createDigestJob } from '../schedule/jobs.js';
import type { Schedule, SchedulerClock } from '../schedule/scheduler.js';
import { toPayloads } from './discord-reply.js';
import { digestMap, digestReply } from './digest-view.js';
import { newErrorId } from './log.js';
import type { OwnedServices } from './services.js';
import { jobStateIn } from '../schedule/job-state.js';

/** The bot's scheduled work: the daily-papers fetch and the digest posting, each when configured. */
export interface BotJobs {
  /**
   * Starts the timers once the client is ready. Resolves when any period missed while the bot was
   * down has been run (failures are logged, never thrown).
   */
  start(): Promise<void>;
  readonly digest?: Schedule;
  readonly dailyFetch?: Schedule;
  /** Stops the timers, aborts a daily fetch in progress and waits for the runs to end. */
  stop(): Promise<void>;
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
  const channel = await client.channels.fetch(channelId).catch((err: unknown) => {
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

/**
 * The daily-papers fetch (`PAPERBOT_DAILY_FETCH`) and the digest posting (`PAPERBOT_DIGEST_CRON`
 * into `PAPERBOT_DIGEST_CHANNEL_ID`), checked now (a bad setting throws a UserError) and started
 * with {@link BotJobs.start}. Papers the fetch adds are served from then on. Failed runs are logged
 * with an error id and retried; they never stop the bot.
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
  const dailyFetch = createDailyFetchJob(config, {
    ...common,
    onError: onError('daily papers fetch'),
    onIngested: async (run) => {
      services.useRetriever(await Retriever.open({ config }));
      log.info('new papers are served', { added: run.report?.added ?? 0, papers: services.retriever.size });
    },
  });
  const digest = createDigestJob(config, async (period, previous) => void (await postScheduledDigest(client, services, period, previous)), {
    ...common,
    onError: onError('scheduled digest'),
  });
  let started: Promise<void> | undefined;
  let stopping = false;
  return {
    start() {
      started ??= (async () => {
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
    async stop() {
      stopping = true;
      await Promise.all([digest?.stop(), dailyFetch?.stop()]);
      await started;
    },
  };
}
