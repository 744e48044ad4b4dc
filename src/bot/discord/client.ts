import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Config } from '../../config.js';
import { NO_MENTIONS } from './discord-reply.js';
import { handleMessage } from './followups.js';
import { type BotJobs, type JobsOptions, createJobs } from './jobs.js';
import { routeInteraction } from './interactions.js';
import { loginError } from './login.js';
import type { OwnedServices } from '../services.js';

/**
 * Gateway intents: Guilds (slash commands, autocomplete, buttons, and the channel/thread cache) and
 * GuildMessages (MESSAGE_CREATE, for follow-ups by reply or by mention in a thread). Not the
 * privileged MessageContent: Discord still delivers the content of messages that mention the bot,
 * which includes replies that keep their default @mention.
 */
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] as const;

export interface RunningBot {
  client: Client<true>;
  /** The scheduled digest and daily-papers fetch (each present when configured). */
  jobs: BotJobs;
  /** Disconnects and waits for the stores to be written. */
  stop(): Promise<void>;
}

export interface StartOptions {
  config: Config;
  services: OwnedServices;
  /** How long to wait for the gateway to be ready (default 30 s). */
  readyTimeoutMs?: number;
  /** Clock and retry delay of the scheduled jobs. */
  jobs?: JobsOptions;
  /** Connect as this shard of several (default: the one `paperbot start --shards` gives the process, or all guilds). */
  shard?: ShardId;
}

/** A gateway shard: Discord sends it the events of the guilds whose `(guild_id >> 22) % count` is `id`. */
export interface ShardId {
  id: number;
  count: number;
}

/**
 * Creates the discord.js client: least intents, no mentions parsed, REST base URL from
 * `DISCORD_API_URL`. Without `shard`, discord.js takes the shard a sharding manager gave the process.
 */
export function createClient(config: Config, shard?: ShardId): Client {
  return new Client({
    intents: [...INTENTS],
    allowedMentions: NO_MENTIONS,
    ...(config.DISCORD_API_URL ? { rest: { api: config.DISCORD_API_URL } } : {}),
    ...(shard ? { shards: shard.id, shardCount: shard.count } : {}),
  });
}

/** Connects to Discord and serves the commands until {@link RunningBot.stop}. */
export async function startDiscordBot(options: StartOptions): Promise<RunningBot> {
  const { config, services } = options;
  const token = config.DISCORD_TOKEN;
  if (!token) throw new Error('DISCORD_TOKEN is not set');
  const client = createClient(config, options.shard);
  // One shard of several: every log line says which.
  const { shards, shardCount } = client.options;
  if ((shardCount ?? 1) > 1 && Array.isArray(shards) && shards.length === 1) services.log = services.log.child({ shard: shards[0] });
  const log = services.log;
  const jobs = createJobs(client, services, options.jobs);

  client.on(Events.InteractionCreate, (i) => void routeInteraction(i, services));
  client.on(Events.MessageCreate, (m) => {
    const botId = client.user?.id;
    if (botId) void handleMessage(m, services, botId);
  });
  client.on(Events.Error, (err) => log.error('discord client error', { err }));
  client.on(Events.Warn, (msg) => log.warn('discord client warning', { detail: msg }));
  client.on(Events.ShardDisconnect, (ev, shard) => log.warn('gateway disconnected', { shard, code: ev.code }));
  client.on(Events.ShardReconnecting, (shard) => log.info('gateway reconnecting', { shard }));
  if (config.PAPERBOT_LOG_LEVEL === 'debug') client.on(Events.Debug, (msg) => log.debug('discord.js', { detail: msg }));

  let readyTimer: NodeJS.Timeout | undefined;
  const ready = new Promise<Client<true>>((resolve, reject) => {
    readyTimer = setTimeout(() => reject(new Error('timed out waiting for the Discord gateway')), options.readyTimeoutMs ?? 30_000);
    client.once(Events.ClientReady, (c) => {
      clearTimeout(readyTimer);
      resolve(c);
    });
  });
  // A failed login is reported by login itself; the wait for READY must not outlive it.
  ready.catch(() => undefined);
  try {
    await client.login(token);
    const c = await ready;
    log.info('connected to Discord', { user: c.user.tag, id: c.user.id, guilds: c.guilds.cache.size, mode: services.mode, papers: services.retriever.size });
    void jobs.start();
    let stopping: Promise<void> | undefined;
    return {
      client: c,
      jobs,
      stop: () =>
        (stopping ??= (async () => {
          log.info('shutting down');
          await jobs.stop();
          await client.destroy();
          await services.close();
        })()),
    };
  } catch (err) {
    clearTimeout(readyTimer);
    await client.destroy();
    throw loginError(err);
  }
}
