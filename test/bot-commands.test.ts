import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnswerStore, type AnswerRecord } from '../src/bot/answers.js';
import { type CommandContext, optionsOf, parseCommandLine, parseOptionText } from '../src/bot/command.js';
import { FeedbackStore } from '../src/bot/feedback.js';
import { previousAnswer, questionText } from '../src/bot/followups.js';
import { userMessage } from '../src/bot/interactions.js';
import { LIMITS } from '../src/bot/limits.js';
import { loadCommands } from '../src/bot/loader.js';
import { createLogger, redact } from '../src/bot/log.js';
import { type BotServices, createServices } from '../src/bot/services.js';
import { TerminalSession } from '../src/bot/terminal.js';
import { UserError } from '../src/errors.js';
import { Retriever } from '../src/retrieval/engine.js';
import { tempConfig } from './helpers/index.js';

let services: BotServices & { close(): Promise<void> };
let cleanup: () => Promise<void>;
let dataDir: string;
const lines: string[] = [];

beforeAll(async () => {
  const t = await tempConfig({ PAPERBOT_COOLDOWN_SECONDS: '0' });
  cleanup = t.cleanup;
  dataDir = t.config.PAPERBOT_DATA_DIR;
  const retriever = await Retriever.open({ config: t.config });
  const log = createLogger({ level: 'debug', write: (l) => lines.push(l) });
  services = await createServices({ config: t.config, retriever, log, commands: await loadCommands() });
});
afterAll(() => cleanup());

const ctx = (): CommandContext => ({ ...services, user: { id: 'u1', name: 'tester' }, surface: 'terminal' });
const command = (name: string) => services.commands.find((c) => c.name === name)!;

describe('command loader and option parsing', () => {
  it('loads the command modules in order, each with its definition and adapters', () => {
    expect(services.commands.map((c) => c.name)).toEqual(['ask', 'similar', 'digest', 'help']);
    expect(command('similar').autocomplete).toBeTypeOf('function');
    expect(command('ask').autocomplete).toBeUndefined();
    for (const c of services.commands) {
      expect(c.execute).toBeTypeOf('function');
      expect(c.data.toJSON().name).toBe(c.name);
    }
  });

  it('parses typed commands with the command’s own option definitions', () => {
    const p = parseCommandLine('/ask what is lora? k:5 private:yes', services.commands)!;
    expect(p.command.name).toBe('ask');
    expect(p.raw).toEqual({ question: 'what is lora?', k: '5', private: 'yes' });
    expect(p.command.parse(p.raw)).toEqual({ question: 'what is lora?', k: 5, private: true });
    expect(parseCommandLine('/similar k:3 title:"Diverse Beam Search"', services.commands)!.raw).toEqual({ k: '3', title: 'Diverse Beam Search' });
    expect(parseCommandLine('/ask k:5 private:true what is lora?', services.commands)!.raw).toEqual({ question: 'what is lora?', k: '5', private: 'true' });
    expect(parseCommandLine('not a command', services.commands)).toBeNull();
    expect(() => parseCommandLine('/nope', services.commands)).toThrow(UserError);
    expect(() => command('ask').parse({ question: 'x', k: 'many' })).toThrow('k must be a whole number');
    expect(() => command('ask').parse({ question: 'x', k: 50 })).toThrow('k must be at most 20');
    expect(() => command('ask').parse({ k: 5 })).toThrow('/ask needs question');
    expect(() => command('ask').parse({ question: 'x', colour: 'red' })).toThrow('has no option "colour"');
    expect(() => parseOptionText('extra', optionsOf(command('help').data))).toThrow('takes no options');
    expect(command('ask').isEphemeral({ question: 'x', private: true })).toBe(true);
    expect(command('ask').isEphemeral({ question: 'x' })).toBe(false);
  });
});

