import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../src/bot/loader.js';
import { createLogger } from '../src/bot/log.js';
import { type OwnedServices, createServices } from '../src/bot/services.js';
import type { Reply } from '../src/bot/types.js';
import { loadConfig } from '../src/config.js';
import { Retriever } from '../src/retrieval/engine.js';
import { indexedConfig, waitFor } from './helpers/index.js';
import { chatCompletion, type OpenAiStub, startOpenAiStub } from './support/openai-server.js';

let stub: OpenAiStub;
let services: OwnedServices;
let cleanup: () => Promise<void>;
let env: Record<string, string>;
const logs: { msg: string; level: string }[] = [];
/** The breaker's clock: moved by the test, so that the cool-down passes without waiting. */
let now = Date.parse('2026-03-12T12:00:00Z');

const COOLDOWN_MS = 60_000;
const QUESTION = 'How can LoRA weights be generated from a task description?';

beforeAll(async () => {
  stub = await startOpenAiStub();
  env = {
    OPENAI_BASE_URL: stub.baseURL,
    OPENAI_API_KEY: 'sk-test-key-abcdefghijklmnop',
    PAPERBOT_LLM_MAX_RETRIES: '0',
    PAPERBOT_LLM_TIMEOUT_MS: '1500',
    PAPERBOT_LLM_BREAKER_FAILURES: '3',
    PAPERBOT_LLM_BREAKER_COOLDOWN_MS: String(COOLDOWN_MS),
    PAPERBOT_COOLDOWN_SECONDS: '0',
  };
  const t = await indexedConfig(env);
  env = { ...env, PAPERBOT_DATA_DIR: t.config.PAPERBOT_DATA_DIR, PAPERBOT_CORPUS_DIR: t.config.PAPERBOT_CORPUS_DIR, PAPERBOT_LOG_LEVEL: 'silent' };
  cleanup = t.cleanup;
  services = await createServices({
    config: t.config,
    retriever: await Retriever.open({ config: t.config }),
    log: createLogger({ level: 'info', write: (line) => logs.push(JSON.parse(line) as { msg: string; level: string }) }),
    commands: await loadCommands(),
    now: () => now,
  });
});

afterAll(async () => {
  await stub?.close();
  await cleanup?.();
});

const ctx = () => ({ ...services, user: { id: 'u', name: 'u' }, surface: 'discord' as const });
const command = (name: string) => services.commands.find((c) => c.name === name)!;
const ask = (question = QUESTION) => command('ask').run({ question }, ctx());
const help = async () => (await command('help').run({}, ctx())).embeds![0]!.description!;
const chats = () => stub.requests.filter((r) => r.path === '/v1/chat/completions').length;
const footer = (r: Reply) => r.embeds![0]!.footer;
const note = (r: Reply) => r.embeds![0]!.fields!.find((f) => f.name === 'Note')?.value;
const breakerLogs = () => logs.filter((l) => l.msg.startsWith('LLM circuit breaker')).map((l) => `${l.level}: ${l.msg}`);

