import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Reply } from '../src/bot/types.js';
import { loadCommands } from '../src/bot/loader.js';
import { createLogger } from '../src/bot/log.js';
import { type OwnedServices, createServices } from '../src/bot/services.js';
import { Retriever } from '../src/retrieval/engine.js';
import { indexedConfig, waitFor } from './helpers/index.js';
import { chatCompletion, type OpenAiStub, startOpenAiStub } from './support/openai-server.js';

let stub: OpenAiStub;
let services: OwnedServices;
let cleanup: () => Promise<void>;

/** Each question's deadline; the LLM's own timeout is ten times longer. */
const DEADLINE_MS = 3000;
/** Time allowed past the deadline for the answer to be put together. */
const MARGIN_MS = 3000;
const QUESTION = 'How can LoRA weights be generated from a task description?';
const OTHER_QUESTION = 'Which methods generate LoRA parameters for new tasks?';
const NOT_COVERED = 'What is the best sourdough bread recipe for a humid kitchen?';

beforeAll(async () => {
  stub = await startOpenAiStub();
  const t = await indexedConfig({
    OPENAI_BASE_URL: stub.baseURL,
    OPENAI_API_KEY: 'sk-test-key-abcdefghijklmnop',
    PAPERBOT_LLM_MAX_RETRIES: '0',
    PAPERBOT_LLM_TIMEOUT_MS: String(DEADLINE_MS * 10),
    PAPERBOT_REQUEST_DEADLINE_MS: String(DEADLINE_MS),
    PAPERBOT_MAX_CONCURRENT_LLM: '1',
    PAPERBOT_LLM_BREAKER_FAILURES: '100',
    PAPERBOT_COOLDOWN_SECONDS: '0',
  });
  cleanup = t.cleanup;
  services = await createServices({
    config: t.config,
    retriever: await Retriever.open({ config: t.config }),
    log: createLogger({ level: 'silent' }),
    commands: await loadCommands(),
  });
});

beforeEach(() => stub.reset());

afterAll(async () => {
  await stub?.close();
  await cleanup?.();
});

const ctx = (user: string) => ({ ...services, user: { id: user, name: user }, surface: 'discord' as const });
const ask = (question: string, user = 'u') => services.commands.find((c) => c.name === 'ask')!.run({ question }, ctx(user));
const chats = () => stub.requests.filter((r) => r.path === '/v1/chat/completions').length;
const footer = (r: Reply) => r.embeds![0]!.footer ?? '';
const note = (r: Reply) => r.embeds![0]!.fields!.find((f) => f.name === 'Note')?.value;
const hangingLlm = () => stub.onChat(() => ({ delayMs: 120_000, json: chatCompletion('too late [1]') }));

/** Runs `p`, recording when it settled. */
function timed<T>(p: Promise<T>): { promise: Promise<T>; done: () => boolean } {
  let settled = false;
  const promise = p.finally(() => (settled = true));
  return { promise, done: () => settled };
}

describe('questions that need no LLM call', () => {
  it('are answered at once while the only LLM slot hangs', async () => {
    hangingLlm();
    const waiting = timed(ask(QUESTION, 'a'));
    await waitFor(() => chats() === 1);

    const refusal = await ask(NOT_COVERED, 'b');
    expect(refusal.embeds![0]!.description).toContain('The corpus does not cover this question');
    const extractive = await services.asker.ask(OTHER_QUESTION, { extractive: true });
    expect(extractive.mode).toBe('extractive');
    expect(extractive.note).toBeUndefined();
    expect(waiting.done()).toBe(false);
    expect(chats()).toBe(1);

    await waiting.promise;
  });
});

describe('the request deadline', () => {
  it('answers extractively at the deadline, both the question whose LLM call hangs and the one waiting behind it', async () => {
    hangingLlm();
    const started = Date.now();
    const [first, second] = await Promise.all([ask(QUESTION, 'a'), ask(OTHER_QUESTION, 'b')].map((p) => p.then((r) => ({ r, ms: Date.now() - started }))));
    for (const { r, ms } of [first!, second!]) {
      expect(footer(r)).toMatch(/^Extractive answer/);
      expect(r.embeds![0]!.fields!.find((f) => f.name === 'Cited papers')).toBeDefined();
      expect(ms).toBeLessThan(DEADLINE_MS + MARGIN_MS);
    }
    const notes = [note(first!.r), note(second!.r)].sort();
    expect(notes).toEqual([
      'LLM unavailable (no reply within the 3 s deadline); showing the extractive answer.',
      'LLM unavailable (still waiting for a free LLM slot at the 3 s deadline); showing the extractive answer.',
    ]);
    expect(chats()).toBe(1);
  });

  it('gives an LLM call that starts late only the time left', async () => {
    // Each reply takes a little over half the deadline: the first question gets its answer, the second
    // starts when the first is done, has less than half of the deadline left, and is cut off.
    stub.onChat(() => ({ delayMs: (DEADLINE_MS * 11) / 20, json: chatCompletion('It generates adapter weights from a task description [1].') }));
    const started = Date.now();
    const [first, second] = await Promise.all([ask(QUESTION, 'a'), ask(OTHER_QUESTION, 'b')].map((p) => p.then((r) => ({ r, ms: Date.now() - started }))));
    const [llm, late] = footer(first!.r).startsWith('LLM answer') ? [first!, second!] : [second!, first!];
    expect(footer(llm.r)).toMatch(/^LLM answer/);
    expect(footer(late.r)).toMatch(/^Extractive answer/);
    expect(note(late.r)).toBe('LLM unavailable (no reply within the 3 s deadline); showing the extractive answer.');
    expect(late.ms).toBeLessThan(DEADLINE_MS + MARGIN_MS);
    expect(chats()).toBe(2);
  });
});