describe('commands on the real answerer (extractive)', () => {
  it('/ask answers with cited papers, a footer with mode and time, and buttons', async () => {
    const reply = await command('ask').run({ question: 'How can LoRA parameters be generated for a new task?', k: 4 }, ctx());
    const e = reply.embeds![0]!;
    expect(e.description).toContain('[1]');
    expect(e.fields![0]!.name).toBe('Cited papers');
    expect(e.fields![0]!.value).toContain('In-Context Meta LoRA Generation');
    expect(e.footer).toMatch(/^Extractive answer \(no LLM\) · \d+ ms$/);
    expect(reply.buttons!.map((b) => b.id.split(':').slice(0, 2).join(':'))).toEqual(['ask:sources', 'ask:up', 'ask:down']);
    expect(services.answers.get(reply.answerKey!)?.sources).toHaveLength(4);
  });

  it('buttons show the sources (ephemeral) and store votes with the question and answer', async () => {
    const reply = await command('ask').run({ question: 'beam search decoding' }, ctx());
    const key = reply.answerKey!;
    const sources = await command('ask').press!('sources', key, ctx());
    expect(sources.ephemeral).toBe(true);
    expect(sources.embeds![0]!.description).toMatch(/^1\. /);
    await Promise.all([command('ask').press!('up', key, ctx()), command('ask').press!('down', key, { ...ctx(), user: { id: 'u2', name: 'b' } })]);
    const votes = (await readFile(FeedbackStore.fileIn(dataDir), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(votes.map((v) => v.vote).sort()).toEqual(['down', 'up']);
    expect(votes[0]).toMatchObject({ answerKey: key, question: 'beam search decoding', mode: 'extractive' });
    expect((await command('ask').press!('sources', 'gone', ctx())).content).toContain('no longer have that answer');
  });

  it('a follow-up passes the earlier turn as history', async () => {
    const first = await command('ask').run({ question: 'What is stochastic beam search?' }, ctx());
    const previous = services.answers.get(first.answerKey!)!;
    const next = await command('ask').followUp!('and how is it conditioned?', previous, ctx());
    const record = services.answers.get(next.answerKey!)!;
    expect(record.history).toEqual([{ question: previous.question, answer: previous.answer }]);
    expect(next.embeds![0]!.footer).toContain('follow-up');
  });

  it('/similar resolves a typo, lists related papers, and offers close titles for an unknown one', async () => {
    const hit = await command('similar').run({ title: 'conditonal poisson stochastic beam serch', k: 3 }, ctx());
    expect(hit.embeds![0]!.title).toBe('Related to: Conditional Poisson Stochastic Beam Search');
    expect(hit.embeds![0]!.description!.split('\n')).toHaveLength(3);
    const miss = await command('similar').run({ title: 'poisson sampling for decoders' }, ctx());
    expect(miss.embeds![0]!.title).toBe('No paper matches “poisson sampling for decoders”');
    expect(miss.embeds![0]!.description).toContain('A Study of Autoregressive Decoders for Multi-Tasking in Computer Vision');
    const far = await command('similar').run({ title: 'quantum beam sampler' }, ctx());
    expect(far.embeds![0]!.description).toMatch(/closest titles/);
  });

  it('autocomplete offers at most 25 corpus titles, values that resolve', async () => {
    for (const typed of ['', 'lora', 'a', 'diverse beam']) {
      const choices = await command('similar').complete!('title', typed, ctx());
      expect(choices.length).toBeGreaterThan(0);
      expect(choices.length).toBeLessThanOrEqual(LIMITS.choices);
    }
    const [first] = await command('similar').complete!('title', 'diverse beam', ctx());
    const reply = await command('similar').run({ title: first!.value }, ctx());
    expect(reply.embeds![0]!.title).toBe(`Related to: ${first!.name}`);
  });

  it('/help lists every command', async () => {
    const reply = await command('help').run({}, ctx());
    expect(reply.ephemeral).toBe(true);
    for (const name of ['/ask question [k] [private]', '/similar title [k]', '/digest [days]', '/help']) expect(reply.embeds![0]!.description).toContain(name);
  });

  it('the terminal session runs commands, presses buttons and follows up', async () => {
    const session = new TerminalSession(services);
    const answer = await session.handle('/ask what is lora? k:3');
    expect(answer).toContain('Cited papers:');
    expect(answer).toContain('[!1] 📚 Sources (3)');
    expect(await session.handle('!1')).toContain('== Sources for: what is lora? ==');
    expect(await session.handle('!2')).toContain('👍 is recorded');
    expect(await session.handle('and compared to full fine-tuning?')).toContain('follow-up');
    expect(await session.handle('/ask k:0 x')).toBe('error: k must be at least 1');
    expect(await session.handle('/quit')).toBeNull();
  });
});

describe('stores', () => {
  const rec = (key: string, over: Partial<AnswerRecord> = {}): AnswerRecord => ({
    key,
    question: `q ${key}`,
    answer: `a ${key}`,
    mode: 'extractive',
    abstained: false,
    citations: [],
    sources: [],
    history: [],
    at: new Date(0).toISOString(),
    messageIds: [],
    ...over,
  });

  it('keeps a bounded set of answers, found by message and thread, and persists them', async () => {
    const file = path.join(dataDir, 'store-test.json');
    const store = new AnswerStore(file, 3);
    for (const k of ['a', 'b', 'c', 'd']) store.put(rec(k));
    store.attach('d', ['m1', 'm2'], 'chan');
    store.attach('c', ['m0'], 'chan');
    expect(store.size).toBe(3);
    expect(store.get('a')).toBeUndefined();
    expect(store.forMessage('m2')?.key).toBe('d');
    expect(store.latestIn('chan')?.key).toBe('d');
    await store.flush();
    const reopened = await AnswerStore.open(file, 2);
    expect(reopened.size).toBe(2);
    expect(reopened.forMessage('m1')?.question).toBe('q d');
    expect(previousAnswer({ reference: { messageId: 'm1' } as never, channelId: 'x', inThread: false, mentionsBot: false }, { answers: reopened })?.key).toBe('d');
    expect(previousAnswer({ reference: null, channelId: 'm1', inThread: true, mentionsBot: true }, { answers: reopened })?.key).toBe('d');
    expect(previousAnswer({ reference: null, channelId: 'm1', inThread: true, mentionsBot: false }, { answers: reopened })).toBeUndefined();
  });

  it('ignores a malformed store file', async () => {
    const file = path.join(dataDir, 'bad-store.json');
    await writeFile(file, '{"version":1,"records":[{"nope":1}]}');
    const warnings: string[] = [];
    const store = await AnswerStore.open(file, 5, createLogger({ level: 'warn', write: (l) => warnings.push(l) }));
    expect(store.size).toBe(0);
    expect(warnings.join('')).toContain('malformed answer store');
  });

  it('appends feedback lines that never interleave', async () => {
    const store = new FeedbackStore(path.join(dataDir, 'fb', 'feedback.jsonl'));
    const answer = 'x'.repeat(20_000);
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        store.record({ at: 't', vote: i % 2 ? 'up' : 'down', answerKey: `k${i}`, userId: 'u', surface: 'discord', question: 'q', answer, mode: 'llm', citations: [] }),
      ),
    );
    const out = (await readFile(store.file, 'utf8')).trim().split('\n');
    expect(out).toHaveLength(50);
    expect(out.map((l) => JSON.parse(l).answerKey)).toEqual(Array.from({ length: 50 }, (_, i) => `k${i}`));
  });
});

