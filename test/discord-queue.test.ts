import { InteractionResponseType, MessageFlags } from 'discord.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningBot } from '../src/bot/discord/client.js';
import { callbackOf, editOf, embedsOf, startIndexedBot } from './helpers/discord.js';
import { tempConfig, waitFor } from './helpers/index.js';
import { type DiscordStub, type Json, type SentInteraction, type StubRequest, startDiscordStub, userObject } from './support/discord-server.js';
import { chatCompletion, type OpenAiStub, startOpenAiStub } from './support/openai-server.js';

let discord: DiscordStub;
let llm: OpenAiStub;
let bot: RunningBot;
let cleanup: () => Promise<void>;

const DEADLINE_MS = 6000;
const QUESTIONS = [
  'How can LoRA weights be generated from a task description?',
  'Which methods generate LoRA parameters for new tasks?',
  'What are alternatives to beam search for decoding?',
  'How can a large language model be compressed?',
];
const NOT_COVERED = 'What is the best sourdough bread recipe for a humid kitchen?';

beforeAll(async () => {
  discord = await startDiscordStub();
  llm = await startOpenAiStub();
  const t = await tempConfig({
    DISCORD_TOKEN: discord.token,
    DISCORD_API_URL: discord.restUrl,
    OPENAI_BASE_URL: llm.baseURL,
    OPENAI_API_KEY: 'sk-test-key-abcdefghijklmnop',
    PAPERBOT_MAX_CONCURRENT_LLM: '1',
    PAPERBOT_LLM_MAX_RETRIES: '0',
    PAPERBOT_LLM_TIMEOUT_MS: '60000',
    PAPERBOT_REQUEST_DEADLINE_MS: String(DEADLINE_MS),
    PAPERBOT_COOLDOWN_SECONDS: '0',
  });
  cleanup = t.cleanup;
  bot = await startIndexedBot(t.config);
});

beforeEach(() => llm.reset());

afterAll(async () => {
  await bot?.stop();
  await discord?.close();
  await llm?.close();
  await cleanup?.();
});

const user = (n: number) => userObject(`30000000000000000${n}`, `user${n}`);
const ask = (n: number, question: string) => discord.sendInteraction({ kind: 'command', user: user(n), name: 'ask', options: [{ name: 'question', type: 3, value: question }] });
/** The message that carries the answer: the edit of a deferred reply, or the follow-up after a queue notice. */
const answerOf = (i: SentInteraction) => (r: StubRequest) =>
  editOf(i)(r) || (r.method === 'POST' && r.path === `/webhooks/${discord.applicationId}/${i.token}` && embedsOf(r.body).length > 0);
const chats = () => llm.requests.filter((r) => r.path === '/v1/chat/completions').length;

describe('waiting for the LLM on Discord', () => {
  it('tells each user who waits for the LLM their real place in the queue', async () => {
    llm.onChat(() => ({ delayMs: 1000, json: chatCompletion('It generates adapter weights from a task description [1].') }));
    const first = ask(0, QUESTIONS[0]!);
    await waitFor(() => chats() === 1);
    // Three more users ask at once while the only LLM slot is busy.
    const sent = [first, ...QUESTIONS.slice(1).map((q, n) => ask(n + 1, q))];
    const callbacks = await Promise.all(sent.map((s) => discord.waitForRequest(callbackOf(s))));

    const deferred = callbacks.filter((c) => c.body?.type === InteractionResponseType.DeferredChannelMessageWithSource);
    const notices = callbacks.filter((c) => c.body?.type === InteractionResponseType.ChannelMessageWithSource).map((c) => c.body?.data as Json);
    expect(deferred).toHaveLength(1);
    for (const n of notices) expect(n.flags).toBe(MessageFlags.Ephemeral);
    expect(notices.map((n) => /queued behind (\d+) other/.exec(String(n.content))?.[1]).sort()).toEqual(['1', '2', '3']);

    const answers = await Promise.all(sent.map((s) => discord.waitForRequest(answerOf(s), 20_000)));
    for (const a of answers) expect(embedsOf(a.body)[0]!.footer!.text).toMatch(/^LLM answer · /);
    expect(chats()).toBe(4);
  });

  it('answers a question the corpus does not cover at once, while the LLM hangs; the hanging one gets the extractive answer at the deadline', async () => {
    llm.onChat(() => ({ delayMs: 120_000, json: chatCompletion('too late [1]') }));
    const hanging = ask(1, QUESTIONS[0]!);
    await waitFor(() => chats() === 1);

    const refused = ask(2, NOT_COVERED);
    const callback = await discord.waitForRequest(callbackOf(refused));
    expect(callback.body?.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const refusal = await discord.waitForRequest(answerOf(refused));
    expect(embedsOf(refusal.body)[0]!.description).toContain('The corpus does not cover this question');
    expect(discord.requests.some(answerOf(hanging))).toBe(false);

    const late = await discord.waitForRequest(answerOf(hanging), DEADLINE_MS + 5000);
    expect(late.at - hanging.at).toBeLessThan(DEADLINE_MS + 3000);
    const [embed] = embedsOf(late.body);
    expect(embed!.footer!.text).toMatch(/^Extractive answer/);
    expect(embed!.fields!.find((f) => f.name === 'Note')?.value).toBe('LLM unavailable (no reply within the 6 s deadline); showing the extractive answer.');
    expect(chats()).toBe(1);
  });
});
