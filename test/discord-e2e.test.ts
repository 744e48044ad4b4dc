import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  GatewayIntentBits,
  InteractionResponseType,
  MessageFlags,
} from 'discord.js';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningBot, startDiscordBot } from '../src/bot/discord/client.js';
import { LIMITS } from '../src/bot/limits.js';
import { loadCommands } from '../src/bot/loader.js';
import { createLogger, secretsOf } from '../src/bot/log.js';
import { type OwnedServices, createServices } from '../src/bot/services.js';
import { openStore } from '../src/store/open.js';
import { type Config, loadConfig } from '../src/config.js';
import { addDays } from '../src/corpus/dates.js';
import { Retriever } from '../src/retrieval/engine.js';
import { runCli, spawnCli } from './helpers/cli.js';
import { startDailyPapers } from './helpers/daily-papers.js';
import { CORPUS, indexedConfig } from './helpers/index.js';
import { callbackOf, editOf, embedsOf, expectWithinLimits, frozenSchedule, jobSettings } from './helpers/discord.js';
import { type DiscordStub, type Json, type StubFile, type StubRequest, startDiscordStub, userObject } from './support/discord-server.js';

let discord: DiscordStub;
let dailyPapers: Awaited<ReturnType<typeof startDailyPapers>>;
let dailyRequests: string[];
let bot: RunningBot;
let services: OwnedServices;
let cleanup: () => Promise<void>;
let dataDir: string;
let env: Record<string, string>;
const logs: string[] = [];
const alice = userObject('100000000000000001', 'alice');
const bob = userObject('100000000000000002', 'bob');
const carol = userObject('100000000000000003', 'carol');
const dave = userObject('100000000000000004', 'dave');
const erin = userObject('100000000000000005', 'erin');
const frank = userObject('100000000000000006', 'frank');
/** The jobs' clock stands still; the digest, daily at midnight UTC, missed a period. */
const { clock: frozenClock, lastMidnight, missedFrom } = frozenSchedule();
let config: Config;
/** Requests made while the bot started (the digest missed while it was down). */
let startupRequests: StubRequest[];
let answerMessageId: string;
let answerButtons: APIButtonComponentWithCustomId[];


beforeAll(async () => {
  discord = await startDiscordStub();
  dailyPapers = await startDailyPapers();
  dailyRequests = dailyPapers.requests;
  const t = await indexedConfig();
  cleanup = t.cleanup;
  dataDir = t.config.PAPERBOT_DATA_DIR;
  env = {
    PAPERBOT_DATA_DIR: dataDir,
    PAPERBOT_CORPUS_DIR: CORPUS,
    PAPERBOT_LOG_LEVEL: 'silent',
    DISCORD_TOKEN: discord.token,
    DISCORD_API_URL: discord.restUrl,
  };
  config = loadConfig({
    ...env,
    PAPERBOT_LOG_LEVEL: 'debug',
    PAPERBOT_COOLDOWN_SECONDS: '60',
    DISCORD_APPLICATION_ID: discord.applicationId,
    ...jobSettings(discord.channelId, dailyPapers.url),
  });
  await writeFile(path.join(dataDir, 'digest-state.json'), JSON.stringify({ version: 1, period: missedFrom.toISOString(), at: missedFrom.toISOString() }));
  bot = await startBot();
  await bot.jobs.start();
  startupRequests = [...discord.requests];
});

async function startBot(): Promise<RunningBot> {
  const retriever = await Retriever.open({ config });
  const log = createLogger({ level: 'debug', secrets: secretsOf(config), write: (l) => logs.push(l) });
  services = await createServices({ config, retriever, log, commands: await loadCommands() });
  return startDiscordBot({ config, services, jobs: { clock: frozenClock } });
}

const digestPostsIn = (requests: StubRequest[]) =>
  requests.filter((r) => r.method === 'POST' && r.path === `/channels/${discord.channelId}/messages` && embedsOf(r.body).length > 0);

