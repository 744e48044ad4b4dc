import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseButtonId } from '../src/bot/button-ids.js';
import { parseCommandLine, parseOptionText } from '../src/bot/terminal/command-line.js';
import { optionsOf } from '../src/bot/options.js';
import type { BotServices, CommandContext } from '../src/bot/types.js';
import { questionText } from '../src/bot/discord/followups.js';
import { userMessage } from '../src/bot/discord/interactions.js';
import { LIMITS } from '../src/bot/limits.js';
import { loadCommands } from '../src/bot/loader.js';
import { createLogger, redact } from '../src/bot/log.js';
import { createServices } from '../src/bot/services.js';
import { TerminalSession } from '../src/bot/terminal/terminal.js';
import { UserError } from '../src/errors.js';
import { Retriever } from '../src/retrieval/engine.js';
import { indexedConfig } from './helpers/index.js';

let services: BotServices & { close(): Promise<void> };
let cleanup: () => Promise<void>;
const lines: string[] = [];

beforeAll(async () => {
  const t = await indexedConfig({ PAPERBOT_COOLDOWN_SECONDS: '0' });
  cleanup = t.cleanup;
  const retriever = await Retriever.open({ config: t.config });
  const log = createLogger({ level: 'debug', write: (l) => lines.push(l) });
  services = await createServices({ config: t.config, retriever, log, commands: await loadCommands() });
});
afterAll(async () => {
  await services.close();
  await cleanup();
});

const ctx = (): CommandContext => ({ ...services, user: { id: 'u1', name: 'tester' }, surface: 'terminal' });
const command = (name: string) => services.commands.find((c) => c.name === name)!;

