import type { APIEmbed } from 'discord.js';
import { expect } from 'vitest';
import { type RunningBot, startDiscordBot } from '../../src/bot/discord/client.js';
import { LIMITS } from '../../src/bot/limits.js';
import { loadCommands } from '../../src/bot/loader.js';
import { createLogger } from '../../src/bot/log.js';
import { createServices } from '../../src/bot/services.js';
import type { Config } from '../../src/config.js';
import { Retriever } from '../../src/retrieval/engine.js';
import { type SchedulerClock, systemClock } from '../../src/schedule/scheduler.js';
import type { Json, SentInteraction, StubRequest } from '../support/discord-server.js';
import { copyCorpusIndex } from './index.js';

/** The embeds of a message body or of an interaction callback's data. */
export const embedsOf = (body: Json | undefined): APIEmbed[] => ((body?.embeds ?? (body?.data as Json | undefined)?.embeds ?? []) as APIEmbed[]);
export const embedTotal = (e: APIEmbed) =>
  (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
/** Asserts that a message body respects every Discord limit. */
export function expectWithinLimits(body: Json | undefined) {
  const embeds = embedsOf(body);
  expect(embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
  expect(embeds.reduce((n, e) => n + embedTotal(e), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
  for (const e of embeds) {
    expect(e.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(e.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.footer);
    for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
  }
  expect(String(body?.content ?? '').length).toBeLessThanOrEqual(LIMITS.content);
}
/** Matches the callback (acknowledgement) of an interaction. */
export const callbackOf = (i: SentInteraction) => (r: StubRequest) => r.method === 'POST' && r.path === `/interactions/${i.id}/${i.token}/callback`;
/** Matches an edit of an interaction's original reply. */
export const editOf = (i: SentInteraction) => (r: StubRequest) => r.method === 'PATCH' && r.path.endsWith(`/${i.token}/messages/@original`);

/** Puts the bundled corpus's index into `config`'s (new) data directory and starts the real bot with it (logging nothing). */
export async function startIndexedBot(config: Config): Promise<RunningBot> {
  await copyCorpusIndex(config.PAPERBOT_DATA_DIR);
  const services = await createServices({
    config,
    retriever: await Retriever.open({ config }),
    log: createLogger({ level: 'silent' }),
    commands: await loadCommands(),
  });
  return startDiscordBot({ config, services });
}

/**
 * The time of a test's scheduled jobs: a clock standing still at the start of the test (so no new
 * period begins while it runs); for a digest scheduled daily at midnight UTC, the period due now
 * (`lastMidnight`) and a last posting three periods back (`missedFrom`), so one is missed.
 */
export function frozenSchedule(): { clock: SchedulerClock; lastMidnight: Date; missedFrom: Date } {
  const startedAt = Date.now();
  const lastMidnight = new Date(Math.floor(startedAt / 86_400_000) * 86_400_000);
  return { clock: { ...systemClock, now: () => startedAt }, lastMidnight, missedFrom: new Date(lastMidnight.getTime() - 3 * 86_400_000) };
}

/** The settings of the bot's jobs in those tests: the digest daily at midnight UTC into `channelId`, the daily fetch from `dailyPapersUrl`. */
export function jobSettings(channelId: string, dailyPapersUrl: string): Record<string, string> {
  return {
    PAPERBOT_DIGEST_CHANNEL_ID: channelId,
    PAPERBOT_DIGEST_CRON: '0 0 * * *',
    PAPERBOT_DIGEST_TIMEZONE: 'UTC',
    PAPERBOT_DAILY_FETCH: 'true',
    PAPERBOT_DAILY_FETCH_CRON: '0 6 * * *',
    PAPERBOT_DAILY_FETCH_INTERVAL_MS: '0',
    DAILY_PAPERS_URL: dailyPapersUrl,
  };
}
