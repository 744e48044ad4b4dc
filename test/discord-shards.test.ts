import type { APIActionRowComponent, APIButtonComponentWithCustomId } from 'discord.js';
import { InteractionResponseType, MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type RunningBot, type ShardId, startDiscordBot } from '../src/bot/discord/client.js';
import { postScheduledDigest } from '../src/bot/discord/jobs.js';
import { loadCommands } from '../src/bot/loader.js';
import { createLogger, secretsOf } from '../src/bot/log.js';
import { type OwnedServices, createServices } from '../src/bot/services.js';
import { type Config, loadConfig } from '../src/config.js';
import { addDays } from '../src/corpus/dates.js';
import { Retriever } from '../src/retrieval/engine.js';
import { ingest } from '../src/retrieval/ingest/ingest.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/types.js';
import { spawnCli } from './helpers/cli.js';
import { startDailyPapers } from './helpers/daily-papers.js';
import { callbackOf, editOf, embedsOf, frozenSchedule, jobSettings } from './helpers/discord.js';
import { smallCorpus, tempConfig } from './helpers/index.js';
import { type DiscordStub, type Json, type StubRequest, startDiscordStub, userObject } from './support/discord-server.js';
import { freshSchema, pgliteServer } from './support/postgres.js';

/**
 * Several bot processes sharing one PostgreSQL store (PGlite over a socket) and one Discord: two
 * bots as shards 0 and 1 of 2, each with its own client, services and database connections, then
 * `paperbot start --shards 2` as processes.
 */
const postgres = pgliteServer();
let dropSchema: () => Promise<void> = async () => {};
let discord: DiscordStub;
let dailyPapers: Awaited<ReturnType<typeof startDailyPapers>>;
let cleanup: () => Promise<void> = async () => {};
let config: Config;
let env: Record<string, string>;
/** The store as a third party sees it. */
let store: Store;

interface Bot {
  shard: ShardId;
  services: OwnedServices;
  running: RunningBot;
  logs: string[];
}
let a: Bot;
let b: Bot;

const alice = userObject('100000000000000001', 'alice');
const bob = userObject('100000000000000002', 'bob');
const carol = userObject('100000000000000003', 'carol');
/** The jobs' clock stands still; the digest, daily at midnight UTC, missed a period. */
const { clock: frozenClock, lastMidnight, missedFrom } = frozenSchedule();
/** Papers in the store before the daily fetch: the first ones of a bundled corpus page, its corpus. */
const PAPERS = 40;

beforeAll(async () => {
  [discord, dailyPapers] = await Promise.all([startDiscordStub({ guilds: 2, maxConcurrency: 2 }), startDailyPapers(), postgres.start()]).then(
    ([d, p]) => [d, p] as const,
  );
  const schema = freshSchema(postgres.url());
  dropSchema = schema.drop;
  const t = await tempConfig();
  cleanup = t.cleanup;
  env = {
    PAPERBOT_DATA_DIR: t.config.PAPERBOT_DATA_DIR,
    PAPERBOT_CORPUS_DIR: await smallCorpus(t.dir, PAPERS),
    PAPERBOT_DATABASE_URL: postgres.url(),
    PAPERBOT_DATABASE_SCHEMA: schema.schema,
    DISCORD_TOKEN: discord.token,
    DISCORD_API_URL: discord.restUrl,
    ...jobSettings(discord.guilds[0]!.channelId, dailyPapers.url),
    PAPERBOT_COOLDOWN_SECONDS: '0',
  };
  config = loadConfig({ ...env, PAPERBOT_LOG_LEVEL: 'debug', PAPERBOT_PAPERS_CHECK_SECONDS: '0.2' });
  await ingest({ config });
  store = await openStore(config);
  await store.jobs.set('digest', { version: 1, period: missedFrom.toISOString(), at: missedFrom.toISOString() });
  [a, b] = await Promise.all([startBot({ id: 0, count: 2 }), startBot({ id: 1, count: 2 })]);
});

async function startBot(shard: ShardId): Promise<Bot> {
  const logs: string[] = [];
  const log = createLogger({ level: 'debug', secrets: secretsOf(config), write: (l) => logs.push(l) });
  const services = await createServices({ config, retriever: await Retriever.open({ config }), log, commands: await loadCommands() });
  const running = await startDiscordBot({ config, services, shard, jobs: { clock: frozenClock } });
  return { shard, services, running, logs };
}

afterAll(async () => {
  await Promise.all([a?.running.stop(), b?.running.stop()]);
  await store?.close();
  await discord?.close();
  await dailyPapers?.close();
  await dropSchema();
  await postgres.stop();
  await cleanup();
});

