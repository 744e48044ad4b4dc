import { InteractionResponseType, MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningBot, startDiscordBot } from '../src/bot/discord/client.js';
import { LIMITS } from '../src/bot/limits.js';
import { loadCommands } from '../src/bot/loader.js';
import { createLogger } from '../src/bot/log.js';
import { createServices } from '../src/bot/services.js';
import { Retriever } from '../src/retrieval/engine.js';
import { callbackOf, editOf, embedsOf, expectWithinLimits } from './helpers/discord.js';
import { indexedConfig } from './helpers/index.js';
import { type DiscordStub, type Json, startDiscordStub, userObject } from './support/discord-server.js';
import { type ChatBody, chatCompletion, type OpenAiStub, startOpenAiStub } from './support/openai-server.js';

let discord: DiscordStub;
let llm: OpenAiStub;
let bot: RunningBot;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  discord = await startDiscordStub();
  llm = await startOpenAiStub();
  const t = await indexedConfig({
    DISCORD_TOKEN: discord.token,
    DISCORD_API_URL: discord.restUrl,
    OPENAI_BASE_URL: llm.baseURL,
    OPENAI_API_KEY: 'sk-test-key-abcdefghijklmnop',
    PAPERBOT_MAX_CONCURRENT_LLM: '1',
    PAPERBOT_LLM_MAX_RETRIES: '0',
  });
  cleanup = t.cleanup;
  const services = await createServices({
    config: t.config,
    retriever: await Retriever.open({ config: t.config }),
    log: createLogger({ level: 'silent' }),
    commands: await loadCommands(),
  });
  bot = await startDiscordBot({ config: t.config, services });
});

afterAll(async () => {
  await bot?.stop();
  await discord?.close();
  await llm?.close();
  await cleanup?.();
});

/** The title of source `n` in a chat request's prompt. */
function sourceTitle(body: ChatBody, n: number): string {
  const text = body.messages.map((m) => String(m.content)).join('\n');
  const m = new RegExp(`<source n="${n}">\\nTitle: (.+)\\n`).exec(text);
  if (!m) throw new Error(`no source ${n} in the prompt`);
  return m[1]!;
}

describe('the Discord bot with an LLM configured', () => {
  it('answers with the LLM and its checked citations; a request waiting for a busy LLM is told it is queued', async () => {
    let active = 0;
    let peak = 0;
    const prompts: ChatBody[] = [];
    llm.onChat((body) => {
      prompts.push(body);
      active++;
      peak = Math.max(peak, active);
      setTimeout(() => active--, 400);
      return { delayMs: 400, json: chatCompletion('It generates adapter weights from a task description [1]; another paper is cited as [9].') };
    });
    const alice = userObject('200000000000000001', 'alice');
    const bob = userObject('200000000000000002', 'bob');
    const first = discord.sendInteraction({ kind: 'command', user: alice, name: 'ask', options: [{ name: 'question', type: 3, value: 'How can LoRA weights be generated from a task description?' }] });
    await discord.waitForRequest(callbackOf(first));
    const second = discord.sendInteraction({ kind: 'command', user: bob, name: 'ask', options: [{ name: 'question', type: 3, value: 'Which methods generate LoRA parameters for new tasks?' }] });
    const callback = await discord.waitForRequest(callbackOf(second));
    expect(callback.at - second.at).toBeLessThan(LIMITS.acknowledgeMs);
    expect(callback.body?.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const notice = callback.body?.data as Json;
    expect(notice.flags).toBe(MessageFlags.Ephemeral);
    expect(String(notice.content)).toMatch(/^Busy right now: your request is queued behind 1 other request /);

    const firstAnswer = await discord.waitForRequest(editOf(first));
    const secondAnswer = await discord.waitForRequest((r) => r.method === 'POST' && r.path === `/webhooks/${discord.applicationId}/${second.token}`);
    expect(secondAnswer.body?.flags ?? 0).toBe(0);
    for (const answer of [firstAnswer, secondAnswer]) {
      expectWithinLimits(answer.body);
      expect(answer.body?.allowed_mentions).toEqual({ parse: [], replied_user: false });
      const [embed] = embedsOf(answer.body);
      expect(embed!.footer!.text).toMatch(/^LLM answer · (\d+ ms|\d+\.\d s)$/);
      expect(embed!.description).toContain('[1]');
      expect(embed!.description).not.toContain('[9]');
      expect(embed!.fields!.find((f) => f.name === 'Cited papers')!.value.split('\n')).toHaveLength(1);
    }
    const visible = discord.messagesIn(discord.channelId).filter((m) => (Number(m.flags ?? 0) & MessageFlags.Ephemeral) === 0);
    expect(visible.map((m) => m.embeds[0]?.title)).toEqual(['How can LoRA weights be generated from a task description?', 'Which methods generate LoRA parameters for new tasks?']);
    expect(prompts).toHaveLength(2);
    for (const [i, answer] of [firstAnswer, secondAnswer].entries()) {
      const cited = embedsOf(answer.body)[0]!.fields!.find((f) => f.name === 'Cited papers')!.value;
      expect(cited).toContain(sourceTitle(prompts[i]!, 1));
    }
    expect(peak).toBe(1);
  });
});
