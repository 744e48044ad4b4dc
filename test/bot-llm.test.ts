import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../src/bot/loader.js';
import { createLogger } from '../src/bot/log.js';
import { type BotServices, createServices } from '../src/bot/services.js';
import { Retriever } from '../src/retrieval/engine.js';
import { chatCompletion, type OpenAiStub, startOpenAiStub } from './support/openai-server.js';
import { tempConfig } from './helpers/index.js';

let stub: OpenAiStub;
let services: BotServices & { close(): Promise<void> };
let cleanup: () => Promise<void>;

beforeAll(async () => {
  stub = await startOpenAiStub();
  const t = await tempConfig({ OPENAI_BASE_URL: stub.baseURL, OPENAI_API_KEY: 'sk-test-key-abcdefghijklmnop', PAPERBOT_MAX_CONCURRENT_LLM: '2', PAPERBOT_LLM_MAX_RETRIES: '0' });
  cleanup = t.cleanup;
  const retriever = await Retriever.open({ config: t.config });
  services = await createServices({ config: t.config, retriever, log: createLogger({ level: 'silent' }), commands: await loadCommands() });
});
afterAll(async () => {
  await stub.close();
  await cleanup();
});

describe('/ask with an LLM configured', () => {
  it('answers in LLM mode and never runs more LLM calls at once than configured; the rest wait', async () => {
    expect(services.mode).toBe('llm');
    let active = 0;
    let peak = 0;
    stub.onChat(() => {
      active++;
      peak = Math.max(peak, active);
      setTimeout(() => active--, 150);
      return { delayMs: 150, json: chatCompletion('LoRA adapts a model with low-rank updates [1].') };
    });
    const ask = services.commands.find((c) => c.name === 'ask')!;
    const ctx = { ...services, user: { id: 'u', name: 'u' }, surface: 'discord' as const };
    const replies = await Promise.all(
      Array.from({ length: 5 }, (_, i) => ask.run({ question: "What is low-rank adaptation (LoRA)?", k: 3 + i }, ctx)),
    );
    expect(replies).toHaveLength(5);
    for (const r of replies) {
      expect(r.embeds![0]!.footer).toMatch(/^LLM answer · /);
      expect(r.embeds![0]!.description).toContain('[1]');
    }
    expect(stub.requests.filter((q) => q.path === '/v1/chat/completions')).toHaveLength(5);
    expect(peak).toBe(2);
  });
});
