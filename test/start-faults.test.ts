import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, spawnCli } from './helpers/cli.js';
import { CORPUS, indexedConfig, waitFor } from './helpers/index.js';
import { type DiscordStub, startDiscordStub } from './support/discord-server.js';

let discord: DiscordStub;
/** A daily-papers API that accepts requests and never answers them. */
let dailyPapers: Server;
let dailyRequests = 0;
let cleanup: () => Promise<void>;
let env: Record<string, string>;

beforeAll(async () => {
  discord = await startDiscordStub();
  dailyPapers = createServer(() => {
    dailyRequests++;
  });
  await new Promise<void>((resolve) => dailyPapers.listen(0, '127.0.0.1', resolve));
  const t = await indexedConfig();
  cleanup = t.cleanup;
  env = {
    PAPERBOT_DATA_DIR: t.config.PAPERBOT_DATA_DIR,
    PAPERBOT_CORPUS_DIR: CORPUS,
    PAPERBOT_LOG_LEVEL: 'info',
    DISCORD_TOKEN: discord.token,
    DISCORD_API_URL: discord.restUrl,
  };
});

afterAll(async () => {
  await discord?.close();
  dailyPapers?.closeAllConnections();
  await new Promise((resolve) => dailyPapers?.close(resolve));
  await cleanup?.();
});

/** Resolves with how the process ended and how long after `from` it did; gives up after `limitMs`. */
async function exitWithin(exited: Promise<number | NodeJS.Signals | null>, from: number, limitMs: number) {
  const timeout = new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), limitMs).unref());
  const code = await Promise.race([exited, timeout]);
  return { code, ms: Date.now() - from };
}

describe('`paperbot start` when things go wrong', () => {
  it('exits 1 at once with one clear line when Discord rejects the token', async () => {
    const started = Date.now();
    const running = spawnCli(['start'], { ...env, DISCORD_TOKEN: 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GfAkEd.not-the-right-token-at-all-abcdefghij' });
    const { code } = await exitWithin(running.exited, started, 20_000);
    if (code === 'still running') running.signal('SIGKILL');
    expect(code).toBe(1);
    expect(running.stderr().trim().split('\n')).toEqual([
      'error: Discord rejected DISCORD_TOKEN: set it to the bot token from the Discord Developer Portal (Bot > Reset Token)',
    ]);
    expect(running.stdout()).toBe('');
  });

  it('with --shards, exits 1 at once with the same line when Discord rejects the token, starting no shard', async () => {
    for (const shards of ['2', 'auto']) {
      const started = Date.now();
      const before = discord.identified.length;
      const running = spawnCli(['start', '--shards', shards], { ...env, DISCORD_TOKEN: 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GfAkEd.not-the-right-token-at-all-abcdefghij' });
      const { code } = await exitWithin(running.exited, started, 20_000);
      if (code === 'still running') running.signal('SIGKILL');
      expect(code).toBe(1);
      expect(running.stderr().trim().split('\n')).toEqual([
        'error: Discord rejected DISCORD_TOKEN: set it to the bot token from the Discord Developer Portal (Bot > Reset Token)',
      ]);
      expect(discord.identified.length).toBe(before);
    }
  });

  it('refuses a --shards count that is not "auto" or a whole number, and --shards without a Discord token', async () => {
    for (const shards of ['0', '-1', '1.5', 'two']) {
      const refused = await runCli(['start', '--shards', shards], env);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(`option '--shards <count>' argument '${shards}' is invalid. must be "auto" or a whole number from 1`);
    }
    const terminal = await runCli(['start', '--shards', '2'], { ...env, DISCORD_TOKEN: '' });
    expect(terminal.code).toBe(2);
    expect(terminal.stderr).toBe('error: --shards runs the Discord bot in several processes: set DISCORD_TOKEN\n');
  });

  it('stops within seconds, with exit code 0, when SIGTERM arrives during a slow daily-papers fetch', async () => {
    const running = spawnCli(['start'], {
      ...env,
      PAPERBOT_DAILY_FETCH: 'true',
      PAPERBOT_DAILY_FETCH_TIMEOUT_MS: '60000',
      DAILY_PAPERS_URL: `http://127.0.0.1:${(dailyPapers.address() as AddressInfo).port}`,
    });
    await running.waitForStderr(/"msg":"connected to Discord"/);
    await waitFor(() => dailyRequests > 0);
    const signalled = Date.now();
    running.signal('SIGTERM');
    const { code, ms } = await exitWithin(running.exited, signalled, 20_000);
    if (code === 'still running') running.signal('SIGKILL');
    expect(code).toBe(0);
    // Well before the 10 s after which a stuck shutdown is forced (with exit code 1).
    expect(ms).toBeLessThan(5000);
    expect(running.stderr()).toMatch(/daily papers fetch: run for \S+ stopped; it will run on the next start/);
    expect(running.stderr()).not.toMatch(/"level":"error"/);
  });
});