describe('the LLM circuit breaker', () => {
  it('pauses the LLM after failures in a row, answers extractively at once meanwhile, probes it after the cool-down and resumes when it answers', async () => {
    expect(await help()).toContain('LLM status: available.');

    // The LLM fails: each of the first three questions tries it, then falls back.
    stub.onChat(() => ({ status: 500 }));
    for (let i = 1; i <= 3; i++) {
      const r = await ask();
      expect(footer(r)).toMatch(/^Extractive answer/);
      expect(note(r)).toMatch(/^LLM unavailable \(LLM server error \(500\)/);
      expect(chats()).toBe(i);
    }
    expect(breakerLogs()).toEqual(['warn: LLM circuit breaker open: answers are extractive until the LLM is tried again']);

    // Open: answers are extractive without calling the LLM, and say why; /help says so too.
    const paused = await ask();
    expect(footer(paused)).toMatch(/^Extractive answer/);
    expect(note(paused)).toMatch(/^LLM unavailable \(paused after 3 failures in a row; tried again in 60 s\); showing the extractive answer\.$/);
    expect(chats()).toBe(3);
    now += 20_000;
    expect(await help()).toContain('LLM status: paused after 3 failures in a row; answers are extractive until it is tried again in 40 s.');

    // After the cool-down one question probes the LLM (which hangs); the others do not wait for it.
    now += 40_000;
    stub.onChat(() => ({ delayMs: 60_000, json: chatCompletion('too late [1]') }));
    let probeDone = false;
    const probe = ask().finally(() => (probeDone = true));
    await waitFor(() => chats() === 4);
    const meanwhile = await ask();
    expect(probeDone).toBe(false);
    expect(note(meanwhile)).toMatch(/being tried again after 3 failures in a row/);
    expect(await help()).toContain('LLM status: being tried again');
    expect(chats()).toBe(4);

    // The probe times out: paused again for a whole cool-down.
    expect(note(await probe)).toMatch(/^LLM unavailable \(LLM timed out/);
    expect(note(await ask())).toMatch(/paused after 3 failures in a row; tried again in 60 s/);
    expect(chats()).toBe(4);

    // The next probe gets a reply: LLM answers again, for every question.
    now += COOLDOWN_MS;
    stub.onChat(() => 'It generates adapter weights from a task description [1].');
    for (let i = 0; i < 2; i++) {
      const r = await ask();
      expect(note(r)).toBeUndefined();
      expect(footer(r)).toMatch(/^LLM answer/);
      expect(note(r)).toBeUndefined();
    }
    expect(chats()).toBe(6);
    expect(await help()).toContain('LLM status: available.');
    expect(breakerLogs()).toEqual([
      'warn: LLM circuit breaker open: answers are extractive until the LLM is tried again',
      'info: LLM circuit breaker half-open: trying the LLM again',
      'warn: LLM circuit breaker open: answers are extractive until the LLM is tried again',
      'info: LLM circuit breaker half-open: trying the LLM again',
      'info: LLM circuit breaker closed: the LLM answers again',
    ]);
  });

  it('releases the questions waiting for an LLM slot as soon as it opens: they are answered at once, without calling the LLM', async () => {
    stub.reset();
    const config = loadConfig({ ...env, PAPERBOT_MAX_CONCURRENT_LLM: '1', PAPERBOT_LLM_BREAKER_FAILURES: '1' });
    const one = await createServices({ config, retriever: await Retriever.open({ config }), log: createLogger({ level: 'silent' }), commands: await loadCommands() });
    stub.onChat(() => ({ delayMs: 60_000, json: chatCompletion('too late [1]') }));
    const askOne = (question: string) => one.commands.find((c) => c.name === 'ask')!.run({ question }, { ...one, user: { id: 'v', name: 'v' }, surface: 'discord' as const });
    const first = askOne(QUESTION);
    await waitFor(() => chats() === 1);
    const waiting = await Promise.all([askOne('Which methods generate LoRA parameters for new tasks?'), askOne('What are alternatives to beam search for decoding?')]);
    expect(note(await first)).toMatch(/^LLM unavailable \(LLM timed out/);
    for (const r of waiting) {
      expect(footer(r)).toMatch(/^Extractive answer/);
      expect(note(r)).toMatch(/^LLM unavailable \(paused after 1 failure in a row; tried again in 60 s\)/);
    }
    expect(chats()).toBe(1);
  });

  it('does not count questions the corpus does not cover: they never call the LLM', async () => {
    stub.onChat(() => ({ status: 500 }));
    const before = chats();
    for (let i = 0; i < 4; i++) {
      const r = await ask('What is the best sourdough bread recipe for a humid kitchen?');
      expect(r.embeds![0]!.description).toContain('The corpus does not cover this question');
    }
    expect(chats()).toBe(before);
    expect(await help()).toContain('LLM status: available.');
  });
});