describe('command loader and option parsing', () => {
  it('loads the command modules in order, each with its definition; only /similar completes options', () => {
    expect(services.commands.map((c) => c.name)).toEqual(['ask', 'similar', 'digest', 'help']);
    expect(command('similar').complete).toBeTypeOf('function');
    expect(command('ask').complete).toBeUndefined();
    for (const c of services.commands) {
      expect(c.run).toBeTypeOf('function');
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
    expect(e.footer).toMatch(/^Extractive answer \(no LLM\) · (?:\d+ ms|\d+\.\d s)$/);
    expect(reply.buttons!.map((b) => b.id.split(':').slice(0, 2).join(':'))).toEqual(['ask:sources', 'ask:up', 'ask:down']);
    expect((await services.answers.get(reply.answerKey!))?.sources).toHaveLength(4);
  });

  it('/ask naming no topic says so, with no closest papers and no sources button', async () => {
    const reply = await command('ask').run({ question: 'what is it?' }, ctx());
    expect(reply.embeds![0]!.description).toContain('This question names no topic the papers use');
    expect(reply.embeds![0]!.fields).toEqual([]);
    expect(reply.buttons!.map((b) => b.id.split(':').slice(0, 2).join(':'))).toEqual(['ask:up', 'ask:down']);
  });

  it('buttons show the sources (ephemeral) and store votes with the question and answer', async () => {
    const reply = await command('ask').run({ question: 'beam search decoding' }, ctx());
    const key = reply.answerKey!;
    const sources = await command('ask').press!('sources', key, ctx());
    expect(sources.ephemeral).toBe(true);
    expect(sources.embeds![0]!.description).toMatch(/^1\. /);
    await Promise.all([command('ask').press!('up', key, ctx()), command('ask').press!('down', key, { ...ctx(), user: { id: 'u2', name: 'b' } })]);
    const votes = await services.feedback.all();
    expect(votes.map((v) => v.vote).sort()).toEqual(['down', 'up']);
    expect(votes[0]).toMatchObject({ answerKey: key, question: 'beam search decoding', mode: 'extractive' });
    expect((await command('ask').press!('sources', 'gone', ctx())).content).toContain('no longer have that answer');
  });

  it('a follow-up passes the earlier turn as history', async () => {
    const first = await command('ask').run({ question: 'What is stochastic beam search?' }, ctx());
    const previous = (await services.answers.get(first.answerKey!))!;
    const next = await command('ask').followUp!('and how is it conditioned?', previous, ctx());
    const record = (await services.answers.get(next.answerKey!))!;
    expect(record.history).toEqual([{ question: previous.question, answer: previous.answer }]);
    expect(next.embeds![0]!.footer).toContain('follow-up');
  });

  it('a follow-up that only thanks gets a short reply, not the answer again', async () => {
    const first = await command('ask').run({ question: 'What is stochastic beam search?' }, ctx());
    const previous = (await services.answers.get(first.answerKey!))!;
    for (const thanks of ['thanks!', 'ok cool, ty', 'Perfect, that’s exactly it. Thank you so much']) {
      const reply = await command('ask').followUp!(thanks, previous, ctx());
      expect(reply.answerKey, thanks).toBeUndefined();
      expect(reply.content, thanks).toContain('Glad it helped');
    }
    for (const question of ['thanks! and is the code available?', 'ok, what about smaller models', 'it?']) {
      expect((await command('ask').followUp!(question, previous, ctx())).answerKey, question).toBeDefined();
    }
  });

  it('/similar resolves a typo, lists related papers, and offers close titles for an unknown one', async () => {
    const hit = await command('similar').run({ title: 'conditonal poisson stochastic beam serch', k: 3 }, ctx());
    expect(hit.embeds![0]!.title).toBe('Related to: Conditional Poisson Stochastic Beam Search');
    expect(hit.embeds![0]!.description!.split('\n')).toHaveLength(3);
    const miss = await command('similar').run({ title: 'poisson sampling for decoders' }, ctx());
    expect(miss.embeds![0]!.title).toBe('No paper matches “poisson sampling for decoders”');
    expect(miss.embeds![0]!.description).toContain('A Study of Autoregressive Decoders for Multi-Tasking in Computer Vision');
    const far = await command('similar').run({ title: 'quantum beam sampler' }, ctx());
    expect(far.embeds![0]!.description).toMatch(/closest papers/);
    // A link to a paper the corpus does not have is said so, not offered look-alike titles.
    const link = await command('similar').run({ title: 'https://arxiv.org/abs/2502.00001' }, ctx());
    expect(link.embeds![0]!.description).toBe('No paper in the corpus has the arXiv identifier 2502.00001.');
  });

  it('/similar given a description instead of a title offers the papers it describes', async () => {
    const described = await command('similar').run({ title: 'the paper about vlms and optical illusions' }, ctx());
    expect(described.embeds![0]!.title).toBe('No paper matches “the paper about vlms and optical illusions”');
    expect(described.embeds![0]!.description!.split('\n')[1]).toBe('• Illusory VQA: Benchmarking and Enhancing Multimodal Models on Visual Illusions');
    // A button under each of the first three lists the papers related to it, a long title's too.
    const offered = described.embeds![0]!.description!.split('\n').slice(1, 4).map((line) => line.replace(/^• /, ''));
    expect(described.buttons).toHaveLength(3);
    expect(offered.some((t) => t.length > 90)).toBe(true);
    for (const [i, button] of described.buttons!.entries()) {
      expect(button.label.length).toBeLessThanOrEqual(LIMITS.buttonLabel);
      const id = parseButtonId(button.id)!;
      const related = await command('similar').press!(id.action, id.key, ctx());
      expect(related.embeds![0]!.title).toBe(`Related to: ${offered[i]}`);
      expect(related.embeds![0]!.description!.split('\n').length).toBeGreaterThan(3);
    }
    expect((await command('similar').press!('related', 'no-such-paper', ctx())).content).toMatch(/no longer in the corpus/);
  });

  it('autocomplete offers at most 25 corpus titles, values that resolve', async () => {
    for (const typed of ['', 'lora', 'a', 'diverse beam']) {
      const choices = await command('similar').complete!('title', typed, ctx());
      expect(choices.length).toBeGreaterThan(0);
      expect(choices.length).toBeLessThanOrEqual(LIMITS.choices);
    }
    // With nothing typed, the papers published last.
    const newest = await command('similar').complete!('title', '', ctx());
    expect(newest.map((c) => c.name)).toEqual((await services.retriever.newestPapers(LIMITS.choices)).map((p) => p.title));
    // A link to a paper the corpus does not have offers nothing, not titles that share its digits.
    expect(await command('similar').complete!('title', 'https://arxiv.org/abs/2502.00001', ctx())).toEqual([]);
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
