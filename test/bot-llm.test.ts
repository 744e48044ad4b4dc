import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../src/bot/loader.js';
import { createLogger } from '../src/bot/log.js';
import { type OwnedServices, createServices } from '../src/bot/services.js';
import { Retriever } from '../src/retrieval/engine.js';
import { chatCompletion, type OpenAiStub, startOpenAiStub } from './support/openai-server.js';
import { indexedConfig, waitFor } from './helpers/index.js';

let stub: OpenAiStub;
let services: OwnedServices;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  stub = await startOpenAiStub();
  const t = await indexedConfig({ OPENAI_BASE_URL: stub.baseURL, OPENAI_API_KEY: 'sk-test-key-abcdefghijklmnop', PAPERBOT_MAX_CONCURRENT_LLM: '2', PAPERBOT_LLM_MAX_RETRIES: '0', PAPERBOT_LLM_BREAKER_FAILURES: '100' });
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

  it('is served before background LLM work (describing fetched papers) that waits for a slot', async () => {
    stub.reset();
    stub.onChat(() => ({ delayMs: 200, json: chatCompletion('LoRA adapts a model with low-rank updates [1].') }));
    const chats = () => stub.requests.filter((q) => q.path === '/v1/chat/completions');
    const background = [1, 2, 3].map((n) => services.backgroundLlm!.complete([{ role: 'user', content: `describe background paper ${n}` }]));
    // Both slots are busy with background work, and a third piece waits.
    await waitFor(() => chats().length === 2);
    const ask = services.commands.find((c) => c.name === 'ask')!;
    const reply = ask.run({ question: 'What is low-rank adaptation (LoRA)?' }, { ...services, user: { id: 'u', name: 'u' }, surface: 'discord' as const });
    await Promise.all([reply, ...background]);
    const order = chats().map((q) => /describe background paper (\d)/.exec(JSON.stringify(q.body))?.[1] ?? 'question');
    expect(order).toEqual(['1', '2', 'question', '3']);
    expect((await reply).embeds![0]!.footer).toMatch(/^LLM answer · /);
  });
});

describe('/digest with an LLM configured', () => {
  const digestCommand = () => services.commands.find((c) => c.name === 'digest')!;
  const ctx = (id: string) => ({ ...services, user: { id, name: id }, surface: 'discord' as const });
  const chats = () => stub.requests.filter((q) => q.path === '/v1/chat/completions').length;

  it('names the themes and summarises each with the LLM once per window; users asking at once share that build', async () => {
    stub.reset();
    stub.onChat(() => ({ delayMs: 20, json: chatCompletion('These papers study one shared problem [1], and compare approaches to it [2].') }));
    const [a, b] = await Promise.all([digestCommand().run({ days: 7 }, ctx('a')), digestCommand().run({ days: 7 }, ctx('b'))]);
    const themes = a.embeds!.filter((e) => /^\d+\. /.test(e.title ?? ''));
    expect(themes.length).toBeGreaterThan(1);
    expect(a.embeds![0]!.footer).toBe('Summaries written by the LLM from the abstracts');
    for (const t of themes) expect(t.description).toMatch(/^These papers study one shared problem \[1\], and compare approaches to it \[2\]\./);
    expect(b).toEqual(a);
    // One call names every theme, then one summary per theme.
    expect(chats()).toBe(themes.length + 1);

    await digestCommand().run({ days: 7 }, ctx('c'));
    expect(chats()).toBe(themes.length + 1);
    await digestCommand().run({ days: 3 }, ctx('c'));
    expect(chats()).toBeGreaterThan(themes.length + 1);
  });

  it('does not keep a digest whose summaries fell back after LLM errors, nor one from before new papers', async () => {
    stub.reset();
    stub.onChat(() => ({ status: 500 }));
    const failed = await digestCommand().run({ days: 5 }, ctx('d'));
    expect(failed.embeds![0]!.footer).toBe('Summaries quoted from the abstracts (the LLM did not answer)');
    expect(failed.embeds!.find((e) => /^1\. /.test(e.title ?? ''))!.description).toContain('(LLM summary unavailable');

    stub.onChat(() => ({ json: chatCompletion('A shared problem [1].') }));
    const before = chats();
    const recovered = await digestCommand().run({ days: 5 }, ctx('d'));
    expect(recovered.embeds![0]!.footer).toBe('Summaries written by the LLM from the abstracts');
    expect(chats()).toBeGreaterThan(before);

    const afterRecovery = chats();
    await digestCommand().run({ days: 5 }, ctx('d'));
    expect(chats()).toBe(afterRecovery);
    services.useRetriever(await Retriever.open({ config: services.config }));
    await digestCommand().run({ days: 5 }, ctx('d'));
    expect(chats()).toBeGreaterThan(afterRecovery);
  });
});
