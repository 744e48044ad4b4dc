import { DiscordAPIError, DiscordjsError, DiscordjsErrorCodes, REST, Routes } from 'discord.js';
import * as z from 'zod';
import type { Config } from '../../config.js';

/** A rejected token as one clear line (discord.js says only "An invalid token was provided."); any other error as it is. */
export function loginError(err: unknown): unknown {
  const rejected =
    (err instanceof DiscordjsError && err.code === DiscordjsErrorCodes.TokenInvalid) || (err instanceof DiscordAPIError && err.status === 401);
  if (!rejected) return err;
  return new Error('Discord rejected DISCORD_TOKEN: set it to the bot token from the Discord Developer Portal (Bot > Reset Token)');
}

const GatewayBot = z.object({
  shards: z.number().int().min(1),
  session_start_limit: z.object({ max_concurrency: z.number().int().min(1) }),
});

/** What Discord says about the bot's gateway sessions. */
export interface GatewayInfo {
  /** The number of shards Discord recommends for the bot's guilds. */
  shards: number;
  /** How many shards may identify at once (each rate-limit bucket once per `LIMITS.identifyIntervalMs`). */
  maxConcurrency: number;
}

/**
 * Asks Discord (`GET /gateway/bot`, through `DISCORD_API_URL` when set) for the recommended shard
 * count; this also checks the token: a rejected one throws the one-line {@link loginError}.
 */
export async function fetchGatewayInfo(config: Config): Promise<GatewayInfo> {
  const token = config.DISCORD_TOKEN;
  if (!token) throw new Error('DISCORD_TOKEN is not set');
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(token);
  try {
    const info = GatewayBot.parse(await rest.get(Routes.gatewayBot()));
    return { shards: info.shards, maxConcurrency: info.session_start_limit.max_concurrency };
  } catch (err) {
    throw loginError(err);
  }
}
