import path from 'node:path';
import { InteractionResponseType } from 'discord.js';
import type { RunningBot } from '../../src/bot/discord/client.js';
import { readEvalSet } from '../../src/eval/dataset.js';
import { startIndexedBot } from '../helpers/discord.js';
import { REPO, tempConfig } from '../helpers/index.js';
import { type SentInteraction, type StubRequest, startDiscordStub, userObject } from './discord-server.js';
import { chatCompletion, startOpenAiStub } from './openai-server.js';

export interface AskLoadOptions {
  /** Users asking at once, one /ask each. */
  users: number;
  /** PAPERBOT_REQUEST_DEADLINE_MS for the run. */
  deadlineMs: number;
  /** How long to wait for the last answer before giving up. */
  giveUpMs?: number;
}

export interface AskLoadResult {
  /** Per user: milliseconds from the interaction to its answer message (undefined: never answered). */
  answerMs: (number | undefined)[];
  /** Per user: milliseconds from the interaction to its acknowledgement. */
  acknowledgeMs: (number | undefined)[];
  /** Users told that their request waits for the LLM, with the place they were told. */
  queued: number[];
  /** Questions the corpus does not cover (of the eval set), among those asked. */
  notCovered: number;
  /** Chat requests the LLM server received. */
  llmCalls: number;
}

/**
 * `users` different users send /ask at once to the real bot, through the Discord-compatible server
 * on 127.0.0.1, while the OpenAI-compatible server on 127.0.0.1 accepts every chat request and never
 * answers. The questions are the development set's (answerable ones and ones the corpus does not
 * cover, in its order). Everything runs in this process and is torn down at the end.
 */
export async function runAskLoad(options: AskLoadOptions): Promise<AskLoadResult> {
  const discord = await startDiscordStub();
  const llm = await startOpenAiStub();
  const t = await tempConfig({
    DISCORD_TOKEN: discord.token,
    DISCORD_API_URL: discord.restUrl,
    OPENAI_BASE_URL: llm.baseURL,
    OPENAI_API_KEY: 'sk-test-key-abcdefghijklmnop',
    PAPERBOT_REQUEST_DEADLINE_MS: String(options.deadlineMs),
    PAPERBOT_COOLDOWN_SECONDS: '0',
  });
  llm.onChat(() => ({ delayMs: 3_600_000, json: chatCompletion('never sent') }));
  const items = (await readEvalSet(path.join(REPO, 'eval/dev.jsonl'))).flatMap((item) =>
    item.kind === 'paper' || item.kind === 'topic' || item.kind === 'unanswerable' ? [item] : [],
  );
  let bot: RunningBot | undefined;
  try {
    bot = await startIndexedBot(t.config);

    // Spread over the whole set, which is grouped by kind.
    const asked = Array.from({ length: options.users }, (_, n) => items[Math.floor((n * items.length) / options.users) % items.length]!);
    const sent: SentInteraction[] = asked.map((item, n) =>
      discord.sendInteraction({
        kind: 'command',
        user: userObject(String(400000000000000000n + BigInt(n)), `user${n}`),
        name: 'ask',
        options: [{ name: 'question', type: 3, value: item.question }],
      }),
    );
    const answerOf = (i: SentInteraction) => (r: StubRequest) =>
      (r.method === 'PATCH' && r.path.endsWith(`/${i.token}/messages/@original`)) ||
      (r.method === 'POST' && r.path === `/webhooks/${discord.applicationId}/${i.token}` && Array.isArray(r.body?.embeds) && r.body.embeds.length > 0);
    const callbackOf = (i: SentInteraction) => (r: StubRequest) => r.method === 'POST' && r.path === `/interactions/${i.id}/${i.token}/callback`;
    const giveUpMs = options.giveUpMs ?? options.deadlineMs + 30_000;
    const answers = await Promise.all(sent.map((i) => discord.waitForRequest(answerOf(i), giveUpMs).catch(() => undefined)));
    const callbacks = sent.map((i) => discord.requests.find(callbackOf(i)));
    return {
      answerMs: answers.map((a, n) => (a ? a.at - sent[n]!.at : undefined)),
      acknowledgeMs: callbacks.map((c, n) => (c ? c.at - sent[n]!.at : undefined)),
      queued: callbacks.flatMap((c) => {
        if (c?.body?.type !== InteractionResponseType.ChannelMessageWithSource) return [];
        const data = c.body.data as { content?: unknown } | undefined;
        const m = /queued behind (\d+) other/.exec(String(data?.content ?? ''));
        return m ? [Number(m[1])] : [];
      }),
      notCovered: asked.filter((item) => item.kind === 'unanswerable').length,
      llmCalls: llm.requests.filter((r) => r.path === '/v1/chat/completions').length,
    };
  } finally {
    await bot?.stop();
    await discord.close();
    await llm.close();
    await t.cleanup();
  }
}