const digestHeadings = () =>
  discord.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${env.PAPERBOT_DIGEST_CHANNEL_ID}/messages` && /paper digest/.test(embedsOf(r.body)[0]?.title ?? ''));

const firstChoice = async (channelId: string, value: string) => {
  const sent = discord.sendInteraction({ kind: 'autocomplete', user: bob, name: 'similar', channelId, options: [{ name: 'title', type: 3, value, focused: true }] });
  const cb = await discord.waitForRequest(callbackOf(sent));
  return { shard: sent.shard, name: (cb.body?.data as { choices: { name: string }[] }).choices[0]?.name };
};

describe('two bot processes sharing a PostgreSQL store, as shards 0 and 1 of 2', () => {
  let answerMessageId: string;
  let buttons: APIButtonComponentWithCustomId[];
  const question = 'how can LoRA parameters be generated for a new task?';

  it('connect as their shards, each given the guild Discord routes to it', () => {
    expect(discord.identified.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect([...a.running.client.guilds.cache.keys()]).toEqual([discord.guilds[0]!.id]);
    expect([...b.running.client.guilds.cache.keys()]).toEqual([discord.guilds[1]!.id]);
    expect(a.logs.some((l) => l.includes('"msg":"connected to Discord","shard":0'))).toBe(true);
    expect(b.logs.some((l) => l.includes('"msg":"connected to Discord","shard":1'))).toBe(true);
  });

  it('fetch the daily papers once and post the digest missed while down once, with those papers; both serve them', async () => {
    // Both started their jobs at once, on connecting.
    await Promise.all([a.running.jobs.start(), b.running.jobs.start()]);
    expect(dailyPapers.requests).toHaveLength(2);
    const headings = digestHeadings();
    expect(headings).toHaveLength(1);
    const heading = embedsOf(headings[0]!.body)[0]!;
    expect(heading.title).toBe(`3-day paper digest: ${missedFrom.toISOString().slice(0, 10)} to ${addDays(lastMidnight.toISOString().slice(0, 10), -1)}`);
    // The papers just fetched, published in those days, whichever process fetched them.
    expect(Number(/^(\d+) papers? in/.exec(heading.description!)?.[1])).toBeGreaterThan(0);
    expect(await store.jobs.get('digest')).toMatchObject({ period: lastMidnight.toISOString() });

    await vi.waitFor(() => expect([a.services.retriever.size, b.services.retriever.size]).toEqual([PAPERS + 4, PAPERS + 4]), { timeout: 10_000 });
    for (const [i, guild] of discord.guilds.entries()) {
      const choice = await firstChoice(guild.channelId, 'speculative decoding draft trees');
      expect(choice).toEqual({ shard: i, name: 'Speculative Decoding with Draft Trees for Faster LLM Inference' });
    }
  });

  it('serve papers another process ingests, within PAPERBOT_PAPERS_CHECK_SECONDS', async () => {
    const title = 'Sheaf Attention for Molecular Graph Generation';
    await ingest({
      config,
      papers: [{ title, abstract: 'We generate molecular graphs with sheaf attention, a message passing layer over cellular sheaves.', source: 'test' }],
    });
    await vi.waitFor(() => expect([a.services.retriever.size, b.services.retriever.size]).toEqual([PAPERS + 5, PAPERS + 5]), { timeout: 10_000 });
    for (const [i, guild] of discord.guilds.entries()) expect(await firstChoice(guild.channelId, 'sheaf attention molecular')).toEqual({ shard: i, name: title });
  });

  it('a shard posts the scheduled digest into a channel of a guild it does not serve', async () => {
    const before = digestHeadings().length;
    const posted = await postScheduledDigest(b.running.client, b.services, lastMidnight, missedFrom);
    expect(posted).toBeGreaterThan(0);
    expect(digestHeadings()).toHaveLength(before + 1);
    expect(b.running.client.guilds.cache.has(discord.guilds[0]!.id)).toBe(false);
  });

  it("/ask in shard 0's guild is answered by A and stored", async () => {
    const sent = discord.sendInteraction({ kind: 'command', user: alice, name: 'ask', options: [{ name: 'question', type: 3, value: question }] });
    expect(sent.shard).toBe(0);
    expect((await discord.waitForRequest(callbackOf(sent))).body?.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const edit = await discord.waitForRequest(editOf(sent));
    expect(embedsOf(edit.body)[0]!.title).toBe(question);
    buttons = (edit.body?.components as APIActionRowComponent<APIButtonComponentWithCustomId>[]).flatMap((r) => r.components);
    answerMessageId = discord.messagesIn(discord.channelId).find((m) => m.embeds[0]?.title === question)!.id;
    await vi.waitFor(async () => expect((await store.answers.forMessage(answerMessageId))?.question).toBe(question));
  });

  it("when A's process is replaced, the new process records a vote on A's answer once and follows up on it from the store", async () => {
    // Shard 0 now runs in another process, as when the shard manager starts a shard again.
    await a.running.stop();
    const c = await startBot({ id: 0, count: 2 });
    try {
      const up = buttons.find((x) => x.custom_id.split(':')[1] === 'up')!;
      const vote = discord.sendInteraction({ kind: 'button', user: bob, customId: up.custom_id, message: discord.message(answerMessageId)! });
      expect((await discord.waitForRequest(callbackOf(vote))).body?.data).toMatchObject({ flags: MessageFlags.Ephemeral });
      expect((await store.feedback.all()).filter((v) => v.question === question)).toMatchObject([{ vote: 'up', userId: bob.id, surface: 'discord' }]);

      const before = discord.requests.length;
      const asked = discord.sendMessage({ user: carol, content: `<@${discord.botUserId}> and how does that compare to full fine-tuning?`, replyTo: answerMessageId, mentionsBot: true });
      const isReply = (r: StubRequest) => r.method === 'POST' && r.path === `/channels/${discord.channelId}/messages` && discord.requests.indexOf(r) >= before;
      const post = await discord.waitForRequest(isReply);
      expect(post.body?.message_reference).toMatchObject({ message_id: asked.id });
      const [embed] = embedsOf(post.body);
      expect(embed!.title).toBe('and how does that compare to full fine-tuning?');
      expect(embed!.footer!.text).toContain('follow-up');
      // The new process knew the earlier turn only from the store: its answer carries it as history.
      const replyId = discord.messagesIn(discord.channelId).find((m) => m.embeds[0]?.title === embed!.title)!.id;
      await vi.waitFor(async () => expect((await store.answers.forMessage(replyId))?.history).toEqual([{ question, answer: expect.any(String) as unknown }]));
      expect(discord.requests.filter(isReply)).toHaveLength(1);
      // Its jobs found both periods done: nothing was fetched or posted again.
      await c.running.jobs.start();
      expect(dailyPapers.requests).toHaveLength(2);
      expect(c.logs.some((l) => l.includes('"msg":"digest posted"'))).toBe(false);
    } finally {
      await c.running.stop();
    }
  });
});

describe('`paperbot start --shards 2`', () => {
  it('starts a process per shard, each serving its guild, and stops them all on SIGTERM with exit code 0', async () => {
    await b.running.stop();
    const before = discord.identified.length;
    const posts = digestHeadings().length;
    // The shards keep the real clock: schedules whose latest period (January 1st) is long recorded as
    // done keep a run that crosses 06:00 or midnight UTC from starting a new period.
    const yearly = { PAPERBOT_DIGEST_CRON: '0 0 1 1 *', PAPERBOT_DAILY_FETCH_CRON: '0 6 1 1 *' };
    const running = spawnCli(['start', '--shards', '2'], { ...env, ...yearly, PAPERBOT_LOG_LEVEL: 'info' });
    try {
      await running.waitForStderr(/"msg":"all shards are ready"/, 60_000);
      expect(discord.identified.slice(before).map((i) => i.shard).sort()).toEqual([
        [0, 2],
        [1, 2],
      ]);
      for (const [i, guild] of discord.guilds.entries()) {
        const sent = discord.sendInteraction({ kind: 'command', user: carol, name: 'help', channelId: guild.channelId });
        expect(sent.shard).toBe(i);
        const cb = await discord.waitForRequest(callbackOf(sent));
        expect(embedsOf(cb.body?.data as Json)[0]!.description).toContain('/ask question');
      }
    } finally {
      running.signal('SIGTERM');
    }
    expect(await running.exited).toBe(0);
    const stderr = running.stderr();
    for (const shard of [0, 1]) expect(stderr).toMatch(new RegExp(`"msg":"shutting down","shard":${shard}`));
    expect(stderr).toMatch(/"msg":"all shards stopped","clean":true/);
    expect(stderr).not.toContain(discord.token);
    expect(discord.connectedShards()).toEqual([]);
    // The jobs ran in the shards too, under the same locks: nothing was posted or fetched again.
    expect(digestHeadings()).toHaveLength(posts);
    expect(dailyPapers.requests).toHaveLength(2);
  });
});