/** Asserts that a request uploaded the theme map: one PNG of 800 x 500, shown in its first embed. */
function expectThemeMap(r: StubRequest): StubFile {
  expect(r.files.map((f) => f.name)).toEqual(['theme-map.png']);
  const png = PNG.sync.read(r.files[0]!.data);
  expect([png.width, png.height]).toEqual([800, 500]);
  expect(r.files[0]!.data.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(embedsOf(r.body)[0]!.image?.url).toBe('attachment://theme-map.png');
  return r.files[0]!;
}

/** The themes a paged digest shows, in order, checking the numbering runs on across messages. */
function themesOf(bodies: (Json | undefined)[]): string[] {
  const titles = bodies.flatMap((b) => embedsOf(b).map((e) => e.title ?? ''));
  const themes = titles.filter((t) => /^\d+\. /.test(t));
  themes.forEach((t, i) => expect(t.startsWith(`${i + 1}. `)).toBe(true));
  return themes.map((t) => t.replace(/^\d+\. /, '').replace(/ \(\d+ papers?\)$/, ''));
}

afterAll(async () => {
  await bot?.stop();
  await discord?.close();
  await dailyPapers?.close();
  await cleanup?.();
});

describe('the real discord.js bot against a Discord-compatible server', () => {
  it('connects with only the Guilds and GuildMessages intents', () => {
    expect(bot.client.user.id).toBe(discord.botUserId);
    expect(discord.intents).toBe(GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages);
  });

  it('/ask defers within 3 s, then edits in an answer with cited titles, within limits, pinging nobody', async () => {
    const question = '@everyone how can LoRA parameters be generated for a new task?';
    const sent = discord.sendInteraction({ kind: 'command', user: alice, name: 'ask', options: [{ name: 'question', type: 3, value: question }] });
    const callback = await discord.waitForRequest(callbackOf(sent));
    expect(callback.body?.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(callback.at - sent.at).toBeLessThan(LIMITS.acknowledgeMs);

    const edit = await discord.waitForRequest(editOf(sent));
    expect(edit.body?.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expectWithinLimits(edit.body);
    const [embed] = embedsOf(edit.body);
    expect(embed!.title).toBe('@everyone how can LoRA parameters be generated for a new task?');
    expect(embed!.description).toMatch(/\[1\]/);
    const cited = embed!.fields!.find((f) => f.name === 'Cited papers')!.value;
    expect(cited).toContain('In-Context Meta LoRA Generation');
    expect(embed!.footer!.text).toMatch(/^Extractive answer \(no LLM\) · (?:\d+ ms|\d+\.\d s)$/);
    const rows = edit.body?.components as APIActionRowComponent<APIButtonComponentWithCustomId>[];
    answerButtons = rows.flatMap((r) => r.components);
    expect(answerButtons.map((b) => b.custom_id.split(':')[1])).toEqual(['sources', 'up', 'down']);

    const original = discord.messagesIn(discord.channelId).find((m) => m.embeds.length > 0 && m.embeds[0]!.title === embed!.title)!;
    expect(original.flags ?? 0).toBe(0);
    expect(original.mention_everyone).toBe(false);
    answerMessageId = original.id;
  });

  it('a second /ask within the cooldown gets a friendly ephemeral message', async () => {
    const sent = discord.sendInteraction({ kind: 'command', user: alice, name: 'ask', options: [{ name: 'question', type: 3, value: 'what is beam search?' }] });
    const callback = await discord.waitForRequest(callbackOf(sent));
    expect(callback.body?.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const data = callback.body?.data as Json;
    expect(data.flags).toBe(MessageFlags.Ephemeral);
    expect(String(data.content)).toMatch(/try again in \d+ seconds?/);
  });

  it('autocomplete answers at once (no deferring) with at most 25 titles of at most 100 characters', async () => {
    for (const value of ['diverse beam', 'a', '']) {
      const sent = discord.sendInteraction({
        kind: 'autocomplete',
        user: bob,
        name: 'similar',
        options: [{ name: 'title', type: 3, value, focused: true }],
      });
      const callback = await discord.waitForRequest(callbackOf(sent));
      expect(callback.at - sent.at).toBeLessThan(LIMITS.acknowledgeMs);
      expect(callback.body?.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
      const choices = (callback.body?.data as { choices: { name: string; value: string }[] }).choices;
      expect(choices.length).toBeGreaterThan(0);
      expect(choices.length).toBeLessThanOrEqual(LIMITS.choices);
      for (const c of choices) {
        expect(c.name.length).toBeLessThanOrEqual(LIMITS.choiceName);
        expect(c.value.length).toBeLessThanOrEqual(LIMITS.choiceValue);
      }
      if (value === 'diverse beam') expect(choices[0]!.name).toBe('Diverse Beam Search: Decoding Diverse Solutions from Neural Sequence Models');
    }
  });

  it('/similar with a typo names the resolved paper and lists related papers with scores', async () => {
    const sent = discord.sendInteraction({
      kind: 'command',
      user: bob,
      name: 'similar',
      options: [
        { name: 'title', type: 3, value: 'conditonal poisson stochastic beam serch' },
        { name: 'k', type: 4, value: 4 },
      ],
    });
    expect((await discord.waitForRequest(callbackOf(sent))).body?.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const edit = await discord.waitForRequest(editOf(sent));
    expectWithinLimits(edit.body);
    const [embed] = embedsOf(edit.body);
    expect(embed!.title).toBe('Related to: Conditional Poisson Stochastic Beam Search');
    const lines = embed!.description!.split('\n');
    expect(lines).toHaveLength(4);
    for (const l of lines) expect(l).toMatch(/^\d\. .+ · `-?\d+\.\d{3}`$/);
    const scores = lines.map((l) => Number(/`(-?[\d.]+)`$/.exec(l)![1]));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(embed!.footer?.text).toMatch(/^Score: how related the papers are/);
  });

  it('the sources button replies ephemerally; thumbs up is stored with the question and answer', async () => {
    const original = discord.message(answerMessageId)!;
    const sources = discord.sendInteraction({ kind: 'button', user: bob, customId: answerButtons[0]!.custom_id, message: original });
    const cb = await discord.waitForRequest(callbackOf(sources));
    expect(cb.body?.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const data = cb.body?.data as Json;
    expect(data.flags).toBe(MessageFlags.Ephemeral);
    expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(embedsOf(data)[0]!.description).toContain('In-Context Meta LoRA Generation');

    const up = discord.sendInteraction({ kind: 'button', user: bob, customId: answerButtons[1]!.custom_id, message: original });
    const upCb = await discord.waitForRequest(callbackOf(up));
    expect((upCb.body?.data as Json).flags).toBe(MessageFlags.Ephemeral);
    const votes = await services.feedback.all();
    expect(votes.at(-1)).toMatchObject({
      vote: 'up',
      userId: bob.id,
      surface: 'discord',
      question: '@everyone how can LoRA parameters be generated for a new task?',
      mode: 'extractive',
    });
  });

  it('a reply to the answer gets a follow-up answer that takes the earlier turn into account', async () => {
    const before = discord.requests.length;
    const asked = discord.sendMessage({ user: carol, content: `<@${discord.botUserId}> and how does that compare to full fine-tuning?`, replyTo: answerMessageId, mentionsBot: true });
    const post = await discord.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${discord.channelId}/messages` && discord.requests.indexOf(r) >= before);
    expect(post.body?.message_reference).toMatchObject({ message_id: asked.id });
    expect(post.body?.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expectWithinLimits(post.body);
    const [embed] = embedsOf(post.body);
    expect(embed!.title).toBe('and how does that compare to full fine-tuning?');
    expect(embed!.footer!.text).toContain('follow-up');
  });

  it('a reply whose content Discord hides (no mention) gets a hint instead of a guess', async () => {
    const before = discord.requests.length;
    discord.sendMessage({ user: dave, content: 'what about vision models?', replyTo: answerMessageId, mentionsBot: false });
    const post = await discord.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${discord.channelId}/messages` && discord.requests.indexOf(r) >= before);
    expect(String(post.body?.content)).toContain('Keep the @mention on');
  });

  it('a mention in a thread started on the answer follows up on it', async () => {
    const thread = discord.createThread(answerMessageId, carol);
    await new Promise((r) => setTimeout(r, 100));
    const before = discord.requests.length;
    discord.sendMessage({ user: dave, channelId: thread, content: `<@${discord.botUserId}> does it work for diffusion models?`, mentionsBot: true });
    const post = await discord.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${thread}/messages` && discord.requests.indexOf(r) >= before);
    const [embed] = embedsOf(post.body);
    expect(embed!.title).toBe('does it work for diffusion models?');
    expect(embed!.footer!.text).toContain('follow-up');
  });

  it('an error gives the user a short ephemeral message with an error id, logged with that id', async () => {
    const sent = discord.sendInteraction({ kind: 'command', user: erin, name: 'ask', options: [{ name: 'question', type: 3, value: 'x'.repeat(2500) }] });
    await discord.waitForRequest(callbackOf(sent));
    const follow = await discord.waitForRequest((r) => r.method === 'POST' && r.path === `/webhooks/${discord.applicationId}/${sent.token}`);
    expect(follow.body?.flags).toBe(MessageFlags.Ephemeral);
    const content = String(follow.body?.content);
    const id = /error id ([0-9a-f]{8})/.exec(content)?.[1];
    expect(content).toMatch(/^Question must be at most 2000 characters \(error id [0-9a-f]{8}\)$/);
    expect(id).toBeDefined();
    expect(discord.requests.some((r) => r.method === 'DELETE' && r.path.endsWith(`/${sent.token}/messages/@original`))).toBe(true);
    expect(logs.some((l) => l.includes(`"errorId":"${id}"`))).toBe(true);
  });

  it('an interaction Discord no longer knows (10062) is logged and the bot carries on', async () => {
    const sent = discord.sendInteraction({ kind: 'command', user: dave, name: 'help', expired: true });
    await discord.waitForRequest(callbackOf(sent));
    await new Promise((r) => setTimeout(r, 200));
    expect(logs.some((l) => l.includes('"level":"warn"') && l.includes('10062'))).toBe(true);
    const next = discord.sendInteraction({ kind: 'command', user: dave, name: 'help' });
    const cb = await discord.waitForRequest(callbackOf(next));
    expect((cb.body?.data as Json).flags).toBe(MessageFlags.Ephemeral);
    expect(embedsOf(cb.body?.data as Json)[0]!.description).toContain('/ask question [k] [private]');
  });

  it('posts the digest missed while it was down once at start-up, covering the days since the last posting, with its theme map, and records it', async () => {
    const posts = digestPostsIn(startupRequests);
    expect(posts.length).toBeGreaterThan(0);
    for (const p of posts) {
      expectWithinLimits(p.body);
      expect(p.body?.allowed_mentions).toEqual({ parse: [], replied_user: false });
    }
    const heading = embedsOf(posts[0]!.body)[0]!;
    // The last posting was three midnights ago: this one covers the three days since, up to yesterday.
    const since = missedFrom.toISOString().slice(0, 10);
    const until = addDays(lastMidnight.toISOString().slice(0, 10), -1);
    expect(heading.title).toBe(`3-day paper digest: ${since} to ${until}`);
    const [, papers, themeCount] = /^(\d+) papers? in (\d+) themes?/.exec(heading.description!)!;
    // The papers fetched at start-up, published in those days.
    expect(Number(papers)).toBeGreaterThan(0);
    expect(themesOf(posts.map((p) => p.body))).toHaveLength(Number(themeCount));
    expectThemeMap(posts[0]!);
    const posted = discord.messagesIn(discord.channelId).find((m) => m.embeds[0]?.title === heading.title)!;
    expect(posted.attachments.map((a) => a.filename)).toEqual(['theme-map.png']);
    // The state file written before the first start (as an older version kept it) was imported into the store.
    expect(await readFile(path.join(dataDir, 'digest-state.json.imported'), 'utf8')).toContain(missedFrom.toISOString());
    expect(await services.store.jobs.get('digest')).toMatchObject({ period: lastMidnight.toISOString() });
  });

  it('fetches the daily papers at start-up and serves them at once', async () => {
    expect(dailyRequests.length).toBe(2);
    const sent = discord.sendInteraction({ kind: 'autocomplete', user: bob, name: 'similar', options: [{ name: 'title', type: 3, value: 'speculative decoding draft trees', focused: true }] });
    const choices = ((await discord.waitForRequest(callbackOf(sent))).body?.data as { choices: { name: string }[] }).choices;
    expect(choices[0]!.name).toBe('Speculative Decoding with Draft Trees for Faster LLM Inference');
    expect(logs.some((l) => l.includes('"msg":"new papers are served"') && l.includes('"papers":592'))).toBe(true);
  });

  it('/digest defers, then pages the digest into the reply (with the theme map) and follow-ups, the same digest as the CLI', async () => {
    // A year's papers: the bundled pages with a date line and the papers fetched at start-up.
    const sent = discord.sendInteraction({ kind: 'command', user: frank, name: 'digest', options: [{ name: 'days', type: 4, value: 366 }] });
    const callback = await discord.waitForRequest(callbackOf(sent));
    expect(callback.body?.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(callback.at - sent.at).toBeLessThan(LIMITS.acknowledgeMs);
    const edit = await discord.waitForRequest(editOf(sent), 30_000);
    const heading = embedsOf(edit.body)[0]!;
    const themeCount = Number(/ in (\d+) themes/.exec(heading.description!)?.[1]);
    const followUpsOf = () => discord.requests.filter((r) => r.method === 'POST' && r.path === `/webhooks/${discord.applicationId}/${sent.token}`);
    let themes: string[] = [];
    for (let tries = 0; tries < 100 && themes.length < themeCount; tries++) {
      await new Promise((r) => setTimeout(r, 50));
      themes = themesOf([edit.body, ...followUpsOf().map((r) => r.body)]);
    }
    expect(followUpsOf().length).toBeGreaterThan(0);
    for (const r of [edit, ...followUpsOf()]) {
      expectWithinLimits(r.body);
      expect(r.body?.allowed_mentions).toEqual({ parse: [], replied_user: false });
      expect(r.body?.flags ?? 0).toBe(0);
    }

    expectThemeMap(edit);
    const cli = await runCli(['digest', '--days', '366', '--json'], env);
    const digest = JSON.parse(cli.stdout) as { window: { since: string; until: string }; totalPapers: number; themes: { label: string }[] };
    expect(heading.title).toBe(`Paper digest: ${digest.window.since} to ${digest.window.until}`);
    expect(heading.description).toMatch(new RegExp(`^${digest.totalPapers} papers in ${digest.themes.length} themes`));
    expect(themes).toEqual(digest.themes.map((t) => t.label));
  });

  it('deploy-commands registers the commands in a guild and globally', async () => {
    const guild = await runCli(['deploy-commands', '--guild', discord.guildId], { ...env, DISCORD_APPLICATION_ID: discord.applicationId });
    expect(guild.stderr).toBe('');
    expect(guild.stdout).toBe(`registered 4 commands (/ask, /similar, /digest, /help) in guild ${discord.guildId}\n`);
    const registered = discord.registeredCommands.get(`guild:${discord.guildId}`)!;
    expect(registered.map((c) => c.name)).toEqual(['ask', 'similar', 'digest', 'help']);
    const similar = registered.find((c) => c.name === 'similar') as { options: { name: string; autocomplete?: boolean }[] };
    expect(similar.options.find((o) => o.name === 'title')?.autocomplete).toBe(true);

    const global = await runCli(['deploy-commands', '--json'], env);
    expect(JSON.parse(global.stdout)).toEqual({ scope: 'global', applicationId: discord.applicationId, commands: ['ask', 'similar', 'digest', 'help'] });
    expect(discord.registeredCommands.get('global')).toHaveLength(4);

    const refused = await runCli(['deploy-commands'], { ...env, DISCORD_TOKEN: 'MTExMTExMTExMTExMTExMTEx.Gabcde.wrong-token-wrong-token-wrong-token' });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/HTTP 401.*check DISCORD_TOKEN/);
    expect(refused.stderr).not.toContain('wrong-token');
  });

  it('never writes the token in its logs; a restart keeps answers and does not post the digest again', async () => {
    expect(logs.length).toBeGreaterThan(10);
    expect(logs.join('\n')).not.toContain(discord.token);
    expect(logs.join('\n')).not.toMatch(/itoken-\d+/);
    await bot.stop();

    const before = discord.requests.length;
    bot = await startBot();
    await bot.jobs.start();
    expect(digestPostsIn(discord.requests.slice(before))).toHaveLength(0);
    expect(dailyRequests.length).toBe(2);
    expect(bot.jobs.digest?.lastPeriod()?.toISOString()).toBe(lastMidnight.toISOString());
    await bot.stop();

    const reopened = await openStore(loadConfig({ PAPERBOT_DATA_DIR: dataDir }));
    expect((await reopened.answers.forMessage(answerMessageId))?.question).toBe('@everyone how can LoRA parameters be generated for a new task?');
    await reopened.close();
  });

  it('`paperbot start` with a token serves Discord and shuts down cleanly on SIGTERM', async () => {
    const running = spawnCli(['start'], { ...env, PAPERBOT_LOG_LEVEL: 'info' });
    try {
      await running.waitForStderr(/"msg":"connected to Discord"/);
      const sent = discord.sendInteraction({ kind: 'command', user: erin, name: 'help' });
      const cb = await discord.waitForRequest(callbackOf(sent));
      expect(embedsOf(cb.body?.data as Json)[0]!.description).toContain('/digest [days]');
    } finally {
      running.signal('SIGTERM');
    }
    expect(await running.exited).toBe(0);
    expect(running.stderr()).toMatch(/"msg":"received signal","signal":"SIGTERM"[\s\S]*"msg":"shutting down"/);
    expect(running.stderr()).not.toContain(discord.token);
  });
});