describe('logs and error messages', () => {
  it('writes JSON lines with level, msg and fields, filtered by level, secrets redacted', () => {
    const out: string[] = [];
    const token = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GAbCdE.abcdefghijklmnopqrstuvwxyz0123456789';
    const log = createLogger({ level: 'info', secrets: ['my-secret-key'], write: (l) => out.push(l) }).child({ component: 'test' });
    log.debug('hidden');
    log.info('hello', { key: 'my-secret-key', header: `Bot ${token}`, url: '/api/v10/webhooks/123/aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDpzZWNyZXQ/messages/@original' });
    log.error('failed', { err: new Error(`token ${token} rejected`) });
    expect(out).toHaveLength(2);
    const first = JSON.parse(out[0]!);
    expect(first).toMatchObject({ level: 'info', msg: 'hello', component: 'test', key: '[redacted]', header: 'Bot [redacted]' });
    expect(first.url).toBe('/api/v10/webhooks/123/[redacted]/messages/@original');
    expect(out.join('')).not.toContain(token);
    expect(JSON.parse(out[1]!).err.message).toBe('token [redacted] rejected');
    expect(redact('sk-abcdefghijklmnopqrstuv')).toBe('[redacted]');
  });

  it('tells users why for their own errors and nothing internal otherwise, always with the error id', () => {
    expect(userMessage(new UserError('question is empty'), 'abc123')).toBe('Question is empty (error id abc123)');
    const internal = userMessage(new Error('ECONNREFUSED 10.0.0.1 secret details'), 'abc123');
    expect(internal).toContain('error id abc123');
    expect(internal).not.toContain('ECONNREFUSED');
  });

  it('extracts the question from a message that mentions the bot', () => {
    expect(questionText('<@42> and  for vision?', '42')).toBe('and for vision?');
    expect(questionText('<@!42>', '42')).toBe('');
  });
});
